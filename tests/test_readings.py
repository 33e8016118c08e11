"""Readings added on fresh question sets of our own (2026-12-03, eleventh session): programs the corpus does not
cover, deal mechanics asked as advice, needs written in other words, and what a fact answer leads with."""

from __future__ import annotations

import re

import pytest

from assistant.answer.match import check, in_audience
from assistant.models import Profile
from assistant.service import Assistant
from assistant.understand.advice import asks_advice
from assistant.understand.conversation import choose_question
from assistant.understand.intent import asks_list
from assistant.understand.places import program_countries
from assistant.understand.profile import infer
from common.records import Program, load_programs
from common.vocab import Instrument, Need
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")


@pytest.mark.parametrize(("question", "covered"), [
    ("Est-ce que le programme EXIST peut financer notre spin-off?", False),  # "exist" is a word; EXIST an acronym
    ("Can our startup get the EXIST grant?", False),
    ("WE WANT GRANTS FOR OUR AI MEDTECH IN MONTREAL", True),  # shouting is not a name
    ("What's the success rate of the Wellcome Leap Project Grant competition?", False),
    ("Quand ouvre le prochain appel du « Fonds Santé numérique Québec 2026 » du MEIE?", False),
    ("When is the next intake for the Québec Health AI Booster grant (QHAB)?", False),
    ("Can the Canada Media Fund finance our interactive VR game about the human body?", False),
    ("Is the Strategic Innovation Fund open to a 10-person startup?", True),
    ("Le programme ESSOR est-il ouvert?", True),
    ("Which grants fit a seed AI medtech in Montréal?", True),
    # other jurisdictions' bodies, how-tos, French names of programs we do not hold; a partner abroad or a name of
    # ours is still answered
    ("What funding does Michael Smith Health Research BC offer to a Vancouver digital-health startup?", False),
    ("How do I apply for an SBIR Phase I grant from the NIH for our diagnostic?", False),
    ("Can our subsidiary apply for an NIH SBIR Phase I grant, and what is the maximum award?", False),  # 3 words on
    ("How does the German EXIST start-up grant work for a team in Munich?", False),  # a country's grant, named between
    ("What does it take to get FDA Breakthrough Device designation for our AI ECG software?", False),
    ("C'est combien, la Bourse French Tech de Bpifrance, pour une startup parisienne en santé numérique?", False),
    ("Le programme « Cap IA Santé » du MEIE, c'est quoi le montant max par projet?", False),
    # a technical choice asked mid-sentence ("…, should we…", « vaut-il mieux… »): advice no program answers; the same
    # choice between kinds of support is ours
    ("For our radiology AI product, should we train a vision transformer from scratch or adapt an open-weight model?",
     False),
    ("Pour notre outil de triage, vaut-il mieux héberger un petit modèle de langage ou passer par une API infonuagique?",
     False),
    ("For our seed AI startup, should we apply for grants or raise from angels first?", True),
    ("Pour notre jeune pousse en IA, vaut-il mieux demander des subventions ou lever des fonds auprès d'anges?", True),
    # pitch material in French as in English: « présentation aux investisseurs » is a pitch deck; funds asked for it
    # are still ours
    ("For our pitch deck: how big is the digital health market in Canada this year?", False),
    ("Pour notre présentation aux investisseurs : le marché de la santé numérique au Canada vaut combien cette année?",
     False),
    ("On prépare notre présentation aux investisseurs : quels fonds de capital de risque approcher?", True),
    # another country's money asked by a company here is still not ours; a company from abroad settling here is
    ("Notre jeune pousse montréalaise peut-elle obtenir des subventions du gouvernement américain?", False),
    ("We're a Boston medtech opening an office in Montréal. Which Québec grants could we get?", True),
    # a body we hold no program of, asked what support it offers; ours are still answered
    ("My startup applies AI to mineral exploration. What funding do the Société du Plan Nord or the MRNF offer?", False),
    ("Quel financement la Société du Plan Nord ou le MRNF offrent-ils à une jeune pousse en IA?", False),
    ("What funding does Mitacs offer to AI startups?", True),
    ("What does ACET offer a medtech spin-off?", False),  # "what does X offer", X a body we hold nothing of
    ("L'ACET à Sherbrooke, qu'est-ce que ça offre concrètement à une essaimage medtech?", False),
    ("What does Centech offer to medtech startups?", True),
    ("Quelles subventions Investissement Québec offre-t-il aux PME en santé?", True),
    # a name told as an incubator or a program by an appositive ("X, the … incubator"); ours, or the asker's own, stay
    ("What does ACET, the Sherbrooke technology incubator, offer a medtech spin-off?", False),
    ("Is Esplanade, the Montréal impact accelerator, open to health startups?", True),
    ("We're a seed medtech in Sherbrooke incubated at ACET. Which grants can we get?", True),
    # a quoted name two words after the program word (« la subvention de démarrage « X » »)
    ("Le plafond de la subvention de démarrage « Passerelle IA-Santé 2027 » des FRQ, c'est combien?", False),
    ("Y a-tu un crédit d'impôt CIMIA pour l'implantation de l'IA dans les cliniques médicales privées?", False),
    ("Quelles sont les étapes pour enregistrer une marque de commerce au Canada pour le nom de notre appli?", False),
    ("On collabore avec une entreprise française sur un projet d'IA en santé : quelles subventions au Québec?", True),
    ("Les Bourses Mitacs sont-elles ouvertes aux jeunes pousses en IA?", True),
    ("Le Fonds Impulsion, c'est pour qui?", True),
    ("Je suis postdoctorante en génie biomédical. J'ai une idée de capteur, mais pas encore d'entreprise. Je cherche "
     "un parcours structuré pour passer de l'idée au plan d'affaires. Qu'est-ce qui s'offre à moi?", True),
])
def test_what_the_corpus_does_not_cover_is_declined(assistant_bot: Assistant, question: str, covered: bool) -> None:
    assert assistant_bot.ask(question).abstained is not covered


