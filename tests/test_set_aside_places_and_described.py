"""Programs set aside by their operator's name, the place a company says it is, one program described before its
question, and a capitalised common word opening a sentence (2026-12-06, thirty-first session)."""

from __future__ import annotations

import pytest

from assistant.answer.figure_asks import described_ask
from assistant.service import Assistant
from assistant.understand.intent import asks_list
from assistant.understand.mentions import operators_besides
from assistant.understand.profile import infer
from tests.helpers import last_answer

FITS = {"eligible", "likely", "check"}


def test_an_operator_set_aside_sets_its_programs_aside(assistant_bot: Assistant) -> None:
    programs = assistant_bot.retriever.snapshot.programs
    aside = operators_besides("On a déjà un prêt de PME MTL. Autre chose que PME MTL cette fois?", programs)
    assert aside and all(programs[p].operator.fr.startswith("PME MTL") for p in aside)
    assert operators_besides("We already work with PME MTL. What loans fit?", programs) == []  # nothing set aside


@pytest.mark.parametrize("turns", [
    ["Entreprise de Montréal, 8 employés, 300 000 $ de ventes. On a besoin d'un prêt de 100 000 $ pour le fonds de "
     "roulement.", "On a déjà eu un prêt de PME MTL. Autre chose que PME MTL?"],
    ["Montréal company, 8 employees, $300k in sales. We need a $100k working-capital loan.",
     "We already had a PME MTL loan. Anything besides PME MTL?"],
])
def test_loans_besides_an_operator_leave_its_programs_out(assistant_bot: Assistant, turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    programs = assistant_bot.retriever.snapshot.programs
    fits = [p.id for p in ans.programs if p.fit in FITS]
    assert fits and not any(programs[p].operator.en.startswith("PME MTL") for p in fits), fits


def test_others_than_a_body_just_named_is_a_new_list(assistant_bot: Assistant) -> None:
    ans = last_answer(assistant_bot, [
        "Biotech de Laval, 18 employés, série A en préparation. On cherche des investisseurs en capital de risque en "
        "sciences de la vie.", "On a déjà rencontré BDC Capital, sans succès. Autres que BDC?"])
    fits = [p.id for p in ans.programs if p.fit in FITS]
    assert ans.intent == "programs" and len(fits) >= 2 and not any(p.startswith("bdc") for p in fits), fits


@pytest.mark.parametrize(("text", "region"), [
    ("Tout ce que je vois est pour Montréal, pis nous on est en Gaspésie.", "gaspesie-iles-de-la-madeleine"),
    ("Everything online seems to be for Montréal, but we're based in Rimouski.", "bas-saint-laurent"),
    ("We sell to Montréal hospitals; we are in Trois-Rivières.", "mauricie"),
    ("Startup de Laval, on veut vendre à Québec.", "laval"),  # a market, not where it is
])
def test_the_place_a_company_says_it_is_comes_first(text: str, region: str) -> None:
    assert infer(text).region == region


def test_a_program_described_before_the_question_is_not_asked_again() -> None:
    q = "The ministry's loan program for biotechs, renewed with $50M in 2023: what is the minimum loan for a biotech?"
    assert described_ask(q) == "what is the minimum loan for a biotech?"
    assert described_ask("What is the CRIC rate?") == "What is the CRIC rate?"
    assert not asks_list("The provincial loan program for medtech firms that needs private co-funding: what's its cap?")
    assert asks_list("Is there a program for medtech firms that need a loan?")
    assert asks_list("We're a medtech and we want a program for our pilot.")


def test_the_sub_figure_asked_of_a_described_program_is_answered(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("The Québec ministry's loan program for biotech and medtech companies, which needs private "
                            "co-investment and got $50M in 2023: what's the smallest loan a biotech can get?")
    assert "2.5" in ans.answer or "2,5" in ans.answer, ans.answer[:400]


@pytest.mark.parametrize(("text", "named"), [
    ("Appel Partenaria de Medteq : c'était combien par entreprise?", True),  # « Appel » opens the sentence
    ("Hugging Face models for radiology: any grants?", False),  # a name, not FACE
])
def test_a_common_word_opening_a_sentence_is_not_part_of_a_name(assistant_bot: Assistant, text: str, named: bool) -> None:
    found = assistant_bot.mentioned(text)
    assert (any(p.startswith("partenaria") for p in found) if named else "black-entrepreneurship-loan-fund" not in found)


@pytest.mark.parametrize(("text", "region"), [
    ("Telehealth SaaS. Sherbrooke (Fleurimont), 9 employees, seed.", "estrie"),  # a bare place before a parenthesis
    ("We sell to clinics. Gatineau, 12 employees, Series A.", "outaouais"),  # a new sentence, not the market before it
    ("Loans only, and ideally something local to Laval.", "laval"),
])
def test_bare_places_in_a_list_of_facts(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("question", [
    "Le programme fédéral de 2024 qui rembourse une partie du calcul infonuagique des entreprises d'IA : quel montant "
    "de coûts de calcul faut-il proposer au minimum?",
    "L'initiative fédérale qui aide les PME en IA à payer la puissance de calcul, lancée fin 2024 : c'est quoi la "
    "fourchette des coûts admissibles?",
])
def test_a_program_far_ahead_of_the_others_is_the_one_described(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs and ans.programs[0].id == "ai-compute-access-fund", \
        (ans.intent, [p.id for p in ans.programs][:3])


@pytest.mark.parametrize("text", [
    "Our lender would go further if someone guaranteed half of the loan.",
    "La banque prêterait plus si un organisme garantissait une partie du prêt.",
    "We need a guarantor for our line of credit.",
])
def test_a_guarantee_asked_by_its_verb_is_a_loan_guarantee(text: str) -> None:
    from common.vocab import Instrument
    assert Instrument.loan_guarantee in infer(text).instruments


def test_the_companys_own_bank_points_at_no_program_and_a_new_kind_is_a_new_list(assistant_bot: Assistant) -> None:
    ans = last_answer(assistant_bot, [
        "Medical imaging device maker in Longueuil, 40 employees, growth stage, $8M revenue. We need working capital "
        "for a large order.", "Our bank would lend more if someone guaranteed part of it. What could do that?"])
    programs = assistant_bot.retriever.snapshot.programs
    fits = [p.id for p in ans.programs if p.fit in FITS]
    assert ans.intent == "programs" and any(programs[p].instrument.value == "loan_guarantee" for p in fits[:3]), fits


@pytest.mark.parametrize(("text", "research"), [
    ("Correction : on étudie toutes les deux à l'Université Laval, pas à l'UQAR.", False),  # where they study
    ("We both study at the Université de Sherbrooke and want to start a company.", False),
    ("On veut monter un projet avec l'Université Laval.", True),  # a project with it: a research partner
])
def test_studying_at_a_university_is_no_research_partnership(text: str, research: bool) -> None:
    from common.vocab import Need
    assert (Need.collaborative_research in infer(text).needs) is research


def test_an_acronym_of_the_glossary_is_spelled_out() -> None:
    from assistant.retrieval.glossary import spelled_out
    assert spelled_out("Combien pour l'IA?") == "Combien pour l'IA (intelligence artificielle)?"
    assert spelled_out("AI startups") == "AI (artificial intelligence) startups"
    assert spelled_out("J'ai une question sur l'aide.") == "J'ai une question sur l'aide."  # lower case: no acronym


@pytest.mark.parametrize(("question", "figure"), [
    ("Dans le budget 2019-2020 de Québec, c'était combien en tout pour l'IA?", "329"),
    ("Le budget du Québec de 2019-2020 mettait combien au total sur l'IA?", "329"),
    ("Québec's 2019-2020 budget: how much in all went to AI?", "329"),  # a control: the English already did
])
def test_a_documents_total_for_a_term_it_spells_out(assistant_bot: Assistant, question: str, figure: str) -> None:
    ans = assistant_bot.ask(question)
    lines = [line for line in ans.answer.splitlines() if line.startswith("- ")]
    assert any(figure in line for line in lines[:2]), ans.answer[:500]


@pytest.mark.parametrize("turns", [
    ["Startup de Sherbrooke, 10 employés, amorçage. On veut faire un projet pilote dans un CIUSSS pour prouver la "
     "valeur clinique de notre outil.", "Pis ça nous coûte combien, tout ça?"],
    ["Sherbrooke startup, 10 employees, seed. We want to run a pilot in a CIUSSS to prove our tool's clinical value.",
     "And what does all of that cost us?"],
])
def test_all_of_them_asked_at_once_is_each_programs_fact(assistant_bot: Assistant, turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    assert ans.intent == "fact" and len(ans.programs) >= 3, (ans.intent, [p.id for p in ans.programs])


@pytest.mark.parametrize(("text", "kept"), [
    ("Autre chose que PME MTL pour un prêt de 100 000 $?", "pour un prêt de 100 000 $"),
    ("Anything other than IRAP for a $50k prototype grant?", "for a $50k prototype grant"),
])
def test_what_is_asked_after_a_set_aside_is_kept(text: str, kept: str) -> None:
    from assistant.understand.mentions import without_besides
    assert kept in without_besides(text) and "PME MTL" not in without_besides(text) and "IRAP" not in without_besides(text)


def test_the_sum_asked_after_a_set_aside_still_counts(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("PME de Montréal, on a déjà un prêt de PME MTL. Autre chose que PME MTL pour un prêt de "
                            "80 000 $?")
    assert ans.profile.request == 80000
