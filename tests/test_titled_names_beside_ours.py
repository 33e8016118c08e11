"""A program named in capitals after a determiner, or held by an organisation of ours, that no record holds is not
covered (« le Fonds Envol Santé de Desjardins »); the programs of ours named that way are answered (2026-12-06,
thirty-third session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize(("question", "name"), [
    ("Le Fonds Envol Santé de Desjardins, qui peut y présenter une demande?", "Fonds Envol Santé"),
    ("What does the Fonds Horizon Médtech of Investissement Québec lend to startups?", "Fonds Horizon Médtech"),
])
def test_an_unknown_titled_program_of_a_known_body_is_not_covered(assistant_bot: Assistant, question: str,
                                                                   name: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained
    assert name in ans.answer


@pytest.mark.parametrize(("question", "pid"), [
    ("Le Fonds Impulsion d'Investissement Québec, c'est pour quelles entreprises?", "fonds-impulsion"),
    ("Le Fonds PME MTL, c'est quoi le prêt maximum?", "pme-mtl-fonds-pme-mtl"),
])
def test_a_titled_program_of_ours_is_answered(assistant_bot: Assistant, question: str, pid: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert pid in [p.id for p in ans.programs]
