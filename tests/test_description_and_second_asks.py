"""A program described in one sentence and asked about in the next, an organisation's one thing told by what it does,
a second ask opened by a pronoun, and a share of costs that is no equity (twin dev sets probes70-71, 2026-12-06)."""

from __future__ import annotations

import pytest

from assistant.answer.described import describes_one
from assistant.answer.figure_asks import question_parts
from assistant.answer.measures import asked_measures
from assistant.service import Assistant


@pytest.mark.parametrize("text", [
    "Ça va de combien à combien, pis ça peut couvrir quelle part des coûts de démarrage?",
    "How much can you get, and it covers what share of start-up costs?",
])
def test_a_second_ask_opened_by_a_pronoun_is_its_own_part(text: str) -> None:
    assert len(question_parts(text)) == 2


def test_a_clause_without_a_question_word_stays_whole() -> None:
    assert len(question_parts("Combien peut-on obtenir pour un projet et ça se rembourse?")) == 1


@pytest.mark.parametrize(("question", "equity"), [
    ("What share of startup costs can it cover?", False),
    ("What share of the company's expenses does it pay?", False),
    ("What share of the company do they take?", True),
    ("What percentage of the startup will they own?", True),
])
def test_a_share_of_costs_is_no_equity(question: str, equity: bool) -> None:
    assert ("equity" in [m.name for m in asked_measures(question)]) is equity


@pytest.mark.parametrize(("text", "one"), [
    ("heard Mila has a thing where one of their PhD students works on a startup's project", True),
    ("Mila a un programme où un doctorant travaille sur le projet d'une startup", True),
    ("On a un programme qui marche bien, on cherche des subventions", False),
    ("Which grants can a startup get?", False),
])
def test_an_organisations_one_thing_told_by_what_it_does_is_one_program(text: str, one: bool) -> None:
    assert describes_one(text) is one


def test_the_program_described_in_the_first_sentence_is_answered(assistant_bot: Assistant) -> None:
    a = assistant_bot.ask("Is there a federal program where the government actually buys our late-stage prototype (not "
                          "on the market yet) and tests it in real conditions inside a department? What was the max per "
                          "contract in the last health call?")
    assert a.programs and a.programs[0].id == "isc-testing-stream"
    assert "1,150,000" in a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("heard Mila has a thing where one of their PhD students works part time on a startup's AI project for a few weeks. "
     "how long does it run, how many hrs a week?", "20 hours"),
    ("paraît que Mila a un programme où un de leurs doctorants travaille à temps partiel sur le projet IA d'une startup "
     "pendant quelques semaines. ça dure combien de temps, combien d'heures par semaine?", "20 heures"),
])
def test_an_organisations_thing_described_gets_its_facts(assistant_bot: Assistant, question: str, said: str) -> None:
    a = assistant_bot.ask(question)
    assert [p.id for p in a.programs][:1] == ["mila-impulse"]
    assert said in a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("Y a une fondation à Montréal qui donne des bourses de démarrage non remboursables aux jeunes entreprises "
     "innovantes, avec du coaching à vie. Ça va de combien à combien, pis ça peut couvrir quelle part des coûts de "
     "démarrage?", "25 %"),
    ("there's a Montreal foundation that hands out non-repayable startup grants to young innovative businesses, plus "
     "coaching for life — how much can you get, and what share of startup costs can it cover?", "25%"),
])
def test_both_asks_of_a_described_grant_are_answered(assistant_bot: Assistant, question: str, said: str) -> None:
    a = assistant_bot.ask(question)
    assert said in a.answer and "equity" not in a.answer


@pytest.mark.parametrize("question", [
    "We're a 10-person AI startup in health. Between Mila's subsidized R&D sprint where one of its PhD students works "
    "on our project and IVADO's program that pairs companies with university AI labs, which one costs us less?",
    "On est une startup d'IA en santé de 10 employés. Entre le sprint de R-D subventionné de Mila, où un de leurs "
    "doctorants travaille sur notre projet, pis le programme d'IVADO qui jumelle les entreprises avec des labos "
    "universitaires en IA, lequel nous coûte le moins cher?",
])
def test_two_programs_described_in_a_comparison_are_compared(assistant_bot: Assistant, question: str) -> None:
    a = assistant_bot.ask(question)
    assert a.intent == "compare" and [p.id for p in a.programs] == ["mila-impulse", "ivado-demultiplia"]


def test_two_kinds_of_money_weighed_are_no_programs_compared(assistant_bot: Assistant) -> None:
    assert assistant_bot.ask("Entre un prêt et une subvention, lequel est mieux pour nous?").intent != "compare"


@pytest.mark.parametrize(("question", "program"), [
    ("In January 2026 Mila and a Montréal VC firm announced a pre-seed fund for AI-native startups. What's its target "
     "size?", "mila-venture-scientist-fund"),
    ("En janvier 2026, Mila et une firme de capital de risque montréalaise ont annoncé un fonds de préamorçage pour "
     "les startups nées de l'IA. C'est quoi sa taille visée?", "mila-venture-scientist-fund"),
])
def test_a_fund_told_by_its_announcement_is_the_one_asked(assistant_bot: Assistant, question: str,
                                                           program: str) -> None:
    a = assistant_bot.ask(question)
    assert a.intent == "fact" and [p.id for p in a.programs][:1] == [program]
