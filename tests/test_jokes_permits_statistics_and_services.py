"""Jokes, poems, an investor update, one's own work permit, a trial's statistics and the weather are declined whatever
support they mention; a service asked for by what it does, and ethics or contract approvals of a trial, are support
(2026-12-06, thirty-second session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize("question", [
    "Tell me a joke about IRAP advisors.",
    "Une petite blague sur les crédits d'impôt pour notre party de Noël?",
    "Write a short poem for our lab manager who retires after the Mitacs project ends.",
    "Écris-moi un poème pour souligner notre ronde d'amorçage.",
    "Write our quarterly investor update: 8 clinics live, two pilots at the CHUM, runway 14 months.",
    "My post-graduation work permit expires in June and I'm the CTO of a health AI startup. Can I keep working while "
    "the extension is processed?",
    "What sample size do we need for a non-inferiority study of our AI ECG tool against cardiologists?",
    "Comment calculer la taille d'échantillon pour notre étude pilote dans deux hôpitaux?",
    "What's the weather in Québec City on Friday? Our accelerator demo day is outdoors.",
])
def test_a_request_no_program_answers_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "pid"), [
    ("Pour notre essai clinique de phase 1 dans deux hôpitaux de Montréal, existe-t-il un service qui accélère "
     "l'approbation éthique et contractuelle?", "catalis-fast-track"),
    ("For our early-phase trial at two Québec hospitals, is there a service that speeds up ethics and contract "
     "approvals?", "catalis-fast-track"),
    ("Is there a program that funds a startup's work permit costs for a foreign AI engineer?", None),
    ("Does Mitacs fund interns who update our data pipeline?", None),
])
def test_support_asked_beside_those_words_is_answered(assistant_bot: Assistant, question: str, pid: str | None) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert pid is None or pid in [p.id for p in ans.programs][:3], [p.id for p in ans.programs]
