"""A body or a program the corpus does not hold, asked about for what it gives, is said to be unknown, not answered
with other programs (2026-12-06, thirty-second session); our own bodies and programs so asked are answered."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize(("question", "name"), [
    ("What's the maximum funding Nuvexa Bio gives a drug-discovery startup for a preclinical project?", "Nuvexa"),
    ("Combien Nuvexa Bio investit-il dans une jeune pousse en découverte de médicaments?", "Nuvexa"),
    ("Does the Korvane Institute give seed grants to medtech startups, and how much?", "Korvane"),
    ("Est-ce que Korvane donne des subventions d'amorçage aux jeunes pousses medtech?", "Korvane"),
    ("When is the next intake for BDC's AI Health Accelerator program?", "AI Health Accelerator"),
    ("What's the maximum award under CIHR's Partnerships for Health System Improvement grant?",
     "Partnerships for Health System Improvement"),
    ("Quel est le plafond du programme Santé numérique 4.0 du MEIE pour les PME?", "Santé"),
])
def test_an_unknown_body_or_program_asked_about_is_said_unknown(assistant_bot: Assistant, question: str,
                                                                name: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and name in ans.answer.split("\n")[0], ans.answer[:200]


@pytest.mark.parametrize("question", [
    "Is Mitacs's Accelerate program open to our startup?",
    "Does Canada's Global Talent Stream help us hire a data scientist from France?",
    "Does Investissement Québec give loans to biotech startups?",
    "Est-ce qu'Investissement Québec accorde des prêts aux jeunes pousses en biotechnologie?",
    "How much does BDC's venture capital arm invest in medtech startups?",
    "Combien IVADO donne-t-il aux jeunes pousses en IA?",
    "Our CHUM partner, Dr. Tremblay, gives us access to imaging data; which grants fit our AI startup?",
    "Medteq's 2023 Partenaria medtech call: what was the maximum per company?",  # a program it names, its year aside
])
def test_our_own_bodies_and_programs_so_asked_are_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "name"), [
    ("Does the Montréal Medtech Booster program take pre-seed companies?", "Medtech Booster"),
    ("Is the CIHR Catalyst grant open to companies?", "CIHR Catalyst"),
    ("How much can a startup get from the Quebec AI Voucher?", "AI Voucher"),
    ("What's the deadline for the Québec Health Data Accelerator?", "Health Data"),
    ("Le programme Horizon Santé Numérique, il donne combien aux PME?", "Horizon"),
])
def test_a_longer_or_other_name_in_capitals_is_said_unknown(assistant_bot: Assistant, question: str, name: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and name in ans.answer.split("\n")[0], ans.answer[:200]


@pytest.mark.parametrize(("question", "pid"), [
    ("Is the Québec Health Accelerator program open?", "esplanade-acceleration-sante"),  # ours, written loosely
    ("Which Sherbrooke incubator can help our medtech?", None),  # a city before a program word is no program
    ("Quel incubateur de Rimouski peut aider notre jeune pousse?", None),
    ("Trois-Rivières company, 25 employees, Series A. We build AI for hospital supply chains with another SME. Any "
     "grants for that?", None),  # "SME. Any grants": no name across a sentence's end
    ("Est-ce que les Bourses Mitacs sont ouvertes aux entreprises?", None),
])
def test_our_names_written_loosely_and_places_are_not_unknown(assistant_bot: Assistant, question: str,
                                                              pid: str | None) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert pid is None or pid in [p.id for p in ans.programs]
