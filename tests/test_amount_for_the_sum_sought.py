"""The amount shown for a program reaches the sum the company seeks when the record has an award that does
(2026-12-06, thirty-second session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.amounts import company_amount, headline_award
from assistant.service import Assistant
from common.records import load_program

ROOT = Path(__file__).resolve().parents[1]


def test_the_first_award_that_reaches_the_sum_sought_is_shown() -> None:
    p = load_program(ROOT / "corpus" / "programs" / "csbfp.yaml")
    first = p.funding.per_company[0]
    assert headline_award(p) is first and headline_award(p, None, 100_000) is first  # the line of credit covers it
    big = headline_award(p, None, 400_000)
    assert big is not None and big.max is not None and big.max >= 400_000
    assert "1,000,000" in company_amount(p, "en", None, 400_000) and "150,000" in company_amount(p, "en")
    beyond = headline_award(p, None, 50_000_000)  # nothing reaches it: the first award stays
    assert beyond is first


@pytest.mark.parametrize(("question", "want"), [
    ("We need a loan of about $400,000 to buy lab equipment for our Laval medtech startup. What can we use?",
     "1,000,000"),
    ("Il nous faut un prêt d'environ 400 000 $ pour acheter de l'équipement de laboratoire pour notre medtech de "
     "Laval. Qu'est-ce qu'on peut utiliser?", "1\u00a0000\u00a0000"),
])
def test_a_loan_sought_shows_the_award_that_reaches_it(assistant_bot: Assistant, question: str, want: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.profile.request == 400_000
    fit = next(f for f in ans.programs if f.id == "csbfp")
    assert fit.amount and want in fit.amount, fit.amount
