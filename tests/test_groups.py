"""A question about a group's support ("Is there a fund for women entrepreneurs?") puts that group's programs first,
in both languages, without saying that the asker belongs to it (their eligibility stays to confirm)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.understand.profile import infer
from common.vocab import Group


@pytest.mark.parametrize(("text", "groups"), [
    ("Is there a fund for women entrepreneurs?", [Group.women]),
    ("Y a-t-il un fonds pour les femmes entrepreneures?", [Group.women]),
    ("Is there support for a Black founder launching a medtech startup?", [Group.black_entrepreneurs]),
    ("Existe-t-il du soutien pour un fondateur noir qui lance une jeune pousse?", [Group.black_entrepreneurs]),
    ("Programs for Indigenous entrepreneurs?", [Group.indigenous]),
    ("Des programmes pour les Autochtones?", [Group.indigenous]),
    ("I am a woman founder of a startup.", []),  # her own group (audience), not one asked about
    ("Quels programmes pour les jeunes entrepreneurs en santé?", [Group.youth]),
    ("Is there help for newcomers starting a company?", [Group.newcomers]),
    # a sector or a startup, not a group
    ("We build an app for women's health.", []), ("une application en santé des femmes", []),
    ("Notre jeune pousse cherche des subventions.", []),
])
def test_the_group_a_question_asks_about_is_read(text: str, groups: list[Group]) -> None:
    assert infer(text).groups_asked == groups


@pytest.mark.parametrize(("question", "group"), [
    ("Is there a fund for women entrepreneurs?", "women"),
    ("Y a-t-il un fonds pour les femmes entrepreneures?", "women"),
    ("Is there support for a Black founder launching a medtech startup in Montréal?", "black_entrepreneurs"),
    ("Existe-t-il du soutien pour un fondateur noir qui lance une jeune pousse medtech à Montréal?",
     "black_entrepreneurs"),
])
def test_a_groups_programs_come_first_when_the_question_asks_about_it(assistant_bot: Any, question: str,
                                                                     group: str) -> None:
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    first = programs[ans.programs[0].id]
    assert group in {a.group.value for a in first.audience}
    assert ans.programs[0].fit == "check"  # the asker did not say she belongs to it: to confirm
