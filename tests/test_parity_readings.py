"""Readings French and English share, each found missing in one language on a dev set of twin questions (probes69,
2026-12-06): a doctoral student is a hire, « on fait notre RS&DE » is held, « ça coûte combien » asks the cost of what
was just described, the local level is the city's, an age cutoff is who qualifies; a program described with its
partner named, or as the one that replaced others, is the one described."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.ask import points_back
from assistant.understand.intent import focus_of
from assistant.understand.mentions import in_use
from assistant.understand.profile import infer
from common.vocab import Government, Need


@pytest.mark.parametrize("text", [
    "Une doctorante en vision artificielle pourrait travailler avec nous cet été : quelle aide?",
    "A PhD student in computer vision could work with us this summer: what support?",
])
def test_a_doctoral_student_is_a_hire_in_both_languages(text: str) -> None:
    assert Need.talent in infer(text).needs


@pytest.mark.parametrize(("text", "held"), [
    ("On fait notre RS&DE depuis trois ans. Quoi d'autre pour embaucher?", True),
    ("We are doing our SR&ED for three years now. What else for hiring?", True),
    ("Pouvons-nous faire une demande de RS&DE?", False),
])
def test_a_program_the_company_does_is_held_with_a_possessive(text: str, held: bool) -> None:
    assert in_use(text, ["RS&DE", "SR&ED"]) is held


@pytest.mark.parametrize(("ask", "back"), [
    ("Ça coûte combien à l'entreprise?", True),
    ("Combien ça coûte pour nous?", True),
    ("What does it cost the company?", True),
    ("Combien de stagiaires pouvons-nous embaucher?", False),
])
def test_a_cost_asked_by_a_pronoun_points_back(ask: str, back: bool) -> None:
    assert points_back(ask) is back


@pytest.mark.parametrize("text", [
    "Quels programmes locaux pour notre pilote à Montréal?",
    "Which local programs could fund our pilot in Montréal?",
    "Y a-t-il des aides locales pour commercialiser?",
])
def test_the_local_level_is_the_citys(text: str) -> None:
    assert infer(text).government == Government.municipal


@pytest.mark.parametrize("text", [
    "Is there an age cutoff for founders?", "What's the oldest you can be to apply?",
    "Y a-t-il une limite d'âge pour les fondateurs?",
])
def test_an_age_cutoff_is_who_qualifies(text: str) -> None:
    assert focus_of(text) == "eligibility"


@pytest.mark.parametrize(("question", "want"), [
    ("For the youth startup loan with mentoring that is offered together with BDC, what is the age limit?",
     "futurpreneur-startup"),
    ("Le programme de prêt de démarrage avec mentorat pour jeunes, offert avec la BDC : quelle limite d'âge?",
     "futurpreneur-startup"),
    ("The refundable Québec R&D credit that replaced the older measures: what rate on the first million?", "cric"),
])
def test_the_program_described_is_asked_not_its_partner_nor_its_predecessor(assistant_bot: Assistant, question: str,
                                                                          want: str) -> None:
    ans = assistant_bot.ask(question)
    assert [p.id for p in ans.programs][:1] == [want], ans.answer
