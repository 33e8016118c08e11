"""The question apart from its context, misspelled program names, the programs open instead of a paused one, the body a
follow-up points at, and needs read from more wordings (2026-12-06, thirtieth session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.ask import asked_part
from assistant.understand.intent import focus_of
from assistant.understand.profile import infer
from common.vocab import Instrument, Need
from tests.helpers import last_answer

FITS = {"eligible", "likely", "check"}


# ---- the question apart from its context ------------------------------------------------------------------------
def test_the_asked_part_is_the_question_and_the_writers_own_wishes() -> None:
    text = "We're a 4-person AI startup in Montréal. We need a grant for our pilot. Our customer wants a demo. What fits?"
    assert asked_part(text) == "We need a grant for our pilot. What fits?"
    assert asked_part("On est six à Laval. On doit recruter à l'étranger. C'est quoi la voie la plus rapide?") == \
        "On doit recruter à l'étranger. C'est quoi la voie la plus rapide?"
    assert asked_part("Montréal startup, seed stage. Options") == "Options"
    assert asked_part("Notre jeune pousse cherche un partenaire. Notre client veut une démo. Qui paie?") == \
        "Notre jeune pousse cherche un partenaire. Qui paie?"  # no question mark: the last sentence


@pytest.mark.parametrize("question", [
    # a leading clause says what the question is for; a data engineer is a hire; a bank export is a file
    "For the remote-monitoring app we're piloting at the CHUS, what resting heart rate is considered normal for adults "
    "over 65?",
    "Write me a 60-day onboarding checklist for the clinical data engineer who joins our startup next month.",
    "In Google Sheets, how do I chart monthly burn from our National Bank export by category?",
])
def test_words_around_another_question_do_not_make_it_ours(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


def test_a_leading_clause_saying_what_a_question_is_for_is_context() -> None:
    assert asked_part("For the app we're piloting at the CHUS, what heart rate is normal?") == "what heart rate is normal?"
    assert asked_part("Pour l'appli qu'on pilote au CIUSSS, quelle tension est normale?") == "quelle tension est normale?"
    assert asked_part("For our 5-person startup, which grants fit?") == "which grants fit?"


@pytest.mark.parametrize(("text", "need", "read"), [
    ("We need access to clinical data from two hospitals.", Need.data_access, True),
    ("A clinical data scientist joins us next month.", Need.data_access, False),
    ("We want to export to the US next year.", Need.export, True),
    ("How do I chart burn from our bank export?", Need.export, False),
    ("We plan to raise a seed round.", Need.equity, True),
    ("What objections do IT teams raise about cloud AI?", Need.equity, False),
])
def test_a_need_word_used_for_something_else(text: str, need: Need, read: bool) -> None:
    assert (need in infer(text).needs) is read


@pytest.mark.parametrize("question", [
    # the context names a pilot, a customer abroad, investors: support words that are not what is asked
    "Our sepsis model is in a pilot at the CHUS and doing well. Can you remind me what the CHA2DS2-VASc score counts?",
    "Our US hospital customer wants an integration with their EHR. How does an HL7 v2 ADT message differ from a FHIR Encounter resource?",
    "We sell our monitoring software to three clinics in Boston. What's a sane way to version our training datasets, DVC or plain S3 prefixes?",
    "We're an AI radiology startup with 8 people, and our investors are happy with the pilot. How do you compute the Dice coefficient for a segmentation mask?",
    "Notre client aux États-Unis veut une intégration à son dossier patient. Quelle est la différence entre un message HL7 v2 ADT et une ressource FHIR Encounter?",
    "Nos investisseurs sont contents du projet pilote de notre startup en radiologie. Comment on calcule le coefficient de Dice pour un masque de segmentation?",
])
def test_a_founders_context_does_not_make_another_question_ours(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    # the context says what is wanted; the question is short or asks for support in other words
    "Three of us run a seed-stage digital health startup in Sherbrooke, no revenue yet. We'd rather borrow than give "
    "up equity. Who lends to a company like ours?",
    "On est trois dans une jeune pousse en santé numérique à Sherbrooke, sans revenus pour l'instant. On préfère "
    "s'endetter que diluer. Qui prête à une entreprise comme la nôtre?",
    "Entreprise d'IA à Québec, 30 employés, série A. On doit recruter trois scientifiques de données seniors à "
    "l'étranger au plus vite. C'est quoi la voie la plus rapide?",
    "We want to hire a senior ML researcher from Paris for our Montréal lab. What Québec tax break could she get on "
    "her income for the first few years?",
    "Laval pharma company, 200 employees. Health Canada just approved our new drug. How do we get it listed for RAMQ "
    "coverage?",
    # a fact of the support the context describes
    "There's a federal grant to move a technology from a university lab to market with a Canadian company partner. In "
    "the phase where the company pays at least half of the costs, what's the maximum amount?",
    "Our small company is filing a medical device application with Health Canada. Do we get a reduction on "
    "pre-market evaluation fees, and how much?",
    # what the money pays for, asked without a support word; the company's own wish
    "Our Montréal startup wants to trial its triage tool with a large partner organization before launch. Does the "
    "City have something that pays for that, and how much?",
])
def test_a_question_leaning_on_its_context_stays_ours(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("text", "need"), [
    ("What Québec tax break could she get on her income?", Need.tax_credit),
    ("Y a-t-il un avantage fiscal pour notre chercheuse étrangère?", Need.tax_credit),
    ("Any Québec tax incentive that helps?", Need.tax_credit),
    ("Who writes first cheques at this stage?", Need.equity),
    ("Qui fait des premiers chèques à ce stade-là?", Need.equity),
    ("How do we get it listed for RAMQ coverage?", Need.regulatory),
    ("On veut le faire évaluer et acheter par le réseau public québécois.", Need.procurement_pilot),
    ("We want it evaluated and bought by Québec's public network.", Need.procurement_pilot),
    ("Comment faire inscrire notre médicament sur la liste des médicaments?", Need.regulatory),
    ("Is there funding for a joint project with a hospital research team?", Need.collaborative_research),
    ("Is there federal help to sign an R&D collaboration agreement with a foreign partner?", Need.export),
    ("Une aide pour conclure une entente de R-D avec un partenaire étranger?", Need.collaborative_research),
])
def test_needs_read_from_more_wordings(text: str, need: Need) -> None:
    assert need in infer(text).needs


@pytest.mark.parametrize("text", [
    "We paid our first cheques to suppliers last month; which grants fit?",  # no investors sought
    "We're incubated at a university hospital; which grants fit?",  # where it is, not a partner sought
])
def test_controls_of_those_wordings(text: str) -> None:
    needs = infer(text).needs
    assert Need.equity not in needs and Need.collaborative_research not in needs


def test_a_licence_held_now_is_no_regulatory_need() -> None:
    text = "Notre dispositif cardiaque est maintenant homologué par Santé Canada. On veut le vendre au réseau public."
    assert Need.regulatory not in infer(text).needs


def test_who_lends_in_french_asks_loans() -> None:
    assert Instrument.loan in infer("Qui prête à une entreprise comme la nôtre?").instruments
    assert Instrument.loan in infer("Qui prêtent aux jeunes pousses en santé?").instruments


@pytest.mark.parametrize("question", [
    "Is there funding for a joint project with a hospital research team?",
    "Is there federal help to cover travel and legal fees to sign an R&D collaboration agreement with a foreign "
    "partner? Up to how much per project?",
    "Y a-t-il une aide fédérale pour payer les déplacements et les frais juridiques afin de conclure une entente de "
    "R-D avec un partenaire étranger? Jusqu'à combien par projet?",
])
def test_support_asked_with_deal_words_or_no_sector_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and [p for p in ans.programs if p.fit in FITS]


def test_the_share_of_an_interns_time_is_a_rate() -> None:
    assert focus_of("What minimum share of their time must the intern spend at the partner company?") == "rate"


# ---- misspelled program names -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("question", "figure"), [
    ("For a Mitacs Accelarate internship, what minimum share of their time must the intern spend at the partner "
     "company?", "50%"),
    ("Pour un stage Mitacs Accélaration, le stagiaire doit passer au moins quelle part de son temps chez "
     "l'entreprise partenaire?", "50 %"),
])
def test_a_misspelled_program_name_is_that_program(assistant_bot: Assistant, question: str, figure: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == "mitacs-accelerate" and figure in ans.answer


def test_a_name_sharing_only_its_last_words_is_no_misspelling(assistant_bot: Assistant) -> None:
    assert assistant_bot.names().close("Élan Santé Numérique") == []
    assert assistant_bot.names().close("Innovaton Corporation") == ["canada-innovation-corporation"]


# ---- the body a follow-up points at -----------------------------------------------------------------------------
@pytest.mark.parametrize(("turns", "first"), [
    (["We make a digital triage platform. Montréal, about 20 staff, Series A, $1.5M revenue. How do we get it "
      "adopted by the CISSS and CIUSSS?", "Who do we talk to first on the ministry side?"], "msss-bureau-innovation"),
    (["On fait une plateforme de triage numérique. Montréal, une vingtaine d'employés, série A, 1,5 M$ de revenus. "
      "Comment la faire adopter par les CISSS et CIUSSS?", "Qui on contacte en premier du côté du ministère?"],
     "msss-bureau-innovation"),
])
def test_a_follow_up_naming_a_kind_of_body_is_about_its_program(assistant_bot: Assistant, turns: list[str],
                                                                 first: str) -> None:
    assert last_answer(assistant_bot, turns).programs[0].id == first


def test_a_follow_up_naming_no_body_is_about_the_first_program(assistant_bot: Assistant) -> None:
    turns = ["On fait une plateforme de triage numérique. Montréal, une vingtaine d'employés, série A, 1,5 M$ de "
             "revenus. Comment la faire adopter par les CISSS et CIUSSS?"]
    first = last_answer(assistant_bot, turns).programs[0].id
    assert last_answer(assistant_bot, [*turns, "Qui on contacte en premier?"]).programs[0].id == first


# ---- what is open instead of a program taking no applications ---------------------------------------------------
@pytest.mark.parametrize(("turns", "lead"), [
    (["Montréal AI health startup, 30 employees, Series A, $3M ARR. We need to hire five data scientists fast and "
      "can't find them locally.", "Can we bring them in from abroad quickly?", "Would the Start-up Visa work for that?"],
     "open programs serve the same need"),
    (["Startup montréalaise en IA santé, 30 employés, série A, 3 M$ de revenus récurrents. On doit embaucher cinq "
      "scientifiques des données rapidement et on n'en trouve pas ici.", "Peut-on les faire venir de l'étranger "
      "rapidement?", "Le programme de visa pour démarrage d'entreprise, ça marcherait pour nous?"],
     "programmes ouverts pour le même besoin"),
])
def test_a_paused_program_asked_about_comes_with_open_ones(assistant_bot: Assistant, turns: list[str],
                                                           lead: str) -> None:
    ans = last_answer(assistant_bot, turns)
    assert ans.programs[0].id == "start-up-visa" and ans.programs[0].fit == "not_eligible"
    assert lead in ans.answer and "global-talent-stream" in [p.id for p in ans.programs[1:] if p.fit in FITS]


def test_an_open_program_asked_about_comes_alone(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("We're a 10-person Montréal medtech, seed stage. How much can IRAP give us?")
    assert "open programs serve the same need" not in ans.answer


# ---- one program described, its fact asked ----------------------------------------------------------------------
def test_the_program_that_describes_one_program_not_a_list() -> None:
    from assistant.understand.intent import asks_list

    assert not asks_list("The federal program that paid for an SME's digital adoption plan: how much was the grant?")
    assert not asks_list("The program for women founders: how much does it lend?")
    assert asks_list("Is there a program that pays for interns?") and asks_list("Which programs for a seed startup?")


@pytest.mark.parametrize(("question", "program", "figure"), [
    ("The City of Montréal has a subsidy to test our innovation with a large established organization. What's the "
     "maximum annual sales a start-up can have to be eligible?", "montreal-innovation-ouverte", "$2M"),
    ("The federal program that paid for an SME's digital adoption plan: how much was the grant, and since when has it "
     "stopped taking new applications?", "cdap", "15,000"),
    # which body offers a service: the body asked about is not where the company is
    ("Quel organisme québécois offre un service pour accélérer l'approbation des essais cliniques de phase précoce "
     "dans les établissements de santé, et quel délai d'approbation vise-t-il?", "catalis-fast-track", "8 semaines"),
    ("Which Québec organization offers a service to speed up approval of early-phase clinical trials in health "
     "institutions, and what approval time does it aim for?", "catalis-fast-track", "8 weeks"),
])
def test_a_described_program_gets_its_fact(assistant_bot: Assistant, question: str, program: str, figure: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs[0].id == program and figure in ans.answer


@pytest.mark.parametrize(("text", "focus"), [
    ("Dans quelle fourchette de coûts de calcul une proposition doit-elle se situer?", "amount"),
    ("What's the maximum annual sales a start-up can have to be eligible?", "eligibility"),
    ("Quel chiffre d'affaires maximal pour être admissible?", "eligibility"),
])
def test_more_focus_wordings(text: str, focus: str) -> None:
    assert focus_of(text) == focus


@pytest.mark.parametrize(("text", "stage"), [
    ("We want to test our innovation with a large established organization.", None),
    ("On veut tester notre solution avec une grande entreprise établie.", None),
    ("We are an established medtech company with 80 employees.", "established"),
    ("Entreprise établie de diagnostic à Québec, 50 employés.", "established"),
])
def test_an_established_partner_is_not_the_companys_stage(text: str, stage: str | None) -> None:
    got = infer(text).stage
    assert (got.value if got else None) == stage


def test_the_health_technology_assessment_serves_access_to_the_public_network(assistant_bot: Assistant) -> None:
    inesss = assistant_bot.retriever.snapshot.programs["inesss-innovations-non-pharma"]
    assert Need.procurement_pilot in inesss.needs and Need.regulatory in inesss.needs


@pytest.mark.parametrize("question", [
    "The FMSQ fund for rolling out innovations in specialized medicine: still open? What was the max per project?",
    "Le fonds de la FMSQ pour implanter des innovations en médecine spécialisée : est-il encore ouvert? Quel était le "
    "maximum par projet?",
])
def test_a_program_described_by_its_bodys_acronym_is_that_bodys(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs[0].id == "propulsion-sante"
    assert "400" in ans.answer and ans.programs[0].fit == "not_eligible"  # its 2023 call closed


def test_an_ampersand_joins_two_asks() -> None:
    from assistant.answer.figure_asks import question_parts

    assert question_parts("CDL-MTL: how many months is the program & who runs it?") == [
        "CDL-MTL: how many months is the program", "who runs it?"]


@pytest.mark.parametrize(("text", "region"), [
    ("Quel organisme québécois offre un service pour accélérer l'approbation des essais cliniques?", None),
    ("Quelle entreprise montréalaise a reçu le plus?", None),
    ("Notre organisme québécois cherche des subventions.", "QC"),
    ("Entreprise montréalaise de 8 personnes.", "montreal"),
])
def test_the_body_asked_about_is_not_where_the_company_is(text: str, region: str | None) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize(("question", "said"), [
    ("CDL-MTL: how many months is the program & who runs it?", "Operator: HEC Montréal"),
    ("Le CDL-Montréal, ça dure combien de mois pis qui gère ça?", "Organisme : HEC Montréal"),
])
def test_who_runs_a_program_is_its_operator_cited(assistant_bot: Assistant, question: str, said: str) -> None:
    ans = assistant_bot.ask(question)
    line = next(x for x in ans.answer.splitlines() if said in x)
    assert "[1]" in line and "9" in ans.answer


@pytest.mark.parametrize(("text", "equity"), [
    ("How much equity is normal for a first VP Engineering hire?", False),
    ("How much equity should we give our CTO?", False),
    ("What objections do hospital IT teams raise about cloud-hosted AI?", False),
    ("We want equity investors for our Series A.", True),
    ("We plan to raise our seed round next spring.", True),
])
def test_equity_paid_to_a_hire_or_objections_raised_ask_no_investors(text: str, equity: bool) -> None:
    assert (Need.equity in infer(text).needs) is equity


def test_objections_raised_on_a_sales_call_are_not_ours(assistant_bot: Assistant) -> None:
    assert assistant_bot.ask("What objections do hospital IT security teams usually raise about cloud-hosted AI, and "
                             "how do I handle them on a sales call?").abstained


@pytest.mark.parametrize(("pid", "lang", "said"), [
    ("conge-fiscal-experts-etrangers", "en", "100% of the expert's employment income exempt from tax per employee"),
    ("conge-fiscal-experts-etrangers", "fr", "100\u00a0% du revenu d'emploi de l'expert exempté d'impôt par employé"),
    ("canada-summer-jobs", "en", "50% of the provincial minimum wage per intern"),
    ("sred", "en", "35% of eligible costs per year"),  # no base: the eligible costs
])
def test_a_rate_says_what_it_is_a_share_of(assistant_bot: Assistant, pid: str, lang: str, said: str) -> None:
    from assistant.answer.amounts import company_amount

    assert company_amount(assistant_bot.retriever.snapshot.programs[pid], lang).startswith(said)


@pytest.mark.parametrize(("text", "immigration", "export"), [
    ("We want to hire two international ML researchers this year.", True, False),
    ("On veut embaucher des chercheurs internationaux.", True, False),
    ("We want to expand to international markets.", False, True),
    ("Nos ventes internationales augmentent; on veut percer aux États-Unis.", False, True),
])
def test_international_hires_are_immigration_not_a_market(text: str, immigration: bool, export: bool) -> None:
    needs = infer(text).needs
    assert (Need.immigration in needs) is immigration and (Need.export in needs) is export