@pytest.mark.parametrize(("question", "code"), [
    ("Quelles aides de la région Île-de-France pour une medtech?", "FR"),  # a bilateral France program is not it
    ("Are there Bavarian state grants for our AI medtech?", "DE"),
    ("Does Australia's Medical Research Future Fund support foreign medtech companies?", "AU"),
    ("We partner with a Paris hospital on an AI project; which Québec programs help?", None),
])
def test_a_foreign_regions_own_money_is_not_covered(assistant_bot: Assistant, question: str,
                                                    code: str | None) -> None:
    assert assistant_bot.scope.foreign_source(question) == code


@pytest.mark.parametrize(("question", "code"), [
    ("Si on ouvre un bureau à Calgary, est-ce qu'Alberta Innovates peut financer notre projet d'IA en santé?", "AB"),
    ("La Fondation de l'innovation du Nouveau-Brunswick offre-t-elle des bons d'innovation à une medtech?", "NB"),
    ("How big is the Saskatchewan Technology Start-up Incentive for a Saskatoon healthtech?", "SK"),
    # a Montréal company also present in Ontario asks about programs here
    ("Entreprise montréalaise de santé numérique : 120 employés, présence en Ontario et aux États-Unis. Quels "
     "programmes publics et quels investisseurs pour un projet d'expansion de 30 M$?", None),
])
def test_a_provinces_own_bodies_are_not_covered(assistant_bot: Assistant, question: str, code: str | None) -> None:
    assert assistant_bot.scope.evidence(assistant_bot.retriever, question, infer(question)).uncovered_place == code


def test_a_loose_name_needs_its_acronym_in_capitals(assistant_bot: Assistant) -> None:
    names = assistant_bot.names()
    assert "next-ai" not in names.find_loose("When is the next intake for the Québec Health AI Booster grant?")
    assert assistant_bot.mentioned("Is NEXT AI open to a seed startup?") == ["next-ai"]


@pytest.mark.parametrize(("text", "advice"), [
    ("Should we raise our pre-seed on a SAFE or on a convertible note with a valuation cap?", True),
    ("Dans la term sheet de notre série A, une préférence de liquidation 2x participative, c'est raisonnable?", True),
    ("What slides should a seed-stage pitch deck for a digital health startup include?", True),
    ("How do I value my pre-revenue AI startup before our seed round — what pre-money should we ask for?", True),
    ("Nos investisseurs nous demandent un « flip » vers une C-corp du Delaware : comment on s'y prend?", True),
    ("Which investors in Montreal take SAFEs for pre-seed AI startups?", False),  # investors asked for
    ("Quel accélérateur peut nous aider à préparer notre pitch deck?", False),
])
def test_deal_mechanics_are_advice(text: str, advice: bool) -> None:
    assert asks_advice(text) is advice


@pytest.mark.parametrize(("text", "need", "instrument", "asked"), [
    # what the company already does or gets is its situation, not help asked
    ("We're a 10-person company doing SR&ED. We want to hire a researcher from France. What can help?",
     Need.tax_credit, Instrument.tax_credit, False),
    ("On fait de la RS&DE et on veut embaucher une chercheuse. Qu'est-ce qui peut nous aider?",
     Need.tax_credit, Instrument.tax_credit, False),
    ("We already have an IRAP grant; which loans could we get?", Need.non_dilutive, Instrument.grant, False),
    ("Nous avons déjà une subvention du PARI, quels prêts?", Need.non_dilutive, Instrument.grant, False),
    ("Can we claim SR&ED for model training?", Need.tax_credit, Instrument.tax_credit, True),
    ("Y a-t-il déjà un crédit d'impôt pour les salaires en IA?", Need.tax_credit, Instrument.tax_credit, True),
    ("We already get SR&ED but are looking for more tax credits.", Need.tax_credit, Instrument.tax_credit, True),
])
def test_help_the_company_already_gets_is_not_asked(text: str, need: Need, instrument: Instrument,
                                                     asked: bool) -> None:
    profile = infer(text)
    assert (need in profile.needs) is asked and (instrument in profile.instruments) is asked


@pytest.mark.parametrize("text", ["We do SR&ED. What can help with hiring a researcher from abroad?",
                                  "On fait de la RS&DE. Qu'est-ce qui peut nous aider à recruter une chercheuse?"])
def test_what_can_help_asks_for_a_list_even_beside_a_program_name(text: str) -> None:
    assert asks_list(text)


def test_guarantees_are_an_instrument_asked() -> None:
    assert Instrument.loan_guarantee in infer("Which export programs (grants, coaching or guarantees)?").instruments
    assert Instrument.loan_guarantee in infer("Quelles aides (subventions, accompagnement ou garanties)?").instruments


def test_a_founder_within_an_age_bound_belongs_to_that_audience() -> None:
    futurpreneur = PROGRAMS["futurpreneur-startup"]
    assert in_audience(futurpreneur, Profile(founder_age=29))
    assert not in_audience(futurpreneur, Profile(founder_age=45))
    assert not in_audience(futurpreneur, Profile())
    assert not in_audience(PROGRAMS["black-entrepreneurship-loan-fund"], Profile(founder_age=29))


def test_a_plain_question_about_a_programs_funding_gives_what_one_company_gets(assistant_bot: Assistant) -> None:
    for q in ("Financement du PARI pour une startup IA de 5 personnes?", "IRAP funding for a 5-person AI startup?"):
        ans = assistant_bot.ask(q)
        assert ans.intent == "fact" and re.search(r"50[\u00a0\u202f ,]?000", ans.answer), q


@pytest.mark.parametrize("question", ["Pis la date limite pour faire la réclamation de la RS&DE?",
                                      "And the deadline to file the SR&ED claim?"])
