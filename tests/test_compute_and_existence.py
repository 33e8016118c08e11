"""Cloud compute costs read as the compute need in both languages, and « il existe » stating a program is no question
of its status (2026-12-06, thirty-second session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.intent import focus_of
from assistant.understand.profile import infer
from common.vocab import Need


@pytest.mark.parametrize("text", [
    "Nos coûts de calcul infonuagique explosent avec l'entraînement des modèles.",
    "Our cloud compute costs for model training keep climbing.",
    "On paie trop cher le calcul infonuagique pour nos modèles.",
])
def test_cloud_compute_costs_are_the_compute_need(text: str) -> None:
    assert Need.compute in infer(text).needs


def test_costing_a_product_is_not_compute() -> None:
    assert Need.compute not in infer("Comment calculer le coût de revient de notre produit?").needs


@pytest.mark.parametrize(("text", "focus"), [
    ("Il existe une subvention fédérale pour les PME; quel est le montant maximal?", "amount"),
    ("Est-ce que le crédit CDAE existe encore?", "status"),
    ("Le programme Innovation existe-t-il toujours?", "status"),
    ("Est-ce que ce programme existe?", "status"),
    ("Ce programme n'existe plus?", "status"),
])
def test_existence_asked_is_status_stated_is_not(text: str, focus: str) -> None:
    assert focus_of(text) == focus


@pytest.mark.parametrize("question", [
    "Le fonds fédéral qui rembourse une partie des coûts de calcul infonuagique des entreprises en IA : quel est le "
    "minimum de coûts de calcul d'une proposition?",
    "The federal fund that pays back part of an AI company's cloud compute costs: what is the minimum compute cost of a "
    "proposal?",
])
def test_the_compute_fund_described_in_either_language(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs[0].id == "ai-compute-access-fund", [p.id for p in ans.programs]
