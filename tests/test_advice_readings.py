"""Advice no program answers, in both languages: a choice between vendors, a judgement (a fair salary), a plan to
build, deal arithmetic with a named investor, insurance, interview questions, a patent to file, admissions; support
asked in the same words stays ours."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.advice import about_deal, asks_advice, outside


@pytest.mark.parametrize(("text", "advice"), [
    ("Is AWS ca-central-1 or Azure Canada Central better for our latency?", True),
    ("Vaut-il mieux héberger nos données de patients chez OVHcloud ou sur Google Cloud?", True),  # data kept, not sought
    ("OVHcloud ou AWS région Montréal pour héberger des données de santé : lequel choisir?", True),
    ("Help me build a 12-month operating budget for my 6-person digital health startup.", True),
    ("What Git branching strategy should our 10-person AI startup use?", True),
    ("Quelle grande stratégie de prix adopter pour notre logiciel?", True),
    ("What's a fair base salary plus equity for a senior ML engineer in Montreal?", True),
    ("Quelles questions poser en entrevue à une infirmière qu'on veut embaucher comme experte produit?", True),
    # support asked in words, a need programs serve, or a program: ours
    ("Which accelerator do you recommend for a seed medtech in Montréal?", False),
    ("Quel programme de financement recommandez-vous pour une startup en IA santé?", False),
    ("Can a startup get RAMQ claims data to train a model?", False),
    ("Comment obtenir des données de santé de la RAMQ pour entraîner un modèle?", False),
    ("If we raise a seed round, which grants can we still get?", False),
])
def test_advice_asked_without_support(text: str, advice: bool) -> None:
    assert asks_advice(text) is advice


@pytest.mark.parametrize(("text", "deal"), [
    ("If we raise $3M at a $12M pre-money, what percentage does the new investor own post-money?", True),
    ("Si on lève 1,5 M$ en SAFE avec un plafond de 10 M$, on est dilués de combien à la prochaine ronde?", True),
    ("L'investisseur providentiel veut un siège au CA pour 250 k$, devrais-je accepter?", True),
    ("Which investors take SAFEs from pre-seed health AI startups?", False),  # investors asked: support
])
def test_deal_arithmetic_with_a_named_investor_is_advice(text: str, deal: bool) -> None:
    assert (about_deal(text) and asks_advice(text)) is deal


@pytest.mark.parametrize(("text", "out"), [
    ("Do we need cyber liability and E&O insurance before our pilot at a hospital?", True),
    ("Quelle assurance responsabilité professionnelle prendre pour une startup en IA?", True),
    ("Comment déposer une demande de brevet provisoire aux États-Unis pour notre algorithme?", True),
    ("Quelle cote R faut-il pour entrer en médecine à l'Université de Montréal?", True),
    ("What GPA do I need to get into McGill's MSc in computer science?", True),
    ("Quelles sont les dates limites d'admission au DESS en IA de l'Université Laval?", True),
    ("Aide-moi à écrire une lettre de motivation pour un poste de postdoc en IA.", True),
    ("Is there funding for our patent filing costs?", False),  # support asked in words
    ("Y a-t-il une subvention pour nos frais de dépôt de brevet?", False),
])
def test_matters_no_program_answers(text: str, out: bool) -> None:
    assert outside(text) is out


@pytest.mark.parametrize(("text", "abstained"), [
    ("Si on lève 1,5 M$ en SAFE avec un plafond de 10 M$ et 20 % d'escompte, on est dilués de combien à une ronde à "
     "20 M$ pré-money?", True),
    ("If we raise $3M at a $12M pre-money, what percentage does the new investor own post-money?", True),
    ("Quelle assurance responsabilité professionnelle prendre pour une startup qui fait de l'aide au diagnostic par IA?",
     True),
    ("Which investors take SAFEs from pre-seed health AI startups in Montréal?", False),
    ("Y a-t-il une subvention pour nos frais de dépôt de brevet? On est une startup en IA santé à Laval.", False),
])
def test_such_advice_is_declined_and_support_is_answered(assistant_bot: Assistant, text: str,
                                                          abstained: bool) -> None:
    assert assistant_bot.ask(text).abstained is abstained