def test_a_deadline_can_be_a_delay(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert re.search(r"\b18\s?(mois|months)", ans.answer)


def test_a_device_licence_is_medtech() -> None:
    assert "medtech" in infer("Before filing our Health Canada device licence application, what help?").sectors
    assert "medtech" in infer("Il nous faut une licence d'instrument médical de Santé Canada.").sectors


@pytest.mark.parametrize(("question", "pid"), [
    ("The City of Montréal grant that lets a young company test its innovation with an established partner "
     "organization: what is the maximum amount?", "montreal-innovation-ouverte"),
    ("Investissement Québec's big-project financing initiative launched in October 2024: what is the minimum term "
     "loan per project?", "iq-loans"),
    ("Dans le grand programme-cadre de recherche de l'Union européenne auquel le Canada est associé depuis 2024 "
     "(pilier II), à quel taux une action d'innovation est-elle financée pour une entreprise à but lucratif, et quel "
     "est le forfait des coûts indirects ?", "horizon-europe-pillar-2"),
])
def test_a_program_described_without_its_name_is_answered_as_that_program(assistant_bot: Assistant, question: str,
                                                                          pid: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == [pid]


@pytest.mark.parametrize(("question", "owner"), [
    ("What share of her salary would Services Québec's wage subsidy cover, and for how many weeks?", "Services Quebec"),
    ("La subvention salariale de Services Québec couvrirait quel pourcentage de son salaire?", "Services Quebec"),
    ("Quel est le maximum de l'aide de la Ville de Montréal pour tester une innovation?", "Ville de Montreal"),
    ("Investissement Québec's big-project financing initiative: what is the minimum loan?", "Investissement Quebec"),
])
def test_the_body_a_program_is_said_to_be_of_is_read(question: str, owner: str) -> None:
    from assistant.answer.described import owners
    assert owners(question) == [owner]


def test_a_program_described_as_another_bodys_is_not_answered_as_ours(assistant_bot: Assistant) -> None:
    # SWPP (a federal placement grant, ESDC) is close in meaning, but the question asks for Services Québec's own
    # wage subsidy, which no record holds: the answer must not give SWPP's figures as that subsidy's
    ans = assistant_bot.ask("I want to hire a bioinformatician who has been on employment insurance for eight months. "
                            "What share of her salary would Services Québec's wage subsidy cover for my biotech, and "
                            "for how many weeks?")
    assert ans.intent != "fact"
    ans = assistant_bot.ask("What share of an intern's wage does ESDC's student work placement grant cover?")
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["student-work-placement-program"]


def test_a_list_question_is_not_taken_for_one_described_program(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Which grants give the highest amount to a seed AI startup in Montréal?")
    assert ans.intent == "programs" and len(ans.programs) > 1


def test_each_ask_is_split_even_after_a_preposition() -> None:
    from assistant.answer.figure_asks import question_parts
    q = "Le comité comptait combien de membres, et à quelle date a-t-il remis son rapport ?"
    assert question_parts(q) == ["Le comité comptait combien de membres", "à quelle date a-t-il remis son rapport ?"]


def test_a_two_part_study_question_answers_each_part(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Le comité d'orientation de la grappe québécoise en intelligence artificielle (la stratégie "
                            "IA de 2018) comptait combien de membres, et à quelle date a-t-il remis son rapport ?")
    assert re.search(r"\b12 membres", ans.answer) and "27 mai 2018" in ans.answer


def test_a_follow_up_that_opens_on_a_pronoun_is_about_the_program_just_discussed() -> None:
    q, follow = choose_question("Il rembourse quel pourcentage sur la première tranche de dépenses, pis cette tranche-là "
                                "monte jusqu'à combien?", [], new_facts=False, last_programs=["cric"], follow_up=False,
                                names_document=lambda: False)
    assert (q.intent, q.programs, follow) == ("fact", ("cric",), True)


@pytest.mark.parametrize(("question", "pid"), [("What is Mila's Impulse program, and who is it for?", "mila-impulse"),
                                               ("Is IRAP's youth program open?", "nrc-irap-yep")])
def test_a_possessive_before_a_program_name_still_names_it(assistant_bot: Assistant, question: str, pid: str) -> None:
    assert assistant_bot.ask(question).programs[0].id == pid


def test_more_than_that_after_one_program_compares_the_two(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("Le FLS Montréal, ça peut prêter combien à une jeune pousse?")
    ans = assistant_bot.ask("Pis lui, le Fonds PME MTL? Il prête-tu plus que ça?", session_id=first.session_id)
    assert ans.intent == "compare" and [p.id for p in ans.programs][:2] == ["pme-mtl-fls", "pme-mtl-fonds-pme-mtl"]


@pytest.mark.parametrize(("text", "lang"), [
    ("We are a medtech startup in the Saint-Laurent borough, 8 people.", "en"),
    ("Fabricant pharmaceutique dans l'arrondissement Saint-Laurent, 300 employés.", "fr"),
    ("Nos bureaux sont à Ville Saint-Laurent, 10 employés.", "fr"),
    ("On est installés dans le quartier Mile End, 4 personnes.", "fr"),
    ("Our lab is in Griffintown; we're 12.", "en"),
    ("Côte-des-Neiges startup building a triage model.", "en"),
])
def test_a_montreal_borough_or_neighbourhood_is_montreal(text: str, lang: str) -> None:
    assert infer(text, default_language=lang).region == "montreal"


def test_the_bas_saint_laurent_is_not_the_saint_laurent_borough() -> None:
    assert infer("On est une PME du Bas-Saint-Laurent, à Rimouski.", default_language="fr").region == "bas-saint-laurent"



def test_a_program_declares_the_countries_its_partners_come_from(assistant_bot: Assistant) -> None:
    """Eurostars' name names no country; its record declares Europe. A European consortium question lists it (between
    two calls, so apart from the fits), a Japanese one rules it out; a lowercase code is refused."""
    eurostars = PROGRAMS["eurostars-canada"]
    assert {"EU", "DE", "FR"} <= program_countries(eurostars) and program_countries(eurostars, europe=False) == {"EU"}
    ans = assistant_bot.ask("Can a Quebec health-AI SME join a European R&D consortium, and what funding exists?")
    assert "Eurostars" in ans.answer and "eurostars-canada" not in [p.id for p in ans.programs], ans.answer
    assert check(eurostars, Profile(countries=["JP"]), "en").fit == "not_eligible"
    with pytest.raises(ValueError, match="two-letter codes"):
        Program.model_validate({**eurostars.model_dump(by_alias=True), "countries": ["europe"]})


@pytest.mark.parametrize("question", ["How can we get our AI tool into CHSLDs in Québec?",
                                      "Comment faire entrer notre outil d'IA dans les CHSLD au Québec?"])
def test_a_way_into_the_care_network_is_support_asked_not_advice(assistant_bot: Assistant, question: str) -> None:
    """« Comment faire entrer… dans les CHSLD » was declined as how-to advice in French and answered with tax credits
    in English: the pilot and adoption programs answer it, in both languages."""
    ans = assistant_bot.ask(question)
    ids = [p.id for p in ans.programs]
    assert not ans.abstained and {"msss-bureau-innovation", "can-health-network"} & set(ids[:4]), ans.answer


@pytest.mark.parametrize("question,done", [
    ("Our startup Medscan was in the Centech and District 3 programs. What non-dilutive funding is next?",
     {"centech", "district-3"}),
    ("Notre jeune pousse BioNexa sort de l'accélérateur Esplanade. Quel financement non dilutif ensuite?",
     {"esplanade-acceleration-sante"}),
])
def test_programs_the_company_went_through_are_context_not_the_answer(assistant_bot: Assistant, question: str,
                                                                      done: set[str]) -> None:
    """Named programs the company went through and a list asked ("what non-dilutive funding is next",
    « quel financement non dilutif ») is a list of that money, not a comparison or a fact about those programs."""
    ans = assistant_bot.ask(question)
    assert ans.intent == "programs" and ans.programs and not done & {p.id for p in ans.programs}, ans.answer
    assert Need.accelerator not in infer(question).needs  # « sort de l'accélérateur »: where it has been


@pytest.mark.parametrize("text", ["Which data-access programs exist?", "Quel autre financement existe?",
                                  "What non-dilutive funding is next?", "Quel financement non dilutif ensuite?"])
def test_a_list_asked_with_a_qualifier_is_a_list(text: str) -> None:
    assert asks_list(text) or Need.data_access in infer(text).needs


@pytest.mark.parametrize(("question", "used", "intent"), [
    # a program the company says it already uses is context: the list answers, without it
    ("On réclame déjà le RS&DE. Quoi d'autre?", "sred", "programs"),
    ("We claim SR&ED on our software work. Which grants could add to it?", "sred", "programs"),
    ("Sherbrooke medical-imaging startup, 9 people, we build MRI models and claim SR&ED on that work. We want to hire "
     "an AI researcher who lives in Paris. How do we speed up the work permit?", "sred", "programs"),
])
def test_a_program_the_company_already_uses_is_context(assistant_bot: Assistant, question: str, used: str,
                                                       intent: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == intent and ans.programs and used not in [p.id for p in ans.programs], ans.answer


@pytest.mark.parametrize(("question", "used"), [
    # two held together, the second after "and" / « pis », or held as "a contribution from" / « une contribution du »
    ("We already claim SR&ED and have an IRAP contribution. What else could pay for our developers?",
     {"sred", "nrc-irap"}),
    ("On réclame déjà la RS&DE pis on a une contribution du PARI. Quoi d'autre pour payer nos développeurs?",
     {"sred", "nrc-irap"}),
    ("We claim the CRIC and SR&ED already. Is there another credit for the GPU servers we are buying?",
     {"cric", "sred"}),
    # the second with its government before it, and « on utilise »
    ("Our AI imaging company in Terrebonne has 70 employees. We already use NRC IRAP and federal SR&ED. What more "
     "could we get in Québec for our development work and our salaries?", {"sred", "nrc-irap"}),
    ("Notre entreprise d'imagerie par IA à Terrebonne compte 70 employés. On utilise déjà le PARI-CNRC et la RS&DE "
     "fédérale. Qu'est-ce qu'on pourrait aller chercher de plus pour nos salaires?", {"sred", "nrc-irap"}),
    # one held through another (and found by its French name), and not taken back as the program described
    ("On a déjà eu notre rencontre préalable avec Santé Canada par le programme de rencontres sur les instruments "
     "médicaux. Quoi d'autre pourrait réduire le coût de notre demande d'homologation?",
     {"health-canada-device-advice-meetings"}),
    ("We already had our pre-submission meeting through the Device Advice program. What else could lower the cost "
     "of our licence application?", {"health-canada-device-advice-meetings"}),
])
def test_programs_held_together_or_through_another_are_context(assistant_bot: Assistant, question: str,
                                                               used: set[str]) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "programs" and ans.programs and not used & {p.id for p in ans.programs}, ans.answer


@pytest.mark.parametrize("question", ["Can we have a grant from IRAP?", "We claim SR&ED and would like IRAP too."])
def test_a_program_wished_for_is_not_held(assistant_bot: Assistant, question: str) -> None:
    assert "nrc-irap" in [p.id for p in assistant_bot.ask(question).programs]


@pytest.mark.parametrize("question", ["How do we claim SR&ED?", "Can we claim SR&ED for software?",
                                      "Comment réclamer le RS&DE?"])
def test_asking_how_to_use_a_program_is_still_about_it(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs] == ["sred"]


@pytest.mark.parametrize("text", ["Who can help us run a clinical validation in a Québec hospital?",
                                  "Qui peut nous aider à faire cette validation clinique?",
                                  "We want to claim the R&D tax credits: which ones apply to us?",
                                  "On veut réclamer les crédits d'impôt à la R-D : lesquels s'appliquent à nous?"])
def test_who_can_help_asks_for_a_list(text: str) -> None:
    assert asks_list(text)


@pytest.mark.parametrize("question", [
    "Notre logiciel d'aide à la décision clinique basé sur l'IA est prêt. Avant de le vendre au réseau, on doit le "
    "valider dans un hôpital québécois. On est une startup de 10 personnes à Montréal. Qui peut nous aider à faire "
    "cette validation clinique?",
    "Our clinical decision-support software is ready. Before selling it to the health network we must validate it in a "
    "Québec hospital. We are 10 people in Montréal. Who can help us with that validation?",
])
def test_a_product_said_ready_is_no_loan_and_who_helps_is_a_list(assistant_bot: Assistant, question: str) -> None:
    """« Le logiciel est prêt » is ready, not a loan (« prêt »): the question described no one program; it asks who helps
    validate in the health network, a list. It was one clinical-trials service's facts."""
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and len(ids) >= 3, ans.answer
    assert sum(Need.procurement_pilot in programs[i].needs for i in ids[:3]) >= 2, ids


@pytest.mark.parametrize("question", [
    "Our company is in Gatineau: 25 employees, about $3M in revenue, AI software for radiology. We want to claim both "
    "the federal and the Québec R&D tax credits this year. Which ones apply and how do they stack?",
    "Notre entreprise est à Gatineau : 25 employés, environ 3 M$ de revenus, logiciel d'IA pour la radiologie. On veut "
    "réclamer les crédits d'impôt à la R-D fédéral et québécois cette année. Lesquels s'appliquent et se cumulent-ils?",
])
def test_which_ones_apply_lists_the_credits_not_one_named(assistant_bot: Assistant, question: str) -> None:
    """The Québec credit named among "which ones apply" was answered alone (CRIC's facts); now the R&D credits."""
    ans = assistant_bot.ask(question)
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and {"sred", "cric"} <= set(ids), ids


@pytest.mark.parametrize("question", [
    "We're two master's students at Polytechnique Montréal, not incorporated yet, no revenue. We built an AI model "
    "that screens retinal photos and want to turn it into a startup. Where should we start?",
    "Nous sommes deux étudiants à la maîtrise à Polytechnique Montréal, pas encore incorporés, sans revenus. On a un "
    "modèle d'IA qui analyse des photos de la rétine et on veut en faire une startup. Par où commencer?",
])
def test_students_with_a_project_get_incubators_not_internships(assistant_bot: Assistant, question: str) -> None:
    """Students who ask were read as interns to hire (Mitacs, work placements); they want to start a company: the
    campus incubator and accelerators first."""
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    ids = [p.id for p in ans.programs]
    assert "propolys-polytechnique" in ids[:3], ids
    assert not any(Need.talent == programs[i].needs[0] for i in ids[:3]), ids


@pytest.mark.parametrize(("text", "pilot"), [
    ("Stade seed, quelques revenus de projets pilotes. Quels programmes fédéraux?", False),
    ("Seed stage with some revenue from pilot projects; which federal programs?", False),
    ("On a des revenus de projets pilotes et on veut un projet pilote dans un CIUSSS.", True),
])
def test_revenue_from_pilots_is_a_fact_not_a_need(text: str, pilot: bool) -> None:
    assert (Need.procurement_pilot in infer(text).needs) is pilot


@pytest.mark.parametrize(("text", "loan"), [
    ("Nous avons un candidat-médicament prêt pour la phase 1; quelles ressources pour l'essai?", False),
    ("Notre logiciel est prêt pour l'essai clinique; quels programmes?", False),
    ("On cherche un prêt pour la construction de notre usine.", True),
    ("Nous voulons un prêt pour l'achat d'équipement.", True),
    ("J'ai besoin d'environ 100 k$ en prêt pour commercialiser.", True),  # « en prêt »: as a loan
])
def test_ready_for_a_next_step_is_no_loan(text: str, loan: bool) -> None:
    assert (Need.loan in infer(text).needs) is loan


@pytest.mark.parametrize("text", ["We'd like to bring over a senior ML researcher who lives in France.",
                                  "On veut faire venir une chercheuse qui habite en Belgique."])
def test_bringing_over_a_hire_who_lives_abroad_asks_for_immigration_help(text: str) -> None:
    assert Need.immigration in infer(text).needs


def test_wanting_to_join_an_accelerator_is_a_need_not_being_in_one() -> None:
    p = infer("Pré-seed à Montréal. Je veux rentrer dans un accélérateur spécialisé en IA. Lequel?")
    assert Need.accelerator in p.needs and not p.in_incubator
    assert infer("Nous sommes dans un accélérateur à Montréal depuis six mois.").in_incubator


def test_a_compagnie_is_for_profit() -> None:
    assert infer("Ma compagnie est à Laval, on fait une app de santé.").for_profit is True


@pytest.mark.parametrize(("text", "listed"), [
    ("Y a-t-il des fonds pour les entrepreneurs noirs?", True),
    ("Are there grants for women founders in Québec?", True),
    ("Are there funds left in ESSOR this year?", False),
    ("Y a-t-il des frais pour le PARI?", False),
])
def test_are_there_programs_for_a_group_asks_for_a_list(text: str, listed: bool) -> None:
    assert asks_list(text) is listed


def test_a_sector_word_does_not_name_the_strategy_that_uses_it(assistant_bot: Assistant) -> None:
    """« Entreprise de biofabrication… quoi viser? » asks for programs; "biofabrication" alone is no document's name."""
    q = ("Entreprise de biofabrication à Mirabel, 200 employés, projet d'agrandissement de 25 M$. On cherche une "
         "contribution gouvernementale, remboursable ou pas. Quoi viser?")
    assert assistant_bot.ask(q).intent == "programs"
    assert assistant_bot.ask("Quels sont les piliers de la stratégie de biofabrication?").intent == "report"


@pytest.mark.parametrize(("text", "equity"), [
    ("On est une biotech, on lève une série A (~8 M$). C'est qui les bons fonds à approcher?", True),
    ("Notre entreprise lève des fonds cette année.", True),
    ("On a levé une série A l'an passé; quelles subventions?", False),
])
def test_a_round_being_raised_in_the_present_asks_for_investors(text: str, equity: bool) -> None:
    assert (Need.equity in infer(text).needs) is equity


@pytest.mark.parametrize("text", [
    "On a besoin de cash pour le fonds de roulement, mais on veut pas diluer, les VC c'est pas pour nous. Un prêt ça ferait la job.",
    "We need cash for working capital, but we don't want to dilute; VCs aren't for us right now. A loan would do.",
])
def test_investors_said_not_for_us_and_no_dilution_exclude_equity(text: str) -> None:
    p = infer(text)
    assert Instrument.equity not in p.instruments and Instrument.loan in p.instruments
    assert Need.equity not in p.needs


def test_what_is_wanted_stays_wanted() -> None:
    assert Instrument.equity in infer("We want VCs and angels for our seed round.").instruments


def test_which_r_and_d_tax_credits_asks_for_a_list() -> None:
    assert asks_list("My accountant says we qualify for CDAEIA; if not, which R&D tax credits can we get?")


@pytest.mark.parametrize(("text", "pilot"), [
    ("We want to validate our AI ECG device in Québec hospitals and hire two ML interns.", True),
    ("Validate the algorithm in Montreal clinics first.", True),
    ("We test our models in the cloud.", False),
])
def test_a_place_word_before_the_hospitals_to_validate_in(text: str, pilot: bool) -> None:
    assert (Need.procurement_pilot in infer(text).needs) is pilot
