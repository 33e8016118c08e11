"""A text to write or fix whose content names support, a technique asked beside a program's review, and a law that
is no document of ours are declined; support asked around them is answered (2026-12-06, thirty-second session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize("question", [
    "Our TensorFlow model for retinal scans keeps overfitting. Which augmentation tricks should I try before our IRAP "
    "milestone meeting?",
    "Notre modèle de segmentation surapprend. Quelles techniques de régularisation devrais-je essayer avant la revue "
    "de jalon du PARI?",
    "Draft a press release announcing that Mitacs co-funded our internship project, with a quote from our CTO.",
    "Rédige un communiqué annonçant que le PARI a financé notre projet pilote au CHUM.",
    "Peux-tu corriger les fautes dans ce courriel à notre investisseur : « Bonjour Julie, voici les résultat du "
    "trimestre et de notre projet pilote. »",
    "Can you proofread this email to our investor: 'Hi Tom, attached are the quarterly financial and our pilot "
    "project result.'",
    "Mon associée ne s'implique plus dans notre medtech. Comment puis-je la retirer de l'actionnariat selon la Loi sur "
    "les sociétés par actions?",
])
def test_a_task_around_support_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Our IRAP contribution came through. Which grants should we look at next?",
    "Before our IRAP review, which other grants could fund the same project?",
    "How do we prepare a stronger IRAP application before the next intake?",
    "Which programs should we apply to first as a pre-revenue AI startup?",
    "Quels programmes devrions-nous viser en premier, jeune pousse en IA sans revenus?",
    "Selon l'étude InVivo, combien d'entreprises utilisent l'IA?",
    "According to the SQRI2, how much goes to AI?",
    "Can you write a briefing on grants for our seed medtech in Laval?",
])
def test_support_asked_around_them_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained
