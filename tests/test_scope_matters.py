"""Matters the corpus does not cover, whoever asks (a foreign regulator's steps, a sales tax, one's own immigration
status, company set-up), declined; the same words beside a request for support still answered; "Ottawa" as the
federal government; "who can apply" as who qualifies."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.advice import about_deal, outside
from assistant.understand.intent import focus_of, focuses_of
from assistant.understand.profile import infer


@pytest.mark.parametrize(("question", "code"), [
    ("How much is the FDA user fee for a 510(k) this year for a small Montréal device maker?", "US"),
    ("Combien coûte le marquage CE sous le MDR pour notre logiciel médical de classe IIa?", "EU"),
    ("How long does the UKCA marking take for our wearable?", "UK"),
    # Support asked, or a need programs serve stated in the sentence that names the regulator: ours.
    ("Which grants help a Laval medtech pay for its FDA submission?", None),
    ("Notre medtech veut percer le marché américain et obtenir l'homologation de la FDA : quel soutien à l'export?",
     None),
])
def test_a_foreign_regulators_procedure_is_not_covered(assistant_bot: Assistant, question: str,
                                                       code: str | None) -> None:
    assert assistant_bot.scope.regulator(question) == code
    ans = assistant_bot.ask(question)
    assert ans.abstained is (code is not None)


def test_the_decline_names_the_regulators_jurisdiction(assistant_bot: Assistant) -> None:
    fr = assistant_bot.ask("Quels sont les frais de la FDA pour une demande 510(k)?")
    en = assistant_bot.ask("What are the FDA fees for a 510(k) filing?")
    assert fr.abstained and "(États-Unis)" in fr.answer and "autorité réglementaire" in fr.answer
    assert en.abstained and "(United States)" in en.answer and "regulator" in en.answer


@pytest.mark.parametrize(("question", "off"), [
    ("Do we need to register for GST and QST once our SaaS passes $30,000 in sales?", True),
    ("Doit-on percevoir la TPS et la TVQ sur nos licences vendues en Ontario?", True),
    ("How do I apply for permanent residence after my PhD at McGill?", True),
    ("Quel pointage CRS me faut-il pour Entrée express comme ingénieure en IA?", True),
    # A hire's work permit is the Global Talent Stream's subject; support asked in words stays ours.
    ("Which programs help us bring a foreign AI researcher to Montréal on a work permit?", False),
    ("Which grants can a startup get while its founder waits for permanent residence?", False),
])
def test_a_tax_to_collect_or_ones_own_immigration_status_is_not_covered(
        assistant_bot: Assistant, question: str, off: bool) -> None:
    assert outside(question) is off
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("What clauses belong in a shareholders' agreement for three co-founders, and what do lawyers charge for one?",
     True),
    ("Combien coûte le fait de s'incorporer au fédéral plutôt qu'au provincial pour deux cofondateurs?", True),
    ("We're not incorporated yet: which grants can a health-AI team get?", False),  # support asked
])
def test_company_set_up_is_advice_no_passage_answers(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert about_deal(question) or not off
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize("question", [
    "How do I apply for Investissement Québec's 'Cap Santé IA', the innovation voucher for health startups?",
    "Comment obtenir le « Chèque Santé Numérique » pour notre jeune pousse?",
    "We set up a Delaware subsidiary; can it get NIH grants for our imaging AI?",
])
def test_programs_we_do_not_hold_quoted_or_from_abroad_are_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("text", "province"), [
    ("How much did Ottawa commit to the life-sciences strategy?", None),
    ("Combien Ottawa a-t-il investi dans la stratégie en IA?", None),
    ("Quels programmes la ville d'Ottawa offre-t-elle aux jeunes pousses?", "ON"),
    ("Which grants does the City of Ottawa give to startups?", "ON"),
    # whatever the verb: a government acts, a city is a place said as one
    ("Under the loan program where banks lend and Ottawa shares the loss, what is the cap?", None),
    ("Dans le programme où Ottawa partage le risque de perte avec la banque, quel est le plafond?", None),
])
def test_ottawa_as_the_federal_government_is_not_ontario(assistant_bot: Assistant, text: str,
                                                         province: str | None) -> None:
    assert assistant_bot.scope.uncovered_place(text, infer(text)) == province


@pytest.mark.parametrize(("text", "region"), [
    ("We are an Ottawa company.", "ON"),
    ("Nous sommes une entreprise d'Ottawa.", "ON"),
    ("We're an Ottawa-based medtech.", "ON"),
    ("Our medtech is based in Ottawa and opening a lab in Montréal.", "montreal"),
])
def test_ottawa_the_city_is_in_ontario(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize(("question", "first", "applies"), [
    ("Who can apply?", "eligibility", False),
    ("Qui peut présenter une demande au CRIC?", "eligibility", False),
    ("Qui peut postuler à ce programme?", "eligibility", False),
    ("How do we apply?", "apply", True),
    ("Who can apply, and how do we apply?", "eligibility", True),
])
def test_who_can_apply_asks_who_qualifies(question: str, first: str, applies: bool) -> None:
    assert focus_of(question) == first
    assert ("apply" in focuses_of(question)) is applies


@pytest.mark.parametrize("question", [
    "When is the deadline for an NSERC Discovery Grant, and can our startup be on it?",
    "Is the CIHR Project Grant open to a startup with a hospital partner?",
])
def test_another_program_of_one_of_our_operators_is_not_covered(assistant_bot: Assistant, question: str) -> None:
    """NSERC runs programs of the corpus, but none named "Discovery": that one is not held."""
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "off"), [
    # an unknown name right after one of our operators' names: another of its programs, which we do not hold
    ("Can our startup host a foreign undergraduate next summer through Mitacs Globalink?", True),
    ("Notre jeune pousse peut-elle accueillir une stagiaire étrangère via Mitacs Globalink?", True),
    ("What does the MEDTEQ+ Tremplin voucher cover?", True),
    # the operator's programs of the corpus, a company or a person after a name: still answered
    ("Is Mitacs Accelerate open to startups?", False),
    ("Marie Dubois, fondatrice de NeuroPixel à Trois-Rivières : existe-t-il un prêt pour une jeune pousse?", False),
    # a program held by an organisation we do not hold
    ("Could NBIF's startup investment fund put money into our AI company if we open a subsidiary in Moncton?", True),
    ("Le fonds d'investissement en démarrage de la FINB pourrait-il investir dans notre filiale de Moncton?", True),
    # the asker's own company in the possessive, and "us" in lower case as the asker's team: answered
    ("Our company Nuvoda's R&D grant application was refused; what other programs exist?", False),
    ("Nuvoda's seed round is closing; which grants fit us now?", False),
])
def test_a_program_named_beside_an_operator_or_an_owner_we_do_not_hold_is_declined(
        assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize("question", [
    "Mitacs, c'est ouvert aux startups?",
    "Les Bourses Mitacs sont-elles ouvertes aux jeunes pousses?",
    "Is Mitacs open to startups?",
    "Is the NSERC Alliance grant open to our startup?",
])
def test_an_operator_named_alone_gets_its_programs(assistant_bot: Assistant, question: str) -> None:
    """A one-word operator name the corpus only writes capitalised ("Mitacs") says what the question is about."""
    ans = assistant_bot.ask(question)
    assert not ans.abstained and any(p.id.startswith(("mitacs", "nserc")) for p in ans.programs[:2])


@pytest.mark.parametrize("question", [
    # a program named in quotes right before its program word, or after one with its adjective
    "What's the ceiling of the FRQ's 'Tremplin Santé 2027' seed grant for a spin-off?",
    "C'est quoi le montant max du prêt pardonnable « Élan Santé Numérique » d'Investissement Québec?",
    # a capitalised name after a program word, lower case
    "Le programme Growth Catalyst de l'agence peut investir combien dans une jeune pousse?",
    # a foreign country's money with several words between
    "Could we get American federal small-business innovation research grants through a Delaware parent?",
])
def test_more_ways_of_naming_a_program_we_do_not_hold(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "off"), [
    ("I'd like to do a PhD in medical imaging at McGill: when is the admission deadline?", True),
    ("Combien coûtent les droits de scolarité d'une maîtrise en génie biomédical?", True),
    ("Under Law 25, what must our app's consent screen say?", True),
    ("How big is the market for digital therapeutics in Canada, and how fast is it growing?", True),
    ("Comment brancher notre outil sur le dossier patient avec FHIR?", True),
    ("How much did the acquirer pay when it acquired that Montréal AI lab?", True),
    ("I cover Montréal AI for a newspaper: how much did Nuvora pay when it acquired Sentilab last year?", True),
    # a need programs serve keeps it ours
    ("Which grants help a startup validate its FHIR integration in a hospital?", False),
    ("Quels programmes aident une jeune pousse à se conformer à la Loi 5 pour accéder aux données de santé?", False),
])
def test_matters_no_program_answers(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("Who were the founders of Mila, and what year did it open?", True),
    ("Quelle est l'adresse du siège social de MEDTEQ+?", True),
    ("What are the admission requirements for Concordia's BEng program for international students?", True),
    # support asked in words, or a study among the nearest passages: ours
    ("Quelle est la date limite de l'appel MEDTEQ+ ?", False),
    ("Combien de jeunes pousses en IA santé au Québec selon l'étude?", False),
    ("What share of Québec AI companies work in health?", False),
])
def test_one_signal_without_support_asked_needs_a_close_passage(assistant_bot: Assistant, question: str,
                                                                off: bool) -> None:
    # declined as off topic, or answered from the corpus (which may say the figure asked is not in the sources)
    assert (assistant_bot.ask(question).intent == "off_topic") is off


@pytest.mark.parametrize("question", [
    "Notre SARL à Bordeaux développe un logiciel d'IA en santé : quelles aides régionales?",
    "Our GmbH in Munich builds AI for radiology; which grants can we get?",
    "On lance un label de musique électronique à Québec; quelles subventions?",
])
def test_a_company_form_abroad_or_a_music_label_is_not_ours(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "off"), [
    ("Est-ce qu'Innosuisse finance les jeunes pousses suisses en medtech?", True),  # « qu' » before the name
    ("Does the Wellcome Trust fund British digital health startups?", True),
    ("Quelles subventions pour une entreprise de tutorat en mathématiques à Laval?", True),
    ("Est-ce qu'Investissement Québec finance les startups en IA?", False),
    ("Does Mitacs fund interns at a Montréal biotech?", False),
    # another trade adopting AI is not an AI × health company (2026-12-05); health work in words keeps it ours
    ("Which grants fit a cosmetics company using AI to personalise skin-care formulas?", True),
    ("Notre vignoble en Estrie veut utiliser l'IA pour prévoir le gel : quelles subventions?", True),
    ("J'ai une entreprise de camionnage à Lévis et je veux de l'IA pour planifier mes trajets. Des programmes?", True),
    ("Our trucking firm wants AI route planning for deliveries of medical supplies to hospitals; which programs?", False),
])
def test_whether_a_body_we_do_not_hold_funds_it_or_another_trade(assistant_bot: Assistant, question: str,
                                                                 off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("Our startup is based in Tel Aviv; which Israeli grants fit an AI radiology company?", True),
    ("We're a Miami-based digital health startup; which Florida grants can we get?", True),
    ("Our machine shop in Mirabel wants to automate; which programs?", True),
    # selling there, or hiring from there, is ours
    ("Notre jeune pousse montréalaise veut vendre son logiciel d'IA à des hôpitaux de Tel Aviv : quelles aides à l'export?",
     False),
    ("Can Mitacs help us hire an intern from Chicago for our Montréal AI lab?", False),
])
def test_a_home_in_a_foreign_hub_or_a_machine_shop_is_not_ours(assistant_bot: Assistant, question: str,
                                                                off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


def test_contact_details_and_deal_news_in_french_are_matters_no_program_answers() -> None:
    assert outside("Quel est le numéro de téléphone du bureau?") and outside("What are the opening hours of the office?")
    assert about_deal("Combien ServiceNow a-t-il payé pour Element AI?")


@pytest.mark.parametrize(("question", "off"), [
    ("Mitacs pour une startup?", False),  # an operator and the kind of company asking: ours, however terse
    ("Pour une entreprise marocaine installée à Rabat, quelles subventions à l'innovation?", True),
    ("Are there state grants for a Texan diagnostics startup based in Austin?", True),
    ("Translate this into German: 'We are hiring two data scientists.'", True),
    ("Je suis arrivée du Maroc il y a deux ans; ma startup en santé numérique à Montréal peut-elle avoir un prêt?", False),
])
def test_terse_operator_questions_and_homes_abroad(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("Write two punchy LinkedIn posts announcing our AI triage tool's launch.", True),
    ("Rédige-moi un communiqué pour annoncer notre nouvelle appli de santé.", True),
    ("We're a Houston pediatric AI startup; how do we apply for a cancer research award?", True),
    ("Can you write a summary of the grants for my AI health startup in Montréal?", False),
    ("We partner with a German medical device maker; which grants fit our Montréal AI startup?", False),
])
def test_marketing_copy_to_write_and_a_home_abroad_with_two_words_between(assistant_bot: Assistant, question: str,
                                                                        off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    # a home abroad with the company's field between (« jeune pousse en génomique à Bordeaux »)
    ("Nous sommes une jeune pousse en génomique à Bordeaux : quelles subventions pour l'IA?", True),
    ("We're a startup in digital health in Munich looking for AI grants.", True),
    ("Notre jeune pousse en génomique veut exporter à Bordeaux : quelles aides?", False),  # a market
    # company news and events, a procedure's steps, one's own job application
    ("Did Mindsight buy another medical imaging startup last year?", True),
    ("Quelle medtech québécoise a fait la plus grosse ronde cette année, et qui a mené la ronde?", True),
    ("What happened at last week's Québec digital health summit?", True),
    ("What's the process to register a trademark for our AI triage app?", True),  # abroad, CanExport pays for it
    ("Quelle est la procédure pour enregistrer une marque de commerce pour notre logiciel d'IA?", True),
    ("Rédige une lettre pour ma candidature comme coordonnatrice de recherche clinique.", True),
    ("What's the process to get a Mitacs intern for our AI health startup?", False),  # a program's steps
    ("Which investors led the biggest Series A rounds in Québec medtech, and do they invest in seed startups?", False),
])
def test_a_field_before_a_home_abroad_news_procedures_and_job_applications(assistant_bot: Assistant, question: str,
                                                                          off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    # one government's support asked is support asked, alone as in a follow-up
    ("Is there any financing at the municipal or local level?", False),
    ("Y a-t-il du financement au niveau municipal ou local?", False),
    ("Is there federal funding for my home renovation?", True),  # a household matter all the same
])
def test_one_governments_support_asked_alone_is_ours(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("I'm doing a master's in pharmacy at Université de Montréal and have a startup idea: an AI tool for drug "
     "interactions. I'm looking for entrepreneurship training and coaching.", False),
    ("Je suis en train de faire une maîtrise à l'Université Laval et j'ai une idée de jeune pousse en IA pour la "
     "santé : je cherche du coaching pour démarrer.", False),
    # studies for oneself, asked as such: no program answers it
    ("Should I do a master's before founding my startup?", True),
])
def test_the_askers_own_studies_are_her_situation_not_the_matter_asked(assistant_bot: Assistant, question: str,
                                                                       off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    # who asks and in what field, but nothing any program gives: no passage close, no study near
    ("Our health AI startup in Montréal has 6 people. Is a four-day work week a good idea for our engineers?", True),
    ("Notre medtech de Sherbrooke hésite : des portables Mac ou PC pour nos développeurs en IA?", True),
    ("Will large language models make radiology reports written by humans obsolete within five years?", True),
    ("Notre jeune pousse en santé numérique à Québec : combien coûte une assurance responsabilité civile?", True),
    # a study's or a policy's figure, or support asked: ours
    ("How many AI-health startups did the 2019 Québec study count?", False),
    ("Combien d'entreprises en sciences de la vie au Québec développaient déjà de l'IA en 2019?", False),
    ("Our health AI startup in Montréal has 6 people. Which grants could pay part of our engineers' salaries?", False),
])
def test_a_question_asking_no_support_needs_a_close_passage_or_a_study(assistant_bot: Assistant, question: str,
                                                                       off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off
