"""A researcher's technology to transfer is support asked (« Qui peut m'accompagner? »), an office named as people call
it is found, and what the company got, told before a colon, is context (2026-12-06, thirty-second session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant

FITS = {"eligible", "likely", "check"}


@pytest.mark.parametrize("question", [
    "Je suis chercheuse à l'Université de Sherbrooke et je veux transférer ma technologie d'imagerie à une entreprise. "
    "Qui peut m'accompagner?",
    "I'm a researcher at McGill and I want to commercialize my diagnostic technology. Who can help me?",
])
def test_a_researchers_technology_transfer_finds_the_transfer_office(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert "axelys" in [p.id for p in ans.programs if p.fit in FITS][:3], [p.id for p in ans.programs]


@pytest.mark.parametrize("question", [
    "Qui peut m'aider à déménager samedi?",
    "Who can help me with my divorce paperwork?",
    "We got an IRAP grant last year: how do we record it in our financial statements?",
    "On a obtenu une subvention du PARI l'an dernier : comment l'inscrire dans nos états financiers?",
])
def test_help_with_a_personal_matter_or_the_books_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "We got an IRAP grant last year: what other grants can we stack on the same project?",
    "On a obtenu une subvention du PARI l'an dernier : quelles autres subventions peut-on cumuler?",
])
def test_support_asked_after_what_the_company_got_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "On vend notre logiciel aux CIUSSS. Comment le Bureau de l'innovation du MSSS peut-il nous aider à intégrer le "
    "réseau?",
    "We sell software to CIUSSS hospitals. How can the MSSS Innovation Office help us get into the network?",
])
def test_the_msss_innovation_office_named_as_people_call_it(assistant_bot: Assistant, question: str) -> None:
    assert "msss-bureau-innovation" in [p.id for p in assistant_bot.ask(question).programs]
