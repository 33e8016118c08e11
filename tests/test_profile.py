"""Tests for assistant.understand.profile: rule-based profile inference, merging follow-ups, and program mentions (FR/EN)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.models import Profile
from assistant.understand.names import mentioned_programs
from assistant.understand.profile import infer, merge, need_clauses
from common.records import load_programs
from common.vocab import Group, Instrument, Kind, Need, Sector, Stage
from tests.conftest import CORPUS

# Names and aliases of the corpus's incubators and accelerators, as the service passes them (no list in the rules).
INCUBATORS = tuple(n for p in load_programs(CORPUS / "programs")[0].values() if p.kind in (Kind.accelerator, Kind.incubator)
                   for n in (p.name.fr, p.name.en, *p.aliases))

# --- the two example questions ---------------------------------------------------------------------------------


def test_example_series_a_medtech_en() -> None:
    p = infer("Which funding suits a Series A medtech startup?")
    assert p.stage == Stage.series_a
    assert p.sectors == [Sector.medtech]
    assert p.language == "en"
    assert p.needs == []  # "funding" alone is generic


def test_example_jeune_pousse_fr() -> None:
    p = infer("Je dirige une jeune pousse de 3 employés en IA pour la découverte de médicaments, quels programmes?")
    assert p.employees == 3
    assert Sector.ai in p.sectors and Sector.pharma in p.sectors
    assert p.language == "fr"
    assert p.stage is None


# --- language ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "default", "lang"),
    [
        ("Quels programmes pour une biotech?", "en", "fr"),
        ("Which programs fit a biotech?", "fr", "en"),
        ("", "fr", "fr"),
        ("", "en", "en"),
        ("CRIC SR&ED", "en", "en"),
    ],
)
def test_language(text: str, default: str, lang: str) -> None:
    assert infer(text, default_language=default).language == lang


# --- stage -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Nous sommes en pré-amorçage", Stage.pre_seed),
        ("We are pre-seed", Stage.pre_seed),
        ("a preseed company", Stage.pre_seed),
        ("Je suis au stade de l'idée", Stage.pre_seed),
        ("We are at the idea stage", Stage.pre_seed),
        ("Nous sommes en amorçage", Stage.seed),
        ("We just closed our seed round", Stage.seed),
        ("une ronde de série A", Stage.series_a),
        ("preparing our Series-A", Stage.series_a),
        ("we are series a", Stage.series_a),
        ("nous préparons la ronde A", Stage.series_a),
        ("nous sommes en série B", Stage.series_b_plus),
        ("a Series C biotech", Stage.series_b_plus),
        ("entreprise en série B+", Stage.series_b_plus),
        ("nous sommes en croissance", Stage.growth),
        ("a scale-up in digital health", Stage.growth),
        ("we are a scaleup", Stage.growth),
        ("growth-stage medtech", Stage.growth),
        ("une PME établie", Stage.established),
        ("an established company", Stage.established),
        ("a mature company with 200 staff", Stage.established),
        ("nous sommes en amorçage et préparons une série A", Stage.seed),  # first mention wins
        ("on a bouclé notre ronde de démarrage l'an dernier", Stage.seed),  # a seed round by its other French name
        ("We closed our seed round last year.", Stage.seed),
        # ten years or more in business
        ("We're a contract research organization, operating since 1998 with about 60 staff.", Stage.established),
        ("On est une CRO à Trois-Rivières, en affaires depuis 1998.", Stage.established),
        ("We've been making rehab equipment in Victoriaville for over 20 years.", Stage.established),
        ("Ça fait plus de 20 ans qu'on fabrique de l'équipement de réadaptation.", Stage.established),
        ("Fabricant de dispositifs médicaux, établi depuis des décennies.", Stage.established),
    ],
)
def test_stage(text: str, stage: Stage) -> None:
    assert infer(text).stage == stage


@pytest.mark.parametrize(
    "text",
    [
        "Je dirige une jeune pousse",
        "We are a startup",
        "Nous sommes en démarrage",
        "Avez-vous une idée des programmes?",
        "Nous sommes pré-revenus",  # pre-revenue does not set a stage (documented)
        "we are pre-revenue",
        "Our technology is mature",
        "established in 2020 in Laval",  # "established" as a verb; six years in business is not an established firm
        "in business for four years",
        "Our founder has 20 years of experience",
        "nous ne sommes pas en série A",
        "la série a été lancée",
    ],
)
def test_no_stage(text: str) -> None:
    assert infer(text).stage is None


# --- sectors -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sectors"),
    [
        ("une medtech québécoise", [Sector.medtech]),
        ("nous fabriquons des dispositifs médicaux", [Sector.medtech]),
        ("un dispositif médical connecté", [Sector.medtech]),
        ("a medical device company", [Sector.medtech]),
        ("technologies médicales", [Sector.medtech]),
        ("une biotech", [Sector.biotech]),
        ("entreprise de biotechnologie", [Sector.biotech]),
        ("biotechnology platform", [Sector.biotech]),
        ("a pharma company", [Sector.pharma]),
        ("a biopharma", [Sector.pharma]),
        ("an AI-designed small molecule", [Sector.pharma, Sector.ai]),
        ("AI for drug discovery", [Sector.pharma, Sector.ai]),
        ("santé numérique", [Sector.digital_health]),
        ("a digital health company", [Sector.digital_health]),
        ("plateforme de télémédecine", [Sector.digital_health]),
        ("e-santé", [Sector.digital_health]),
        ("une startup d'IA en santé", [Sector.digital_health, Sector.ai]),
        ("a health-AI SME", [Sector.digital_health, Sector.ai]),
        ("a mental-health app", [Sector.digital_health]),
        ("nous analysons des ECG", [Sector.digital_health]),
        ("a health app for diabetes", [Sector.digital_health]),
        ("l'IA en santé", [Sector.digital_health, Sector.ai]),  # health AI is read as digital health too (2026-12-02)
        ("une startup d'IA", [Sector.ai]),
        ("an AI company", [Sector.ai]),
        ("AI-powered diagnostics", [Sector.medtech, Sector.ai]),  # a diagnostic is a medical device (2026-12-02)
        ("genomics diagnostics", [Sector.medtech, Sector.biotech]),
        ("un test de diagnostic génomique", [Sector.medtech, Sector.biotech]),
        ("intelligence artificielle", [Sector.ai]),
        ("apprentissage automatique", [Sector.ai]),
        ("machine learning and deep learning", [Sector.ai]),
        ("we are a CRO", [Sector.cro]),
        ("recherche contractuelle", [Sector.cro]),
        ("nous offrons des services d'essais cliniques", [Sector.cro]),
        ("biotech et medtech", [Sector.medtech, Sector.biotech]),
        ("a digital health LLM copilot for clinicians", [Sector.digital_health, Sector.ai]),
        ("un copilote de santé numérique basé sur un grand modèle de langage", [Sector.digital_health, Sector.ai]),
        ("a microbiome-based therapy", [Sector.biotech]),
        # devices named by what they are, in either language
        ("un fabricant d'instruments médicaux", [Sector.medtech]), ("nous fabriquons des capteurs médicaux", [Sector.medtech]),
        ("we make medical sensors", [Sector.medtech]), ("de l'équipement médical", [Sector.medtech]),
        ("une application santé", [Sector.digital_health]), ("une application mobile en santé", [Sector.digital_health]),
        ("an eye-screening device", [Sector.medtech]), ("le dépistage de la rétinopathie", [Sector.medtech]),
        ("high-throughput compound screening", []),
        ("une plateforme de télésurveillance des patients", [Sector.digital_health]),
        ("a remote patient monitoring platform", [Sector.digital_health]), ("télésurveillance du bâtiment", []),
    ],
)
def test_sectors(text: str, sectors: list[Sector]) -> None:
    assert infer(text).sectors == sectors


@pytest.mark.parametrize(
    "text",
    [
        "main street",  # "ai" inside a word
        "our main goal",
        "j'ai une question",  # French verb, not AI
        "je n'ai pas de question",
        "j ai une question",
        "via Paris",  # "ia" inside a word
        "Qu'est-ce que PARTENAR-IA?",  # program name, not the sector
        "micro",
        "we are not in AI",
        "funding",
    ],
)
def test_no_ai_sector(text: str) -> None:
    assert Sector.ai not in infer(text).sectors


# --- needs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Je cherche une subvention", Need.non_dilutive),
        ("Pis pour recruter un chercheur en apprentissage machine qui arrive de France?", Need.immigration),
        ("We want to hire an engineer arriving from Germany next month.", Need.immigration),
        # French phrasings: a trial the company starts, a drug to list, value to show in a CIUSSS, a startup idea
        ("On démarre des essais de phase I au Québec l'an prochain.", Need.regulatory),
        ("On prépare l'inscription de notre médicament aux listes de la RAMQ.", Need.regulatory),
        ("Nous souhaitons démontrer la valeur de notre plateforme dans un CIUSSS.", Need.procurement_pilot),
        ("We want a contract with the public health network.", Need.procurement_pilot),
        ("J'ai une idée de startup en thérapie cellulaire.", Need.accelerator),
        ("Un programme pour me former à l'entrepreneuriat?", Need.accelerator),
        # R&D never claimed: a credit to claim; a trial's sites slow to start; R&D with a hospital's researchers
        ("We've never claimed anything for the R&D we do in-house.", Need.tax_credit),
        ("On n'a jamais réclamé de crédits pour notre R-D.", Need.tax_credit),
        # a first trial planned, however many words before it ("our first phase 1 clinical trial", « étude clinique »)
        ("We're now planning our first phase 1 clinical trial in a university hospital.", Need.regulatory),
        ("On planifie notre première étude clinique de phase 1 dans un CHU.", Need.regulatory),
        # claiming on the salaries or expenses paid: a tax credit, not a hire
        ("We want to claim what we can on our developers' salaries.", Need.tax_credit),
        ("On veut réclamer tout ce qu'on peut sur les salaires de nos développeurs.", Need.tax_credit),
        ("Can we claim part of our AI engineers' wages?", Need.tax_credit),
        ("We're hiring two developers and want to claim what we can on their salaries.", Need.tax_credit),
        ("Peut-on réclamer une partie de nos dépenses de développement?", Need.tax_credit),
        ("Hospital site start-up in Québec takes months.", Need.regulatory),
        ("Le démarrage des sites hospitaliers prend des mois.", Need.regulatory),
        ("On veut lancer un projet de R-D collaboratif avec des chercheurs du CHU Sainte-Justine.",
         Need.collaborative_research),
        ("We plan a joint project with researchers at the CHUM.", Need.collaborative_research),
        # a project to make a company of, and a licence to get
        ("We built an AI model and want to turn it into a startup.", Need.accelerator),
        ("On a un modèle d'IA et on veut en faire une startup.", Need.accelerator),
        ("We are not incorporated yet.", Need.accelerator),
        ("What can help us get licensed?", Need.regulatory),
        ("Comment obtenir notre licence de Santé Canada?", Need.regulatory),
        ("looking for a grant", Need.non_dilutive),
        ("non-dilutive funding", Need.non_dilutive),
        ("financement non dilutif", Need.non_dilutive),
        ("financement non remboursable", Need.non_dilutive),
        ("une contribution", Need.non_dilutive),
        ("crédit d'impôt à la R-D", Need.tax_credit),
        ("tax credits for R&D", Need.tax_credit),
        ("Can we claim SR&ED?", Need.tax_credit),
        ("le RS&DE", Need.tax_credit),
        ("le CRIC", Need.tax_credit),
        ("du capital de risque", Need.equity),
        ("talk to VCs", Need.equity),
        ("venture capital", Need.equity),
        ("trouver des investisseurs", Need.equity),
        ("equity financing", Need.equity),
        ("nous voulons lever des fonds", Need.equity),
        ("we want to raise", Need.equity),
        ("un prêt", Need.loan),
        ("a loan from BDC", Need.loan),
        ("financement par emprunt", Need.loan),
        ("embaucher un stagiaire", Need.talent),
        ("an internship", Need.talent),
        ("we need to hire", Need.talent),
        ("main-d'œuvre qualifiée", Need.talent),
        ("attirer du talent", Need.talent),
        ("un postdoc", Need.talent),
        ("the Health Canada and FDA path", Need.regulatory),
        ("prêt pour une validation en milieu clinique", Need.procurement_pilot),
        ("help us test our tool in hospitals", Need.procurement_pilot),
        ("nous aider à tester dans le réseau de la santé", Need.procurement_pilot),
        ("how do we get it adopted across the network?", Need.procurement_pilot),
        ("pour qu'il soit adopté dans tout le réseau", Need.procurement_pilot),
        ("we want hospitals in other provinces to buy our tool", Need.procurement_pilot),
        ("que des hôpitaux d'autres provinces achètent notre outil", Need.procurement_pilot),
        ("on cherche un stage d'été pour une étudiante", Need.talent),
        ("je veux embaucher une postdoctorante", Need.talent),
        ("on veut recruter une chercheuse étrangère", Need.immigration),
        ("des anges sont prêts à mettre 600 000 $", Need.equity),
        ("programs for women entrepreneurs, funding or support", Need.advisory),
        ("des programmes pour les femmes entrepreneures, du financement ou de l'accompagnement", Need.advisory),
        ("homologuer notre dispositif auprès de Santé Canada", Need.regulatory),
        ("the regulatory work and its costs", Need.regulatory),
        ("la démarche réglementaire", Need.regulatory),
        ("recruit two scientists from Europe", Need.immigration),
        ("un permis de travail pour notre chercheur", Need.immigration),
        ("GPU compute resources for training", Need.compute),
        ("de la puissance de calcul", Need.compute),
        ("pay part of the salary of two students", Need.talent),
        ("payer le salaire de deux étudiants", Need.talent),
        ("non-repayable funding for our R&D", Need.non_dilutive),
        ("de l'argent non remboursable", Need.non_dilutive),
        ("accès aux données de santé", Need.data_access),
        ("health data access", Need.data_access),
        ("les données de la RAMQ", Need.data_access),
        ("une biobanque", Need.data_access),
        ("exporter en Europe", Need.export),
        ("aux États-Unis", Need.export),
        ("the US market", Need.export),
        ("we want to export", Need.export),
        ("expansion internationale", Need.export),
        ("marchés étrangers", Need.export),
        ("we want to expand to the US", Need.export),
        ("selling our device in the US next year", Need.export),
        ("nous voulons nous implanter aux États-Unis", Need.export),
        ("to enter the German market", Need.export),
        ("entrer dans un accélérateur", Need.accelerator),
        ("an incubator", Need.accelerator),
        ("which accelerator fits us?", Need.accelerator),
        ("mentoring for founders", Need.accelerator),
        ("du mentorat", Need.accelerator),
        ("I want to spin out a company from my lab", Need.accelerator),
        # money for R&D asked, whatever stands between the verb and "R&D"
        ("Which programs can help pay for compute or AI R&D right now?", Need.non_dilutive),
        ("Des programmes pour payer notre R-D?", Need.non_dilutive),
        ("R&D funding for a medtech?", Need.non_dilutive),
        ("je veux créer une entreprise à partir de ma recherche", Need.accelerator),
        ("recherche collaborative", Need.collaborative_research),
        ("un partenariat de recherche avec une université", Need.collaborative_research),
        ("an academic partner", Need.collaborative_research),
        ("a research consortium", Need.collaborative_research),
        ("collaborative research with McGill", Need.collaborative_research),
        ("un projet de R-D avec le centre collégial de transfert de technologie", Need.collaborative_research),
        ("an R&D project with a college technology access centre", Need.collaborative_research),
        ("we want to partner with an academic researcher to validate our test", Need.collaborative_research),
        ("co-fund academic research with other industry partners", Need.collaborative_research),
        ("affordable help from academic AI researchers", Need.collaborative_research),
        ("valider notre test avec une chercheuse universitaire", Need.collaborative_research),
        ("acheter un spectromètre", Need.equipment),
        ("non-dilutive or quasi-equity financing", Need.loan),
        ("un prêt participatif", Need.loan),
        ("we want to start trials quickly in Quebec hospitals", Need.regulatory),
        ("démarrer un essai clinique au CHUM", Need.regulatory),
        ("how can we get the trial sites approved and started quickly?", Need.regulatory),
        ("comment faire approuver les sites pour notre essai de phase 1?", Need.regulatory),
        ("de l'équipement de laboratoire", Need.equipment),
        ("we need to buy a new sequencer", Need.equipment),
        ("capital expenditures for our plant", Need.equipment),
        ("un projet pilote", Need.procurement_pilot),
        ("a pilot in a hospital", Need.procurement_pilot),
        # validating a device where it will be used, in either language
        ("we want to validate our device in a hospital before selling", Need.procurement_pilot),
        ("nous voulons valider notre dispositif dans un hôpital avant de le vendre", Need.procurement_pilot),
        # a hire from abroad, in either language
        ("hire a data scientist from abroad", Need.immigration),
        ("embaucher un scientifique des données de l'étranger", Need.immigration),
        # paid for by the public plan: the INESSS and reimbursement path, in either language
        ("get our test reimbursed by the public system", Need.regulatory),
        ("faire rembourser notre test par le système public", Need.regulatory),
        ("Can our test be covered by the RAMQ?", Need.regulatory),
        ("We want our drug listed on the public formulary.", Need.regulatory),
        ("Notre médicament doit être inscrit sur la liste de la RAMQ.", Need.regulatory),
        # validation in a hospital setting, and « engager » as hiring
        ("On cherche du financement pour valider notre algo en milieu hospitalier.", Need.procurement_pilot),
        ("We want to test it in a hospital setting.", Need.procurement_pilot),
        ("Nous voulons engager deux développeurs.", Need.talent),
        ("Y a-tu de l'argent pour engager un chercheur étranger?", Need.talent),
        # into the care network, in either language
        ("How can we get our AI tool into CHSLDs in Québec?", Need.procurement_pilot),
        ("Comment faire entrer notre outil d'IA dans les CHSLD au Québec?", Need.procurement_pilot),
        # a research project between the company and an institution
        ("co-fund a research project between our medtech SME and Polytechnique Montréal", Need.collaborative_research),
        ("cofinancer un projet de recherche entre notre PME et Polytechnique Montréal", Need.collaborative_research),
        # a site to try it in
        ("We need a partner hospital to test our platform.", Need.procurement_pilot),
        ("Nous avons besoin d'un hôpital partenaire pour tester notre plateforme.", Need.procurement_pilot),
        ("approvisionnement public", Need.procurement_pilot),
        ("hôpital vitrine", Need.procurement_pilot),
        ("prête à être validée en milieu de soins", Need.procurement_pilot),
        ("on veut la vendre à des établissements de santé", Need.procurement_pilot),
        ("we want to sell our software to hospitals", Need.procurement_pilot),
        ("then sell to Quebec hospitals", Need.procurement_pilot),
        ("public procurement", Need.procurement_pilot),
        ("vendre notre solution au réseau de la santé", Need.procurement_pilot),
        ("des conseils", Need.advisory),
        ("some advice", Need.advisory),
        ("de l'accompagnement", Need.advisory),
        ("de la formation", Need.training),
        ("training for our staff", Need.training),
        ("des cours en réglementation", Need.training),
        ("We want to get our device cleared by the FDA.", Need.regulatory),  # an approval still to get
        ("On veut faire homologuer notre dispositif par Santé Canada.", Need.regulatory),
        ("Our tool needs to be approved by Health Canada", Need.regulatory),
        ("Supported by an incubator, we now want an accelerator", Need.accelerator),
        ("We raised our seed and want investors for a Series A.", Need.equity),  # more asked after it
        ("We just closed our seed round; now we need a lead investor.", Need.equity),
        # a pilot in care, with the tool named at length or the hospital qualified
        ("We need to test our AI triage tool in a real hospital before selling it.", Need.procurement_pilot),
        ("On aimerait tester notre outil de triage dans un vrai hôpital avant de le vendre.", Need.procurement_pilot),
        ("We'd like to validate our prototype with clinicians.", Need.procurement_pilot),
        ("On voudrait valider notre prototype avec des cliniciens.", Need.procurement_pilot),
        ("We'd like to test our fall-detection sensor in a long-term care home.", Need.procurement_pilot),
        ("On aimerait tester notre capteur de détection de chutes dans un CHSLD.", Need.procurement_pilot),
        ("We're expanding into Japan and South Korea.", Need.export),
        ("On s'en va au Japon pis en Corée du Sud.", Need.export),
        ("We want to do a joint project with the vet school.", Need.collaborative_research),
        ("On veut monter un projet conjoint avec la faculté de médecine vétérinaire.", Need.collaborative_research),
        ("We need to buy new lab equipment.", Need.equipment),
        ("Faut aussi qu'on achète des serveurs GPU pour entraîner nos modèles.", Need.equipment),  # « achète »
        ("we want to buy two on-premise GPU servers; anything that reduces the cost of this hardware purchase?",
         Need.equipment),
        ("On veut former notre monde sur l'IA générative.", Need.training),  # « notre monde »: our people
        ("We're putting together a Series A of about $15M and want life-sciences venture funds.", Need.equity),
        ("On monte une ronde de série A d'environ 15 M$.", Need.equity),
        ("Which venture funds invest in medtech?", Need.equity),
        ("On veut intégrer l'IA générative, mais on sait pas trop par où commencer.", Need.advisory),
        ("We want to add generative AI, but honestly we're not sure where to start.", Need.advisory),
    ],
)
def test_needs(text: str, need: Need) -> None:
    assert need in infer(text).needs


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("pas de capital de risque", Need.equity),
        ("no VC please", Need.equity),
        ("without a loan", Need.loan),
        ("we don't want a loan", Need.loan),
        ("ni prêt ni subvention", Need.non_dilutive),
        ("Nous sommes prêts à lever une série A", Need.loan),  # prêt = ready
        ("nous sommes dans un incubateur", Need.accelerator),  # already in one: not a need
        ("au cours de l'année", Need.training),
        ("can you help us expand our team?", Need.export),  # "us" is a pronoun
        ("we want to enter the Canadian market", Need.export),
        ("entering the healthcare market", Need.export),
        ("le Conseil national de recherches", Need.advisory),
        ("quel financement?", Need.non_dilutive),
        ("I'm a postdoc at McGill and want to spin out a company", Need.talent),  # who asks, not a hire
        ("je suis postdoctorante et je veux créer une entreprise", Need.talent),
        ("I'm a PhD student who wants to start a company from my research", Need.talent),  # who asks, not a hire
        ("As a grad student I want to launch a startup", Need.talent),
        ("Je suis une étudiante à la maîtrise et je veux fonder une entreprise", Need.talent),
        ("hire a data scientist from abroad", Need.export),  # where the hire comes from is not a market
        ("Our costs are covered by the state grant.", Need.regulatory),  # not the public plan
        ("How do we get funding in the health network?", Need.procurement_pilot),  # money asked, not a way in
        ("On doit engager des dépenses importantes.", Need.talent),  # to commit spending, not to hire
        ("Our device was validated in three hospitals; now we want grants.", Need.procurement_pilot),  # done already
        ("I'm a postdoc at McGill University and want to spin out a company", Need.collaborative_research),
        ("Je suis postdoctorante à l'Université Laval et je veux fonder une entreprise", Need.collaborative_research),
        ("pay part of the salary of two students from the Université du Québec en Outaouais", Need.collaborative_research),
        ("embaucher deux étudiants de l'Université Laval cet été", Need.collaborative_research),
        ("We've been incubated at a university incubator in Montréal", Need.collaborative_research),
        ("We've been incubated at a university incubator in Montréal", Need.accelerator),
        ("nous sommes incubés chez un incubateur", Need.accelerator),
        ("we want to buy a competitor", Need.equipment),
        ("non-dilutive or quasi-equity financing", Need.equity),
        ("we are in phase 2 clinical trials", Need.regulatory),
        ("AI software licensed by Health Canada as a medical device", Need.regulatory),  # an approval it holds
        ("our device is already cleared by the FDA; we need grants", Need.regulatory),
        ("Notre dispositif est homologué par Santé Canada, on veut exporter.", Need.regulatory),
        # what the company is (a spin-off), and support qualified by another need (export): not needs of their own
        ("On est une spin-off de l'UQAR, on cherche des subventions.", Need.accelerator),
        ("We're a spin-out of McGill looking for grants.", Need.accelerator),
        ("On cherche du financement et de l'accompagnement pour l'export.", Need.advisory),
        # an approval just obtained: the company's history
        ("Notre appareil vient d'obtenir l'homologation de la FDA et on veut lancer nos ventes aux États-Unis.",
         Need.regulatory),
        ("We just received FDA clearance and want to sell in the US.", Need.regulatory),
        ("We claim SR&ED already.", Need.tax_credit),  # a credit it gets
        ("We don't want to claim R&D credits.", Need.tax_credit),
        ("We're two master's students at Polytechnique Montréal.", Need.talent),  # who asks, not hires
        ("Nous sommes deux étudiants à la maîtrise à Polytechnique.", Need.talent),
        ("We're pre-seed, supported by an incubator, and looking for investors", Need.accelerator),  # already in one
        ("Soutenue par un incubateur, on cherche des investisseurs.", Need.accelerator),
        ("On veut s'implanter à Montréal depuis Paris.", Need.export),  # settling in Québec is not a market abroad
        # money already raised, a round already closed: the company's history, not investors it seeks
        ("On vient de boucler notre ronde de démarrage, on est une douzaine.", Need.equity),
        ("Biotech à Québec, 9 employés, on a levé 1,5 M$ auprès d'anges investisseurs l'an passé.", Need.equity),
        ("We raised $1.5M from angels last year.", Need.equity),
        ("We've been making rehab equipment for 20 years; we need a loan.", Need.equipment),  # its product
        ("On fabrique de l'équipement de réadaptation et on cherche un prêt.", Need.equipment),
        ("We're a French startup based in Paris.", Need.export),
        # the rules on data the company follows are context, in both languages
        ("À cause des règles sur les données des patients, on veut acheter des serveurs.", Need.data_access),
        ("Because of the rules on patient data we want to buy servers.", Need.data_access),
        ("We pay for our own R&D.", Need.non_dilutive),  # what it does, not money it asks
        ("We have a little pilot revenue.", Need.procurement_pilot),  # revenue from a pilot: no pilot asked
        ("On a des revenus pilotes.", Need.procurement_pilot),
        ("On vient de signer nos premiers clients pilotes.", Need.procurement_pilot),  # customers it has
        ("We signed our first pilot customers.", Need.procurement_pilot),
        ("We do R&D in AI.", Need.non_dilutive),
        ("Je ne sais pas par où commencer pour trouver du financement.", Need.advisory),  # money is what is sought
        ("I have no idea where to start with grants.", Need.advisory),
        # hires who live abroad are not a market abroad
        ("Il faut embaucher trois ingénieurs qui vivent à l'étranger.", Need.export),
        ("We must hire three engineers who are living abroad.", Need.export),
        # one's own expenses claimed on a personal return are not the company's credits
        ("Can I claim my mom's medical expenses on my tax return?", Need.tax_credit),
        ("Puis-je réclamer les dépenses médicales de ma mère?", Need.tax_credit),
    ],
)
def test_needs_absent(text: str, absent: Need) -> None:
    assert absent not in infer(text).needs


@pytest.mark.parametrize("text", ["What funding is available?", "Quel financement existe?", "funding, financement"])
def test_generic_funding_is_not_a_need(text: str) -> None:
    assert infer(text).needs == []


def test_not_only_is_not_a_negation() -> None:
    assert Need.non_dilutive in infer("not only grants, also loans").needs
    assert Need.non_dilutive in infer("pas seulement des subventions").needs


def test_negation_does_not_cross_but() -> None:
    assert infer("pas de capital de risque, mais une subvention").needs == [Need.non_dilutive]


@pytest.mark.parametrize("text", ["We'd rather get grants than give up more equity.",
                                  "Des subventions plutôt que de céder du capital.",
                                  "Grants instead of investors, please."])
def test_what_the_asker_would_rather_not_do_is_not_asked(text: str) -> None:
    prof = infer(text)
    assert prof.needs == [Need.non_dilutive] and Instrument.equity not in prof.instruments


def test_rather_still_ends_a_clause() -> None:
    assert Need.equity in infer("not a loan; rather investors").needs


# --- region ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Nous sommes basés au Québec", "QC"),
        ("we are based in Quebec", "QC"),
        ("une startup québécoise", "QC"),
        ("located in Quebec City", "capitale-nationale"),
        ("entreprise située à Sherbrooke", "estrie"),
        ("Entreprise de Sherbrooke (15 employés)", "estrie"),
        ("Petite biotech de Gaspé (12 employés)", "gaspesie-iles-de-la-madeleine"),
        ("une PME de la Montérégie", "monteregie"),
        ("basée à Montréal", "montreal"),
        ("in Montreal", "montreal"),
        ("based in QC", "QC"),
        ("we're a startup from Montreal", "montreal"),
        ("a Montreal-based startup", "montreal"),
        ("Montreal biotech, 20 employees; we want to start trials in Quebec hospitals.", "montreal"),
        ("Sherbrooke medtech startup with 5 people", "estrie"),
        ("Established Québec City health IT company, 150 employees.", "capitale-nationale"),  # an adjective first
        ("Medtech 8 employés Sherbrooke, subventions?", "estrie"),  # telegraphic: the place after the headcount
        ("We grew fast. Young Gatineau startup, 3 people.", "outaouais"),
        ("Our biotech spin-off from Université de Montréal needs lab space.", "montreal"),
        ("a spin-off from the University of Sherbrooke", "estrie"),
        ("basés à MTL", "montreal"),
        ("basée à Montréal, au Québec", "montreal"),
        ("au Québec, à Montréal", "montreal"),
        ("based in Toronto", "ON"),
        ("en Ontario", "ON"),
        ("in Alberta", "AB"),
        ("en Colombie-Britannique", "BC"),
        ("based in British Columbia", "BC"),
        ("in Vancouver", "BC"),
        ("based in Canada", "CA"),
        ("une entreprise canadienne", "CA"),
        ("Investissement Québec peut-il nous aider? Nous sommes à Montréal.", "montreal"),
        ("Je conseille une pharma de la région de Québec : 60 employés.", "capitale-nationale"),
        ("Ma cliente de Sherbrooke veut des subventions.", "estrie"),
        ("Un fabricant de Laval cherche un prêt.", "laval"),
        # « de Québec » after the company is the city; the province is « du Québec »
        ("Je dirige une PME de Québec en santé numérique.", "capitale-nationale"),
        ("Nous sommes une startup du Québec en IA.", "QC"),
        ("Notre boîte de Québec, 9 employés.", "capitale-nationale"),  # « boîte »: the company
        # where the company settles, not where it comes from
        ("We're a Toronto medtech relocating to Montréal next year.", "montreal"),
        ("Notre medtech torontoise déménage à Montréal l'an prochain.", "montreal"),
        ("We're moving our HQ from Boston to Sherbrooke.", "estrie"),
        ("On veut s'implanter à Montréal depuis Paris.", "montreal"),
        ("Notre start-up française veut s'installer à Québec.", "capitale-nationale"),
        ("We travel to Montréal for meetings; we're in Ottawa.", "ON"),  # a trip is not a move
        ("We want to expand our plant in Drummondville.", "centre-du-quebec"),  # its own site, not a market
        ("We plan to expand our lab in Sherbrooke next year.", "estrie"),
        ("Nous voulons agrandir notre usine à Drummondville.", "centre-du-quebec"),
    ],
)
def test_region(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize(
    "text",
    [
        "Investissement Québec offre-t-il des prêts?",
        "What does Génome Québec fund?",
        "Est-ce que le Fonds de recherche du Québec finance les entreprises?",
        "the Quebec Consortium for Drug Discovery",
        "Le Consortium québécois sur la découverte du médicament",
        "CDL Montréal ou Startup Montréal?",
        "Business Development Bank of Canada",
        "nous voulons exporter en Ontario",
        "we want to expand to Sherbrooke",  # a market, not where the company is
        "we sell to clinics in Laval",
        "we are not in Quebec",
        "we are a Canadian-controlled private corporation",
        "Is there a Quebec grant for AI?",
        "funding from Quebec",
        "Montréal InVivo et Montréal International",
    ],
)
def test_no_region(text: str) -> None:
    assert infer(text).region is None


# --- employees ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("nous avons 10 employés", 10),
        ("we have 3 employees", 3),
        ("une équipe de 12", 12),
        ("a team of 12", 12),
        ("we are 12 people", 12),
        ("a 12-person team", 12),
        ("Startup, 12 people, Series A", 12),
        ("une startup de 12 personnes", 12),
        ("une douzaine d'employés", 12),
        ("une équipe de cinq personnes", 5),
        ("deux employés", 2),
        ("quinze salariés", 15),
        ("vingt employés", 20),
        ("twenty employees", 20),
        ("seven full-time employees", 7),
        ("1 200 employés", 1200),
        ("3 fondateurs", 3),  # founders only when no other headcount
        ("3 fondateurs et 10 employés", 10),
        ("two co-founders", 2),
        ("I am a solo founder", 1),
        ("just me and two developers", 3),  # the asker and the team she names
        ("moi et trois développeurs", 4),
        ("my co-founder and I", 2),
        ("moi et mon associée", 2),
        ("We have 12 employees; me and two devs work on the model", 12),
        ("je suis fondatrice seule", 1),
        ("pas d'employés", 0),
        ("no employees yet, 2 founders", 2),
        ("nous avons 5 employés et voulons embaucher 3 employés", 5),
        ("Nous sommes deux, sans revenus.", 2),
        ("We are 3, pre-revenue.", 3),
        # approximate counts and other phrasings
        ("on est une douzaine pis on n'a pas encore de revenus", 12),
        ("on est une trentaine à Longueuil", 30),
        ("une soixantaine d'employés", 60),
        ("8 of us including the founders", 8),
        ("a small telehealth startup, three of us", 3),
        ("headcount around 45", 45),
        ("Fondatrice solo à Joliette", 1),
        ("une entreprise de trois personnes qui fabrique des prothèses de main", 3),  # « qui » after the company's size
        ("a company of five people who build rehab robots", 5),
    ],
)
def test_employees(text: str, n: int) -> None:
    assert infer(text).employees == n


@pytest.mark.parametrize(
    "text",
    ["our app serves 10,000 people", "10,000 people use our app", "pour 500 personnes",
     "notre app aide 300 personnes qui vivent avec le diabète", "en 2024 nous avons levé 2 M$", "we want to hire 20 employees", "a series A"],
)
def test_no_employees(text: str) -> None:
    assert infer(text).employees is None


# --- revenue -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "revenue"),
    [
        ("$2M revenue", 2_000_000.0),
        ("2 M$ de revenus", 2_000_000.0),
        ("chiffre d'affaires de 500 000 $", 500_000.0),
        ("revenue of $300k", 300_000.0),
        ("1,5 M$ de chiffre d'affaires", 1_500_000.0),
        ("annual revenue of 2 million dollars", 2_000_000.0),
        ("we raised $5M and have $800k in revenue", 800_000.0),
        ("revenus de 2 M$ en 2023", 2_000_000.0),
        ("we are pre-revenue", 0.0),
        ("pas de revenus", 0.0),
        ("nous n'avons pas encore de revenus", 0.0),
        ("no revenue yet", 0.0),
        ("about a million in revenue", 1_000_000.0),  # the number in words
        ("environ un million de revenus", 1_000_000.0),
    ],
)
def test_revenue(text: str, revenue: float) -> None:
    assert infer(text).revenue == revenue


@pytest.mark.parametrize(
    "text", ["we raised $5M", "revenue growth is strong", "2023 revenue", "12 employees, revenue unknown", "1,234,5 $"]
)
def test_no_revenue(text: str) -> None:
    assert infer(text).revenue is None


# --- yes/no flags ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("notre société est incorporée", "incorporated", True),
        ("constituée en société en 2021", "incorporated", True),
        ("we are incorporated in Quebec", "incorporated", True),
        ("Acme Inc.", "incorporated", True),
        ("pas encore incorporée", "incorporated", False),
        ("we are not incorporated yet", "incorporated", False),
        ("une entreprise individuelle", "incorporated", False),
        ("I'm a sole proprietor", "incorporated", False),
        ("un OBNL en santé", "for_profit", False),
        ("organisme sans but lucratif", "for_profit", False),
        ("a non-profit", "for_profit", False),
        ("a nonprofit helping startups", "for_profit", False),  # the non-profit statement wins
        ("une PME", "for_profit", True),
        ("an SME", "for_profit", True),
        ("our company", "for_profit", True),
        ("no longer a startup, we are established", "for_profit", None),
        ("nous sommes une CCPC", "canadian_controlled", True),
        ("une SPCC", "canadian_controlled", True),
        ("contrôlée par des Canadiens", "canadian_controlled", True),
        ("a Canadian-controlled company", "canadian_controlled", True),
        ("filiale d'une multinationale", "canadian_controlled", False),
        ("we are US-owned", "canadian_controlled", False),
        ("foreign-controlled", "canadian_controlled", False),
        ("we are not a CCPC", "canadian_controlled", False),
        ("avec un partenaire universitaire", "has_partner", True),
        ("with a university partner", "has_partner", True),
        ("in partnership with McGill", "has_partner", True),
        ("en partenariat avec le CHUM", "has_partner", True),
        ("sans partenaire", "has_partner", False),
        ("nous cherchons un partenaire universitaire", "has_partner", None),
        ("incubée au Centech", "in_incubator", True),
        ("nous sommes dans un incubateur", "in_incubator", True),
        ("we are in an accelerator", "in_incubator", True),
        ("accompagnée par Centech", "in_incubator", True),
        ("part of District 3", "in_incubator", True),
        ("part of NEXT AI", "in_incubator", True),
        ("part of CDL", "in_incubator", True),
        ("membre de la cohorte du CDL", "in_incubator", True),
        ("not in an incubator", "in_incubator", False),
        ("we want to join an accelerator", "in_incubator", None),
        ("Qu'est-ce que Centech?", "in_incubator", None),
    ],
)
def test_flags(text: str, field: str, value: bool | None) -> None:
    assert getattr(infer(text, incubators=INCUBATORS), field) is value


def test_unmentioned_fields_stay_unknown() -> None:
    p = infer("Bonjour!")
    assert p.known() == {"language": "fr"}


def test_full_fr_message() -> None:
    p = infer("PME établie à Montréal, 2 M$ de revenus, équipe de 12, incorporée, SPCC, cherche un prêt")
    assert p.stage == Stage.established and p.region == "montreal" and p.employees == 12
    assert p.revenue == 2_000_000.0 and p.incorporated is True and p.canadian_controlled is True
    assert p.needs == [Need.loan]


def test_full_en_message() -> None:
    p = infer("We are a pre-revenue Montreal-based biotech, not incorporated, in an accelerator, looking for grants")
    assert p.language == "en" and p.sectors == [Sector.biotech] and p.region == "montreal" and p.revenue == 0.0
    assert p.incorporated is False and p.in_incubator is True and p.needs == [Need.non_dilutive]


# --- merge -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("Which funding suits a Series A medtech startup?", "and if we were Series B?"),
        ("Quel financement pour une medtech en série A?", "et si nous étions en série B?"),
    ],
)
def test_follow_up_changes_only_stage(first: str, follow_up: str) -> None:
    base = infer(first)
    after = merge(base, infer(follow_up))
    assert after.stage == Stage.series_b_plus
    assert after.model_dump(exclude={"stage"}) == base.model_dump(exclude={"stage"})


def test_follow_up_replaces_needs_keeps_stage_and_sectors() -> None:
    base = infer("Nous sommes une medtech en série A, nous cherchons une subvention")
    assert base.needs == [Need.non_dilutive]
    after = merge(base, infer("et pour exporter en Europe?"))
    assert after.needs == [Need.export]
    assert after.stage == Stage.series_a and after.sectors == [Sector.medtech]
    assert after.region is None


def test_explicit_profile_wins_over_inferred() -> None:
    inferred = infer("We are a seed biotech in Toronto with 4 employees")
    explicit = Profile(stage=Stage.series_a, region="QC", sectors=[Sector.ai])
    out = merge(inferred, explicit)
    assert out.stage == Stage.series_a and out.region == "QC" and out.sectors == [Sector.ai]
    assert out.employees == 4 and out.language == "en"


def test_merge_does_not_alias_lists() -> None:
    base = Profile(needs=[Need.loan])
    out = merge(base, Profile())
    out.needs.append(Need.equity)
    assert base.needs == [Need.loan]


def test_merge_false_replaces_true() -> None:
    assert merge(Profile(incorporated=True), Profile(incorporated=False)).incorporated is False
    assert merge(Profile(employees=5), Profile(employees=0)).employees == 0


# --- mentioned_programs ------------------------------------------------------------------------------------------

ALIASES = {
    "nrc-irap": ["Programme d'aide à la recherche industrielle", "PARI", "PARI-CNRC", "IRAP", "NRC IRAP"],
    "sred": ["SR&ED", "RS&DE", "Scientific Research and Experimental Development"],
    "partenaria-cqdm-2025": ["PARTENAR-IA", "PARTENAR-IA 2025"],
    "centech": ["Centech", "Centech ÉTS"],
    "iq-loans": ["Investissement Québec", "IQ"],
}


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Le PARI est-il ouvert?", ["nrc-irap"]),
        ("Is NRC IRAP open?", ["nrc-irap"]),
        ("nrc-irap funding", ["nrc-irap"]),
        ("Nous sommes à PARIS", []),
        ("comparez le RS&DE et le PARI", ["sred", "nrc-irap"]),
        ("Can I stack SR&ED with IRAP?", ["sred", "nrc-irap"]),
        ("sr & ed claims", ["sred"]),
        ("L'appel Partenar-IA", ["partenaria-cqdm-2025"]),
        ("partenaria 2025", ["partenaria-cqdm-2025"]),
        ("le centech ets", ["centech"]),
        ("CENTECH ÉTS", ["centech"]),
        ("investissement quebec", ["iq-loans"]),
        ("liquidity", []),  # "IQ" not inside a word
        ("", []),
    ],
)
def test_mentioned_programs(text: str, ids: list[str]) -> None:
    assert mentioned_programs(text, ALIASES) == ids


def test_mentioned_programs_ignores_empty_aliases() -> None:
    assert mentioned_programs("anything at all", {"x": ["", " ", "--"]}) == []


# --- properties --------------------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_infer_never_raises_and_is_deterministic(text: str) -> None:
    p = infer(text)
    assert isinstance(p, Profile)
    assert Profile.model_validate(p.model_dump()) == p
    assert infer(text) == p


_WORDS = st.sampled_from(
    ["série A", "seed", "medtech", "IA", "AI", "subvention", "grant", "prêt", "à Montréal", "in Toronto",
     "10 employés", "team of 4", "$2M revenue", "pre-revenue", "incorporée", "not incorporated", "OBNL",
     "CCPC", "avec un partenaire universitaire", "incubée", "pas de", "no", ",", "Investissement Québec", "1,234,5"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=8).map(" ".join))
def test_merge_identities(text: str) -> None:
    p = infer(text)
    assert merge(p, Profile()) == p
    assert merge(Profile(), p) == p
    assert merge(p, p) == p


@settings(max_examples=100, deadline=None)
@given(st.text(), st.dictionaries(st.text(max_size=6), st.lists(st.text(max_size=12), max_size=3), max_size=4))
def test_mentioned_programs_never_raises(text: str, aliases: dict[str, list[str]]) -> None:
    out = mentioned_programs(text, aliases)
    assert set(out) <= set(aliases) and len(out) == len(set(out))


def test_a_capitalised_one_word_alias_that_is_also_a_word_needs_capitals() -> None:
    aliases = {"digital": ["DIGITAL", "Digital Supercluster"], "essor": ["ESSOR"], "cric": ["CRIC"]}
    assert mentioned_programs("my digital-health company needs a loan", aliases) == []
    assert mentioned_programs("un projet en plein essor", aliases) == []
    assert mentioned_programs("Is DIGITAL open? And the Digital Supercluster?", aliases) == ["digital"]
    assert mentioned_programs("le programme ESSOR et le cric", aliases) == ["essor", "cric"]
    assert mentioned_programs("Le programme Essor est-il ouvert?", aliases) == ["essor"]


@pytest.mark.parametrize("text, region", [
    ("Ma jeune entreprise en santé numérique (2 employés, Gatineau) cherche du financement.", "outaouais"),
    ("Rimouski, 3 personnes, télésurveillance par IA.", "bas-saint-laurent"),
    ("Une startup à Montréal, bureau rue Sherbrooke.", "montreal"),
])
def test_a_bare_quebec_place_in_a_list_of_facts_gives_the_region(text: str, region: str) -> None:
    assert infer(text, "fr").region == region


def test_a_loan_with_an_adjective_is_still_a_loan() -> None:
    assert Need.loan in infer("Nous cherchons un petit prêt pour démarrer.", "fr").needs
    assert Need.loan not in infer("Nous sommes prêts à lever des fonds.", "fr").needs


def test_an_article_after_we_are_is_not_a_headcount() -> None:
    assert infer("Nous sommes une PME medtech de 50 employés.", "fr").employees == 50
    assert infer("We are a 30-person company.", "en").employees == 30
    assert infer("Nous sommes une startup en santé numérique.", "fr").employees is None


@pytest.mark.parametrize("text, region, sector", [
    ("I run a 15-person Montreal digital-health company.", "montreal", Sector.digital_health),
    ("We are a Quebec City medtech startup.", "capitale-nationale", Sector.medtech),
    ("Ma jeune entreprise en santé-numérique, à Laval.", "laval", Sector.digital_health),
])
def test_a_place_before_the_company_and_a_hyphenated_sector(text: str, region: str, sector: Sector) -> None:
    p = infer(text, "en" if text.startswith(("I ", "We ")) else "fr")
    assert p.region == region and sector in p.sectors


def test_a_message_asking_two_needs_in_two_parts_is_searched_by_part() -> None:
    text = "We want non-repayable funding for our R&D and a way to pay part of the salary of two students."
    needs = infer(text).needs
    assert need_clauses(text, needs) == ["We want non-repayable funding for our R&D",
                                         "a way to pay part of the salary of two students."]
    assert need_clauses("Des subventions et des prêts pour la R-D?", infer("Des subventions et des prêts").needs) == [
        "Des subventions", "des prêts pour la R-D?"]


@pytest.mark.parametrize("text", ["Quelles subventions pour une biotech?", "We are a startup. Which grants fit us?",
                                  "We've been incubated at a university. We want grants."])
def test_one_need_or_parts_without_a_need_are_not_split(text: str) -> None:
    assert need_clauses(text, infer(text).needs) == []


@pytest.mark.parametrize("text,sector", [
    ("We use AI to design therapeutic enzymes.", Sector.biotech),
    ("Nous développons des anticorps avec l'IA.", Sector.biotech),
    ("A startup building cell therapies with machine learning.", Sector.biotech),
    ("Nous concevons des protéines thérapeutiques.", Sector.biotech),
    ("We need wet-lab space.", Sector.biotech),
    ("I run a 3-person AI drug-discovery startup.", Sector.pharma),
    ("Jeune pousse en robotique chirurgicale, série A.", Sector.medtech),
    ("We build an AI tool for surgical planning.", Sector.medtech),
])
def test_products_name_the_sector(text: str, sector: Sector) -> None:
    assert sector in infer(text).sectors


@pytest.mark.parametrize("text,region", [
    ("Avec mon directeur de recherche à l'Université Laval, nous voulons créer une entreprise.", "capitale-nationale"),
    ("Je suis chercheuse à l'Université de Sherbrooke.", "estrie"),
    ("Nous sommes à Laval.", "laval"),
    ("Our startup in Laval hires Université Laval interns.", "laval"),  # where hires come from is not where we are
    ("We hire interns from McGill.", None),
])
def test_a_university_is_a_place(text: str, region: str | None) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("text,region", [
    ("We need lab space around Laval or Montreal.", "QC"),  # one of two Québec regions: in Québec, region unknown
    ("Nous cherchons des locaux à Laval ou à Montréal.", "QC"),
    ("Our startup is near Sherbrooke.", "estrie"),
    ("Nous sommes établis près de Gatineau.", "outaouais"),
    ("We are in Laval and sell in Montreal.", "laval"),  # "and": not alternatives
])
def test_places_near_or_either(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("text,flag", [
    ("Our company is joining an accelerator; what can we stack with it?", True),
    ("We want to join an accelerator.", None),  # a wish, not a fact
])
def test_joining_an_accelerator_is_being_in_one(text: str, flag: bool | None) -> None:
    prof = infer(text)
    assert prof.in_incubator is flag and (Need.accelerator in prof.needs) is (flag is None)


@pytest.mark.parametrize("text", ["Des stagiaires universitaires pour notre PME.", "University interns for our SME."])
def test_university_interns_are_hires(text: str) -> None:
    assert infer(text).needs == [Need.talent]


@pytest.mark.parametrize("fr,en", [
    ("Nous voulons percer le marché européen.", "We want to break into the European market."),
    ("Nous voulons collaborer avec un centre de recherche universitaire.",
     "We want to collaborate with a university research centre."),
    ("Notre jeune pousse est en prédémarrage.", "Our startup is at the pre-seed stage."),
    ("Nous avons un partenaire israélien.", "We have an Israeli partner."),
    ("Nous avons besoin de subventions salariales.", "We need wage subsidies."),
    ("Nous souhaitons nous établir aux États-Unis.", "We want to set up in the United States."),
    ("Nous voulons nous associer à un laboratoire universitaire.", "We want to partner with a university lab."),
    ("Notre entreprise pharmaceutique veut former son personnel.", "Our pharmaceutical company wants to train its staff."),
    ("Notre jeune pousse du Saguenay développe des médicaments.", "Our startup from Saguenay develops drugs."),
    ("Je suis fondatrice d'une jeune pousse.", "I am a woman founder of a startup."),
    ("Nous sommes des entrepreneurs immigrants.", "We are immigrant entrepreneurs."),
    ("Une jeune pousse d'IA en santé.", "An AI health startup."),
    ("Un projet entre une PME québécoise et une entreprise française.", "A project between a Québec SME and a French company."),
    ("Des entreprises sans revenus au Québec.", "Pre-revenue companies in Québec."),
    ("Ma boîte compte 15 employés.", "My company has 15 employees."),
    ("On est une boîte de 7 personnes en IA.", "We're a 7-person AI company."),
    ("Nous avons besoin de fonds de roulement.", "We need working capital."),
    ("Notre entreprise est dérivée de l'université.", "Our company is a university spin-off."),
    ("Notre entreprise est constituée au fédéral.", "Our company is incorporated federally."),
    ("Je suis médecin spécialiste; avec une jeune pousse partenaire, nous aurons besoin des données de l'hôpital.",
     "I'm a specialist physician; with a partner startup, we will need the hospital's data."),
])
def test_french_and_english_read_alike(fr: str, en: str) -> None:
    a, b = infer(fr).known(), infer(en).known()
    a.pop("language"), b.pop("language")
    assert a == b and a


def test_a_young_founders_age_is_read_in_english_too() -> None:
    prof = infer("I am a 29-year-old young entrepreneur.")
    assert prof.founder_age == 29 and Group.youth in prof.audience


@pytest.mark.parametrize("text", ["Our biotech spin-off from Université de Montréal needs mentoring.",
                                  "Notre entreprise essaimée de l'Université de Montréal a besoin de mentorat."])
def test_a_university_spin_off_is_not_asking_for_a_research_partner(text: str) -> None:
    """Where the company comes from, in either language: an accelerator need, not collaborative research."""
    assert infer(text).needs == [Need.accelerator]


@pytest.mark.parametrize(("text", "has", "lacks"), [
    ("We're recruiting senior machine-learning researchers from Europe.", Need.immigration, Need.export),
    ("On veut recruter des chercheurs seniors en apprentissage machine qui viennent d'Europe.", Need.immigration,
     Need.export),
    ("We want to sell our device in Europe next year.", Need.export, Need.immigration),
    # a hire who lives abroad (thirteenth session)
    ("We'd like to hire a deep-learning postdoc who currently lives in Munich.", Need.immigration, None),
    ("On aimerait embaucher une ingénieure qui vit présentement au Japon.", Need.immigration, None),
    ("We want to hire two developers and sell in Boston.", Need.export, Need.immigration),
    ("The data scientist we want lives abroad; how can we bring her in quickly?", Need.immigration, Need.export),
    ("La chercheuse qu'on veut engager vit à l'étranger : comment la faire venir?", Need.immigration, Need.export),
    ("We want to sell abroad next year.", Need.export, Need.immigration),
    ("Which programs help us market our app to clinics and find pilot sites?", Need.procurement_pilot, Need.export),
    ("A German hospital group wants to co-develop the next version with us.", Need.collaborative_research, None),
    ("Un groupe allemand veut codévelopper la prochaine version avec nous.", Need.collaborative_research, None),
    ("What funding exists for an international R&D partnership?", Need.collaborative_research, None),
])
def test_hiring_from_abroad_and_codevelopment_are_read_as_such(text: str, has: Need, lacks: Need | None) -> None:
    needs = infer(text).needs
    assert has in needs and (lacks is None or lacks not in needs)


@pytest.mark.parametrize(("text", "need", "present"), [
    # an equity round is an equity need; a competition's round or a stage stated is not
    ("We're preparing our first seed round.", Need.equity, True),
    ("On veut faire notre première ronde en capital-actions. Qui investit à ce stade?", Need.equity, True),
    ("Notre ronde d'amorçage commence en janvier.", Need.equity, True),
    ("Who invests at this stage?", Need.equity, True),
    ("We won the first round of the Dobson Cup.", Need.equity, False),
    ("We are a Series A medtech in Montréal.", Need.equity, False),
    # RAMQ is a data need only for its data
    ("Ils veulent faire inscrire leur médicament sur la liste de la RAMQ.", Need.data_access, False),  # a listing
    ("We need access to Québec hospital and RAMQ data.", Need.data_access, True),
    ("On a besoin des données de la RAMQ pour entraîner notre modèle.", Need.data_access, True),
    # research credits named by what they pay for are tax credits; a cloud provider's are not
    ("On veut embaucher deux stagiaires et réclamer nos crédits R-D.", Need.tax_credit, True),
    ("We want to claim our R&D credits this year.", Need.tax_credit, True),
    ("Nos crédits de recherche sont-ils remboursables?", Need.tax_credit, True),
    ("We got research credits from a cloud provider.", Need.tax_credit, False),
    # university interns are hires; selling to or testing in the health network is a pilot or a sale
    ("Our 40-employee digital-health SME wants to hire university interns.", Need.collaborative_research, False),
    ("Our 40-employee digital-health SME wants to hire university interns.", Need.talent, True),
    ("We want a research partnership with a university.", Need.collaborative_research, True),
    ("Notre entreprise de télésanté veut vendre sa solution aux établissements du réseau de la santé.",
     Need.procurement_pilot, True),
    ("Our telehealth company wants to sell its solution to Quebec health-network institutions.",
     Need.procurement_pilot, True),
    ("On veut tester ça dans un CIUSSS avant de vendre au réseau.", Need.procurement_pilot, True),
    ("Le réseau de contacts de notre fondatrice nous aide.", Need.procurement_pilot, False),
    # needs in other words (2026-12-03)
    ("We want to start selling our AI EEG headset to US hospitals. What can help?", Need.export, True),
    ("Can you help us find grants for our Laval startup?", Need.export, False),  # "us" the pronoun
    ("On veut vendre notre plateforme d'IA clinique à des hôpitaux de Boston. Quelles aides?", Need.export, True),
    ("We want to sell our clinical AI platform to Boston hospitals. What help exists?", Need.export, True),
    ("We have a German partner for R&D; grants?", Need.export, False),  # a partner abroad, nothing sold there
    ("Notre essai de phase 1 au CHUS prend une éternité à démarrer. Un service pour accélérer?", Need.regulatory, True),
    ("And for getting it licensed as a medical device in Canada?", Need.regulatory, True),
    ("And to get it adopted in Québec's public health network?", Need.procurement_pilot, True),
    ("Comment faire adopter notre outil par le réseau de la santé?", Need.procurement_pilot, True),
    ("Montréal startup, seed round closed, training foundation models on pathology slides: GPU programs?",
     Need.equity, False),
    ("Montréal startup, seed round closed, training foundation models on pathology slides: GPU programs?",
     Need.training, False),
    ("We closed our seed round; we need training for our staff", Need.training, True),
    ("On a bouclé notre ronde d'amorçage l'an dernier; quelles subventions?", Need.equity, False),
    ("Preparing our seed round: which investors?", Need.equity, True),
    ("Are there programs that fund the purchase of our own servers?", Need.equipment, True),
    ("Nous ne cherchons pas de financement, mais plutôt du maillage : rencontrer des établissements de santé.",
     Need.advisory, True),
    ("We want networking with hospitals and partners.", Need.advisory, True),
    ("Nous voulons adopter des outils d'IA et former notre main-d'œuvre à leur utilisation.", Need.talent, False),
    ("Nous voulons adopter des outils d'IA et former notre main-d'œuvre à leur utilisation.", Need.training, True),
    ("On manque de main-d'œuvre qualifiée en IA.", Need.talent, True),
    ("We'd like a small grant and some coaching, but we don't want to give away equity yet.", Need.equity, False),
    # a hospital named after its university is a clinical site, not a research partner asked for
    ("We want to run a clinical pilot with CHU de Québec–Université Laval, then be adopted by the network.",
     Need.collaborative_research, False),
    ("We want to run a clinical pilot with CHU de Québec–Université Laval, then be adopted by the network.",
     Need.procurement_pilot, True),
    ("Nous cherchons un partenaire de recherche à l'Université Laval.", Need.collaborative_research, True),
    # an idea that is not yet a company: the path to a first company is what incubators serve
    ("J'ai une idée de capteur, mais pas encore d'entreprise : comment passer de l'idée au plan d'affaires?",
     Need.accelerator, True),
    ("I have an idea but no company yet; I'd like a structured program to go from idea to business plan.",
     Need.accelerator, True),
])
def test_a_need_is_read_only_when_asked(text: str, need: Need, present: bool) -> None:
    assert (need in infer(text).needs) is present


@pytest.mark.parametrize("text", ["We're two master's students at Polytechnique Montréal.",
                                  "Nous sommes deux étudiants à la maîtrise à Polytechnique Montréal."])
def test_students_who_ask_are_academics(text: str) -> None:
    assert infer(text).academic is True
    assert Need.talent in infer("We're two founders looking for master's students to hire.").needs


@pytest.mark.parametrize(("text", "want"), [
    ("Pharma établie à Montréal, 350 employés.", {"stage": "established"}),
    ("Je suis tout seul pour l'instant, je viens d'incorporer ma compagnie.", {"stage": "pre_seed", "employees": 1}),
    ("I'm on my own and we just incorporated.", {"stage": "pre_seed", "employees": 1}),
    ("Nous sommes une PME de santé numérique de Québec (20 employés).", {"region": "capitale-nationale"}),
])
def test_french_company_facts(text: str, want: dict[str, object]) -> None:
    got = infer(text).known()
    assert {k: got.get(k) for k in want} == want, got


@pytest.mark.parametrize(("text", "sought", "need"), [
    # the founders' own money put in is not what they seek, nor a request for investors
    ("We have $40,000 of our own equity and we'd need about $150,000 for manufacturing equipment.", 150_000.0,
     Need.equipment),
    ("Nous avons 40 000 $ de mise de fonds et il nous faudrait environ 150 000 $ pour l'équipement de fabrication.",
     150_000.0, Need.equipment),
])
def test_own_money_put_in_and_equipment_to_manufacture_with(text: str, sought: float, need: Need) -> None:
    p = infer(text)
    assert p.request == sought and p.needs == [need] and not p.instruments


def test_equipment_the_company_makes_is_its_product() -> None:
    assert Need.equipment not in infer("We make manufacturing equipment for clinics and need a loan.").needs


@pytest.mark.parametrize(("text", "need", "sector"), [
    # a cohort's data and samples are data asked for; precision medicine and genotypes are biotech
    ("We do precision medicine and need data from a Québec cohort with genotypes and biological samples.",
     Need.data_access, Sector.biotech),
    ("On fait de la médecine de précision et on cherche des données d'une cohorte avec des échantillons biologiques.",
     Need.data_access, Sector.biotech),
])
def test_cohort_data_is_data_access(text: str, need: Need, sector: Sector) -> None:
    p = infer(text)
    assert need in p.needs and sector in p.sectors


@pytest.mark.parametrize("text", ["Where can we get incubated in Montréal? We don't have a company yet.",
                                  "Où peut-on se faire incuber à Montréal?"])
def test_wanting_to_be_incubated_asks_for_an_incubator(text: str) -> None:
    p = infer(text)
    assert Need.accelerator in p.needs and p.in_incubator is None


@pytest.mark.parametrize(("text", "equity"), [
    # the company's own investors are its situation; its first or next ones are asked
    ("We're also looking for a government loan alongside our VC investors.", False),
    ("Nous cherchons aussi un prêt gouvernemental aux côtés de nos investisseurs en capital de risque.", False),
    ("We are looking for our first investors.", True),
    ("Nous cherchons nos premiers investisseurs.", True),
])
def test_the_companys_own_investors_are_not_investors_asked(text: str, equity: bool) -> None:
    p = infer(text)
    assert (Need.equity in p.needs) is equity and (Instrument.equity in p.instruments) is equity


@pytest.mark.parametrize("text", [
    "Nous prévoyons un essai de phase I dans des hôpitaux québécois et avons besoin d'une activation rapide des sites.",
    "We plan a Phase I trial in Québec hospitals and need fast site activation.",
])
def test_a_trial_planned_and_its_sites_to_activate_are_an_approval_path(text: str) -> None:
    assert Need.regulatory in infer(text).needs


@pytest.mark.parametrize("text", [
    # a hire who lives abroad, however long the description between, or brought over from there
    "We want to recruit a German engineer with a PhD in robotics, currently living in Munich, to lead our team.",
    "Nous voulons recruter une chercheuse belge, titulaire d'un doctorat en biostatistique et qui vit présentement à "
    "Bruxelles, pour notre équipe.",
    "And to bring over a researcher from Japan?",
    "Pis pour faire venir un chercheur d'Allemagne?",
])
def test_a_hire_from_abroad_is_an_immigration_need(text: str) -> None:
    assert Need.immigration in infer(text).needs


def test_a_hire_from_a_university_here_is_no_immigration_need() -> None:
    assert Need.immigration not in infer("On veut embaucher un stagiaire de l'Université Laval.").needs


@pytest.mark.parametrize(("text", "need", "read"), [
    # health organisations to adopt the product, in both languages; one that adopted it already is history
    ("We want Québec health-network institutions to adopt it.", Need.procurement_pilot, True),
    ("Nous voulons que le réseau public québécois l'adopte.", Need.procurement_pilot, True),
    ("Clinics that adopted our tool love it; we need a loan.", Need.procurement_pilot, False),
    # an approval the device holds is history, as one just obtained
    ("Our AI wound-monitoring device has its Health Canada licence. We need a loan.", Need.regulatory, False),
    ("We have to get our Health Canada licence.", Need.regulatory, True),
])
def test_adoption_asked_and_an_approval_held(text: str, need: Need, read: bool) -> None:
    assert (need in infer(text).needs) is read
