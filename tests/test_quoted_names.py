"""A name the corpus itself quotes (the « Santé » call a record describes) is not an unknown program; another quoted
program name still is."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize(("question", "unknown"), [
    ("Le volet où le gouvernement achète et teste un prototype avancé (appel « Santé » de 2023) : quel plafond?", None),
    ("The stream where the government buys and tests a late-stage prototype (its 2023 'Health' call): what cap?", None),
    ("Is the « Wallonie Santé » call open to Québec startups?", "Wallonie Santé"),
    ("L'appel « Fonds Santé numérique Québec 2026 » est-il ouvert?", "Fonds Santé numérique Québec 2026"),
])
def test_a_call_the_corpus_quotes_is_not_an_unknown_program(assistant_bot: Assistant, question: str,
                                                              unknown: str | None) -> None:
    assert assistant_bot.scope.names.titled(question) == unknown


def test_the_question_that_quotes_it_is_not_refused_for_that_name(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Côté approvisionnement fédéral : le volet où un ministère lance un défi et finance un "
                            "prototype (phase 2), ou le volet où le gouvernement achète et teste un prototype avancé "
                            "(appel « Santé » de 2023) — lequel a le plafond le plus élevé par contrat?")
    assert "« Santé »" not in ans.answer.split("\n")[0] and not ans.abstained, ans.answer[:200]
