"""A program of calls between two calls (its last window closed within the year) against one whose call has ended, and
one whose calls no source has shown for three years (dormant: not a fit until one is announced)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer.texts import t
from assistant.service import Assistant
from common.intake import DORMANT_DAYS, RECUR_DAYS, Confirmed, IntakeStatus
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


@pytest.mark.parametrize(("seen", "dormant"), [
    (dt.date(2021, 9, 27), True),  # a fund whose last call guide is from 2021, nothing since
    (TODAY - dt.timedelta(days=DORMANT_DAYS + 1), True),
    (TODAY - dt.timedelta(days=DORMANT_DAYS), False),
    (dt.date(2025, 3, 1), False),  # seen within three years: a call every year or two may still come
])
def test_calls_no_source_showed_for_three_years_are_dormant(seen: dt.date, dormant: bool) -> None:
    intake = IntakeStatus(status=Intake.calls, last_confirmed=Confirmed(date=seen, source="S1"))
    assert intake.dormant(TODAY) is dormant and intake.ended(TODAY) is dormant and not intake.between_calls(TODAY)
    dated = IntakeStatus(status=Intake.calls, last_deadline=TODAY + dt.timedelta(days=30),
                         last_confirmed=Confirmed(date=seen, source="S1"))
    assert not dated.dormant(TODAY)  # a deadline on record: the past-call rules decide
    continuous = IntakeStatus(status=Intake.continuous, last_confirmed=Confirmed(date=seen, source="S1"))
    assert not continuous.dormant(TODAY) and not continuous.ended(TODAY)


@pytest.mark.parametrize(("question", "lang"), [
    ("We're a 10-person Québec medtech SME and want to demonstrate our AI triage tool in a hospital. "
     "What funding can we get?", "en"),
    ("Nous sommes une PME québécoise de 10 personnes en technologies médicales et voulons faire la démonstration de "
     "notre outil de triage par IA dans un hôpital. Quel financement pouvons-nous obtenir?", "fr"),
])
def test_a_fund_with_no_call_for_years_is_listed_apart_not_a_fit(assistant_bot: Assistant, question: str,
                                                                 lang: str) -> None:
    ans = assistant_bot.ask(question)
    assert "fsisss" not in [p.id for p in ans.programs]
    line = next(x for x in ans.answer.splitlines() if "FSISSS" in x)
    assert line.startswith("- **") and t(lang, "no_call_since") in line  # in the "not open now" list, said why
