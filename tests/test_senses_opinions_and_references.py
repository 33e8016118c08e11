"""Words read in their sense: « il a fermé » is no farm, a CO2 incubator or an inference accelerator is equipment, a
researchers' tax holiday is no personal matter; an opinion, a study's statistics, a round's data room and the
French-language law's duties are declined; an ask that points back at the data it wants is read with that data; a
named program's family member serves the need its parent does not (2026-12-06, thirty-fourth session)."""

from __future__ import annotations

import pytest

from assistant.answer.measures import asked_measures
from assistant.service import Assistant
from assistant.understand.asked_object import asked_object
from assistant.understand.business import other_sector
from assistant.understand.evidence import support_asked
from assistant.understand.profile import infer
from assistant.understand.text import norm
from common.lang import detect
from common.vocab import Need


@pytest.mark.parametrize("text, farm", [
    ("L'appel pour les consortiums, il a fermé quand?", False),
    ("Est-ce que le programme est fermé pour de bon?", False),
    ("Notre ferme laitière veut adopter l'IA pour le suivi des vaches.", True),
    ("On a une ferme maraîchère en Montérégie.", True),
])
def test_a_closed_call_is_no_farm(text: str, farm: bool) -> None:
    assert other_sector(norm(text)) is farm


@pytest.mark.parametrize("text, sought", [
    ("What temperature should our CO2 incubator be set to for organoids?", False),
    ("Notre incubateur à CO2 affiche une humidité trop basse, que faire?", False),
    ("Which GPU accelerator is cheapest for inference on a 13B model?", False),
    ("Which incubator in Sherbrooke takes medtech startups?", True),
    ("Un accélérateur pour notre jeune pousse en IA santé?", True),
])
def test_equipment_is_no_incubator_sought(text: str, sought: bool) -> None:
    assert (Need.accelerator in infer(text).needs) is sought
    assert support_asked(norm(text)) is sought


@pytest.mark.parametrize("question", [
    "Honestly, will the new provincial health agency make hospital procurement better or worse for startups like ours?",
    "À ton avis, l'IA va-t-elle remplacer les radiologistes d'ici dix ans?",
    "What confidence interval should we report for our model's specificity in the validation paper?",
    "Does Bill 96 force us to translate our clinician dashboard if our users are all bilingual?",
    "Which documents do investors expect in the data room for our seed due diligence?",
    "What CO2 level and humidity should the cell culture incubator in our Laval lab be set to?",
])
def test_a_matter_no_program_answers_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "In your opinion, which grants fit a 6-person AI imaging startup in Montréal?",
    "Selon vous, quel programme de subvention convient à une medtech de Québec en prédémarrage?",
    "Is there an incubator in Montréal for AI health startups?",
    "Which investors look for AI health startups in Montréal?",
    "L'appel québécois pour les projets d'IA en consortium avec un centre de recherche public, il a fermé quand?",
    "Under Québec's personal tax holiday for foreign researchers, what share of income is exempt in the first years?",
])
def test_support_or_a_program_fact_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


def test_an_ask_pointing_back_at_the_data_is_read_with_it(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Pour valider notre modèle, il nous faudrait des données de la RAMQ. "
                            "Y a-t-il un guichet pour y accéder?")
    assert not ans.abstained
    assert ans.programs


def test_a_named_program_s_family_serves_the_need_it_does_not(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Does IRAP have anything that helps a small company hire recent graduates?")
    assert [p.id for p in ans.programs][:1] == ["nrc-irap-yep"]
    ans = assistant_bot.ask("What's the IRAP ceiling for a small project?")
    assert [p.id for p in ans.programs][:1] == ["nrc-irap"]


@pytest.mark.parametrize("question, program", [
    ("What was the maximum per startup under the Investissement Québec program launched in April 2021 that lent "
     "startups money convertible into shares?", "impulsion-pme"),
    ("What is the largest non-repayable grant of the Montréal foundation that gives about 50 grants a year to young "
     "businesses?", "fondation-montreal-inc-bourse-plus"),
])
def test_a_described_program_s_fact_is_answered(assistant_bot: Assistant, question: str, program: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact"
    assert [p.id for p in ans.programs][:1] == [program]


@pytest.mark.parametrize("text, thing", [
    ("Design a hiring process for our first ML engineer.", "hiring process"),
    ("What terms should we push for in a licensing deal with a pharma?", "terms"),
    ("Organise une journée d'équipe pour 10 personnes en Estrie.", "journee"),
    ("Find me grants for a 5-person AI startup.", None),
    ("Which incubator should we join in Sherbrooke?", None),
    ("Quels documents faut-il joindre à la demande?", None),
    ("What fits a company like ours?", None),  # the pronoun asks; no noun to read
    ("What replaced it?", None),
])
def test_the_thing_asked_is_read_from_its_noun(text: str, thing: str | None) -> None:
    assert asked_object(text) == thing


@pytest.mark.parametrize("question", [
    "Design an onboarding checklist for our first two data scientists; we start in March.",
    "Quelles couleurs devrait avoir le logo de notre application de télésanté?",
    "Plan a two-day retreat for our 9-person team near Québec City; we just closed our MEDTEQ+ project.",
])
def test_a_thing_no_program_gives_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("text", ["Give me IRAP's phone number", "Give me 's phone number", "What's Mitacs’s deadline?"])
def test_an_english_possessive_is_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize("question, asked", [
    ("What's MEDTEQ+'s approval rate, and how long is the review?", ["approval", "processing"]),
    ("How long is their evaluation?", ["processing"]),
    ("How long is the internship?", []),
])
def test_how_long_a_review_is_asks_a_processing_time(question: str, asked: list[str]) -> None:
    assert [m.name for m in asked_measures(question)] == asked


def test_money_a_body_received_is_not_asked_of_its_family(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Combien Québec a-t-il accordé à Scale AI pour la formation en IA?")
    assert "scale-ai-training" not in [p.id for p in ans.programs][:1]


@pytest.mark.parametrize("question", [
    "Existe-t-il une vitrine pour présenter notre solution développée avec un hôpital de la région de Québec?",
    "Is there a forum where we can meet health industry buyers in Québec City?",
])
def test_a_showcase_or_a_forum_asked_is_answered_with_one(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert {"inpaqts", "ciq-vitrine-ia"} & {p.id for p in ans.programs[:3]}
