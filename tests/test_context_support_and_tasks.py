"""Support named in a message's context but not asked, and the company's own investor (2026-12-06, thirty-first
session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.advice import asks_advice
from assistant.understand.ask import asked_part
from assistant.understand.text import norm, own_investors


def test_a_wish_is_read_from_its_verb_on() -> None:
    text = "Our loan was refused last month and we have to cut costs. How do I tell the board?"
    assert asked_part(text, wish_only=True) == "we have to cut costs. how do i tell the board?"
    assert asked_part(text) == text  # as written by default


@pytest.mark.parametrize(("question", "advice"), [
    # support told as a past event, the advice asked is about something else
    ("Our IRAP claim was rejected and we must lay off one developer. How should I break the news to the team?", True),
    ("On n'a pas eu la subvention espérée et on doit reporter deux embauches. Comment l'annoncer à l'équipe?", True),
    # (end to end this one is still answered: a tax-credit passage sits at 0.404, above ADVICE_DENSE)
    ("Our tax credit refund got delayed and I have to push back payroll a week. How do I explain it to the staff calmly?", True),
    # support wished or asked: not advice alone
    ("We didn't get the grant, so we need another grant for the pilot. How do we find one?", False),
    ("On doit trouver du financement non remboursable. Comment faire?", False),
])
def test_support_named_only_in_the_context_is_not_asked(question: str, advice: bool) -> None:
    assert asks_advice(question) is advice


@pytest.mark.parametrize(("text", "term", "own"), [
    ("un courriel a notre investisseur principal", "investisseur", True),
    ("un rapport pour mon investisseur", "investisseur", True),
    ("on cherche notre premier investisseur", "investisseur", False),
    ("trouver notre nouvel investisseur", "investisseur", False),
])
def test_our_one_investor_is_the_companys_own(text: str, term: str, own: bool) -> None:
    f = norm(text)
    assert own_investors(f, f.index(term)) is own


@pytest.mark.parametrize("question", [
    "Pouvez-vous m'aider à rédiger un mot de bienvenue pour notre investisseur principal à notre assemblée annuelle?",
])
def test_a_task_around_support_already_had_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Our grant application was turned down. Which other grants could fund our imaging pilot?",
    "On a perdu notre investisseur principal. Quels fonds de capital de risque en santé pourraient le remplacer?",
])
def test_support_asked_after_a_setback_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs
