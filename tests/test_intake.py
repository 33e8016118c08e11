"""A program of calls between two calls (its last window closed within the year) against one whose call has ended."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer.texts import t
from assistant.service import Assistant
from common.intake import RECUR_DAYS, Confirmed, IntakeStatus
from common.vocab import Intake

TODAY = dt.date(2026, 12, 1)
SEEN = Confirmed(date=dt.date(2026, 2, 4), source="S1")


@pytest.mark.parametrize(("last", "between", "ended"), [
    (dt.date(2026, 5, 29), True, False),  # a yearly window closed six months ago: the next one is to come
    (TODAY - dt.timedelta(days=RECUR_DAYS - 1), True, False),
    (TODAY - dt.timedelta(days=RECUR_DAYS), False, True),
    (dt.date(2019, 1, 16), False, True),  # a 2019 competition with nothing since: over
])
def test_a_past_call_is_between_calls_within_the_year_then_ended(last: dt.date, between: bool, ended: bool) -> None:
    intake = IntakeStatus(status=Intake.calls, last_deadline=last, last_confirmed=SEEN)
    assert not intake.accepting(TODAY)
    assert intake.between_calls(TODAY) is between and intake.ended(TODAY) is ended


def test_an_announced_call_is_open_and_a_closed_program_is_ended_whatever_its_dates() -> None:
    ahead = IntakeStatus(status=Intake.calls, next_deadline=dt.date(2027, 2, 1), last_confirmed=SEEN)
    assert ahead.accepting(TODAY) and not ahead.between_calls(TODAY) and not ahead.ended(TODAY)
    closed = IntakeStatus(status=Intake.closed, last_deadline=dt.date(2026, 10, 1), last_confirmed=SEEN)
    assert closed.ended(TODAY) and not closed.between_calls(TODAY)


@pytest.mark.parametrize(("question", "lang"), [
    ("We make an AI-enabled medical device in Laval and want to start selling in the United States next year. "
     "What export help exists?", "en"),
    ("Nous fabriquons un dispositif médical avec de l'IA à Laval et voulons vendre aux États-Unis l'an prochain. "
     "Quelle aide à l'exportation existe?", "fr"),
])
def test_a_yearly_export_grant_between_windows_is_shown_as_not_open_now(assistant_bot: Assistant, question: str,
                                                                       lang: str) -> None:
    ans = assistant_bot.ask(question)
    line = next(x for x in ans.answer.splitlines() if "CanExport SMEs" in x or "CanExport PME" in x)
    block = ans.answer[ans.answer.index(line):].split("\n- ")[0]
    assert t(lang, "between_calls") in block and t(lang, "deadline_passed") not in block
