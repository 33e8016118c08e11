"""Readings fixed in the forty-first session (2026-12-07), French and English alike: what one recipient can get
(« qu'un projet peut aller chercher », "a single project can get", a prize's winning team, « par compagnie ») is an
amount for one, not a program's total; a typical or average cheque (« le chèque moyen ») asks an amount; an amount asked
twice in other words is still the one thing asked; an owner's possessive ending in s ("Mitacs' program that…") and a
name with a plus ("the MEDTEQ+-run fund") describe one program; a foreign regulator asked in its own clause ("We're
going after the US — what's the FDA fee…?") is outside the corpus even when another clause states a need; Québec
beside the federal level (« au fédéral pis au Québec ») asks both governments; the labour shortage a product addresses
is no hiring need; an advisor's client is the company; « la dernière date limite » is a date, not the last program
listed; quotation marks are no words of a short follow-up; a hyphenated word is read by its parts for the language;
« si je le combine » points at the program shown, as "if I stack it" does; a digest sentence's words that are another
record's title still count (« la puissance de calcul »); a second ask by a pronoun (« pis ça représentait combien? »)
is about the document the question names; "We'd" is no acronym of the WE Loan Fund; "how high does it go?" asks an
amount; a program that stands out for its description is no off-topic question."""

from __future__ import annotations

import pytest

from assistant.answer.described import describes_one, owners
from assistant.answer.measures import amount_alone
from assistant.answer.recipient import asks_per_one
from assistant.service import Assistant
from assistant.understand.intent import asks_list, focuses_of
from assistant.understand.level import asked_government
from assistant.understand.profile import infer
from common.lang import detect, fold
from common.vocab import Government, Need
from tests.helpers import last_answer


@pytest.mark.parametrize(("question", "expected"), [
    ("Quel est le montant maximal qu'un projet peut aller chercher?", True),
    ("What's the maximum a single project can get?", True),
    ("C'est combien le montant qu'une entreprise peut recevoir?", True),
    ("How much can one company receive?", True),
    ("Combien le fonds investit-il par compagnie?", True),
    ("How much does the fund invest per company?", True),
    ("L'équipe gagnante du concours repart avec combien?", True),
    ("How much does the winning team of the competition take home?", True),
    ("Combien le fonds totalise-t-il?", False),
    ("How big is the fund in total?", False),
])
def test_what_one_recipient_gets_is_asked_in_both_languages(question: str, expected: bool) -> None:
    assert asks_per_one(question) is expected


@pytest.mark.parametrize("question", [
    "C'est quoi leur chèque moyen en pré-amorçage?",
    "What's their typical cheque at pre-seed?",
    "Quel est l'investissement typique du fonds?",
    "What's the fund's average investment?",
])
def test_a_typical_or_average_cheque_asks_an_amount(question: str) -> None:
    assert focuses_of(question) == ["amount"]


@pytest.mark.parametrize("question", ["Quel est l'âge moyen des fondateurs?", "What's the average age of founders?"])
def test_an_average_of_no_money_asks_no_amount(question: str) -> None:
    assert "amount" not in focuses_of(question)


@pytest.mark.parametrize(("question", "expected"), [
    ("C'est quoi leur chèque typique? Genre leur investissement moyen par startup?", True),
    ("What's their typical cheque? Like their average investment per startup?", True),
    ("Qu'est-ce que ça finance, et jusqu'à combien?", False),
    ("What does it fund, and up to how much?", False),
    ("C'est quoi le PARI? Ça donne combien?", False),  # « c'est quoi » asks too
    ("What is IRAP? How much does it give?", False),
])
def test_an_amount_asked_again_in_other_words_is_the_one_thing_asked(question: str, expected: bool) -> None:
    assert amount_alone(question) is expected


@pytest.mark.parametrize(("text", "one"), [
    ("Mitacs' program that covers founders' trips abroad: how much per trip?", True),
    ("For the MEDTEQ+-run fund that pays for demonstrations in care settings, what's the max?", True),
    ("Le programme de Mitacs qui couvre les voyages des fondateurs : combien par voyage?", True),
    ("Which programs pay for trips abroad?", False),
])
def test_a_possessive_in_s_and_a_name_with_a_plus_describe_one_program(text: str, one: bool) -> None:
    assert describes_one(text) is one


def test_an_owner_possessive_in_s_is_an_owner_and_no_list() -> None:
    text = "Mitacs' program that covers founders' business trips abroad — how much does it pay per trip?"
    assert owners(text) == ["Mitacs"]
    assert not asks_list(text)
    assert asks_list("Is there a program that covers business trips abroad?")


@pytest.mark.parametrize("question", [
    "We're also going after the US — what's the FDA user fee for a 510(k) submission?",
    "On vise aussi les États-Unis : combien coûtent les frais d'une soumission 510(k) à la FDA?",
])
def test_a_foreign_regulator_asked_in_its_own_clause_is_outside_the_corpus(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.scope.regulator(question) == "US"
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "We want to export to the US: which grants help pay for FDA clearance?",
    "On veut exporter aux États-Unis : quelles subventions aident à payer l'homologation FDA?",
])
def test_support_asked_for_a_foreign_approval_is_still_answered(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.scope.regulator(question) is None
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Le programme de Mitacs qui paie les voyages d'affaires des fondateurs à l'étranger donne combien par voyage?",
    "Mitacs' program that pays for founders' business trips abroad — how much does it give per trip?",
])
def test_an_owners_program_told_by_what_it_does_is_the_program_asked(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs[0].id == "mitacs-entrepreneur-international"


@pytest.mark.parametrize("text", [
    "Quels crédits d'impôt remboursables on peut aller chercher, au fédéral pis au Québec?",
    "Which refundable tax credits can we claim, federal and Quebec?",
    "Des crédits du Québec et du fédéral?",
    "Quebec or federal credits?",
])
def test_quebec_beside_the_federal_level_asks_both_governments(text: str) -> None:
    assert asked_government(fold(text)) is None


@pytest.mark.parametrize(("text", "government"), [
    ("Des subventions fédérales pour notre startup au Québec?", Government.federal),
    ("Any federal grants for Quebec startups?", Government.federal),
])
def test_the_federal_level_asked_for_a_quebec_company_is_still_federal(text: str, government: Government) -> None:
    assert asked_government(fold(text)) is government


@pytest.mark.parametrize(("text", "talent"), [
    ("Notre outil fait les horaires des infirmières pour aider avec la pénurie de main-d'œuvre. Quelle aide existe?", False),
    ("Our tool builds nurse schedules to help with the shortage of staff. What support exists?", False),
    ("On manque de main-d'œuvre pour notre labo : quelles aides?", True),
    ("We need to hire staff for our lab: what support exists?", True),
])
def test_the_sectors_labour_shortage_a_product_addresses_is_no_hiring_need(text: str, talent: bool) -> None:
    assert (Need.talent in infer(text).needs) is talent


def test_both_governments_asked_in_french_get_both_credits(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("On a dépensé 400 000 $ en salaires de R-D l'an passé à Laval. Quels crédits d'impôt "
                            "remboursables on peut aller chercher, au fédéral pis au Québec?")
    assert {"sred", "cric"} <= {p.id for p in ans.programs[:3]}


@pytest.mark.parametrize("text", [
    "Il veut maximiser les crédits sur les salaires de ses devs pis aller chercher aussi le crédit fédéral pour sa R-D.",
    "They want to get the most out of credits on developer salaries and also claim the federal credit for their R&D.",
])
def test_credits_on_salaries_or_for_rd_are_tax_credits_and_the_federal_one_is_one_item(text: str) -> None:
    profile = infer(text)
    assert Need.tax_credit in profile.needs
    assert profile.government is None  # "federal" qualifies the second item only: both levels' credits are wanted


def test_a_line_of_credit_is_no_tax_credit() -> None:
    assert Need.tax_credit not in infer("On a une marge de crédit pour notre R-D; on cherche des subventions.").needs


@pytest.mark.parametrize(("text", "region"), [
    ("Mon client à Québec (Saint-Roch) édite un logiciel d'IA.", "capitale-nationale"),
    ("A client of mine in Québec City (Saint-Roch) publishes AI software.", "capitale-nationale"),
    ("Ma cliente à Sherbrooke fabrique des capteurs.", "estrie"),
    ("A client of mine in Sherbrooke makes sensors.", "estrie"),
    ("Nous sommes à Laval et nos clients sont à Sherbrooke.", "laval"),
    ("We're in Laval and sell to clients in Sherbrooke.", "laval"),
])
def test_an_advisors_client_is_where_the_company_is_and_a_companys_clients_are_a_market(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("turns", [
    ["Génome Québec a un programme pour des preuves de concept en santé humaine avec une entreprise, c'est ça?",
     "ok pis la dernière date limite, c'était quand?"],
    ["Genome Québec has a program for proof-of-concept work in human health with a company, right?",
     "ok and when was the last deadline?"],
])
def test_the_last_deadline_is_a_date_not_the_last_program_listed(assistant_bot: Assistant, turns: list[str]) -> None:
    assert last_answer(assistant_bot, turns).programs[0].id == "genome-quebec-integration"


@pytest.mark.parametrize("turns", [
    ["C'est quoi les réductions de frais que Santé Canada donne aux petites entreprises pour les instruments médicaux?",
     "ok pis c'est quoi la limite pour être considéré comme une « petite entreprise »?"],
    ["What fee breaks does Health Canada give small businesses on medical devices?",
     "ok and what's the cutoff to count as a \"small business\"?"],
])
def test_quotation_marks_are_no_words_of_a_short_follow_up(assistant_bot: Assistant, turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    assert not ans.abstained and ans.programs[0].id == "health-canada-small-business-fee-reduction"


@pytest.mark.parametrize(("text", "lang"), [
    ("Ok pis on peut-tu appliquer direct nous-mêmes?", "fr"),
    ("Dites-moi si ça s'applique", "fr"),
    ("Ok, can we just apply directly?", "en"),
    ("State-of-the-art AI start-up: any grants?", "en"),
])
def test_hyphenated_words_are_read_by_their_parts_for_the_language(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("turns", [
    ["Startup de 6 personnes à Montréal, on lance notre plateforme de télé-réadaptation. PME MTL a-tu du financement "
     "pour commercialiser une innovation?", "Ok pis si je le combine avec leur autre fonds, je peux monter jusqu'à combien max?"],
    ["We're a 6-person startup in Montréal launching a tele-rehab platform. Does PME MTL have financing to commercialize "
     "an innovation?", "OK, and if I stack it with their other fund, what's the most I can get in total?"],
])
def test_a_french_pronoun_before_a_conjugated_verb_points_at_the_program_shown(assistant_bot: Assistant,
                                                                               turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    assert ans.intent == "fact" and ans.programs[0].id == "pme-mtl-innovation"


@pytest.mark.parametrize(("question", "figure"), [
    ("Dans le budget provincial de mars 2019, c'était combien le montant réservé à la puissance de calcul pour l'IA?", "34,5"),
    ("In the provincial budget of March 2019, how much was set aside for AI computing power?", "34.5"),
])
def test_a_budget_line_named_like_a_program_is_still_the_line_asked(assistant_bot: Assistant, question: str,
                                                                     figure: str) -> None:
    """The compute fund's record is titled « puissance de calcul »: its title's words still count for the budget's
    own sentence about computing power."""
    assert figure in assistant_bot.ask(question).answer


@pytest.mark.parametrize(("question", "figure"), [
    ("La stratégie québécoise des sciences de la vie 2022-2025, elle a été dévoilée quand pis ça représentait combien "
     "d'argent au total?", "211"),
    ("Québec's 2022-2025 life sciences strategy: when was it unveiled, and how much money did it represent in total?",
     "211"),
])
def test_a_second_ask_by_a_pronoun_is_about_the_document_the_question_names(assistant_bot: Assistant, question: str,
                                                                            figure: str) -> None:
    answer = assistant_bot.ask(question).answer
    assert figure in answer and "2022" in answer


@pytest.mark.parametrize("question", [
    "Black founder here, digital health startup in Laval. Is there a loan fund for Black entrepreneurs? We'd need $50K.",
    "Fondateur noir, startup de santé numérique à Laval. Y a-tu un fonds de prêts pour les entrepreneurs noirs? On aurait besoin de 50k.",
])
def test_a_pronoun_at_a_sentence_start_is_no_acronym_of_a_name(assistant_bot: Assistant, question: str) -> None:
    """"We'd" is not the WE Loan Fund (the women's fund): its capital is the sentence's, and "we" a common word."""
    ids = [p.id for p in assistant_bot.ask(question).programs]
    assert ids[0] == "black-entrepreneurship-loan-fund" and "wes-loan-fund" not in ids[:1]


def test_an_acronym_that_is_a_common_word_still_names_its_program_in_capitals(assistant_bot: Assistant) -> None:
    assert [p.id for p in assistant_bot.ask("What's the maximum of the WE Loan Fund?").programs][:1] == ["wes-loan-fund"]


@pytest.mark.parametrize("question", ["The start-up grant for young Montréal companies, how high does it go?",
                                      "La bourse de démarrage pour les jeunes entreprises montréalaises, ça va jusqu'à combien?"])
def test_how_high_does_it_go_asks_an_amount(question: str) -> None:
    assert focuses_of(question) == ["amount"]


@pytest.mark.parametrize("question", [
    "The federal government sometimes buys a late-stage prototype that isn't on the market yet and tests it in real "
    "conditions. In the most recent health call, what was the maximum contract value for the standard component?",
    "Le gouvernement fédéral achète parfois un prototype avancé, pas encore commercialisé, pour le mettre à l'essai en "
    "conditions réelles. Lors du dernier appel en santé, quel était le montant maximal d'un contrat (composante standard)?",
])
def test_a_program_that_stands_out_for_its_description_is_no_off_topic_question(assistant_bot: Assistant,
                                                                                question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == "isc-testing-stream"
