"""A program's intake: its status with the date a source showed it, its deadlines, and whether it takes applications
today, is between two calls, or has ended."""

from __future__ import annotations

import datetime as dt

from pydantic import model_validator

from common.shapes import Bilingual, Strict
from common.vocab import Intake

# A program of calls whose last deadline passed less than this long ago, with no new one announced, is between calls:
# a yearly window (CanExport SMEs, Canada Summer Jobs, Eurostars) comes back within the year. Longer ago with nothing
# announced (a 2019 competition, a 2023 pilot call), it has ended.
RECUR_DAYS = 366
# A program of calls with no deadline on record whose calls a source last showed this long ago is dormant: a call
# every year or two would have shown in three years (FSISSS: last call guide 2021, "no recent call found").
DORMANT_DAYS = 3 * 365


class Confirmed(Strict):
    date: dt.date
    source: str


class IntakeStatus(Strict):
    status: Intake
    next_deadline: dt.date | None = None
    last_deadline: dt.date | None = None
    last_confirmed: Confirmed | None = None
    replaced_by: str | None = None
    note: Bilingual | None = None

    @model_validator(mode="after")
    def _consistent(self) -> IntakeStatus:
        if self.status == Intake.replaced and not self.replaced_by:
            raise ValueError("intake.status is 'replaced' but intake.replaced_by is empty")
        if self.status == Intake.unknown and self.note is None:
            raise ValueError("intake.status is 'unknown': intake.note must say what the sources show")
        if self.status != Intake.unknown and self.last_confirmed is None:
            raise ValueError(f"intake.status is {self.status.value!r}: intake.last_confirmed (date, source) is required")
        return self

    def accepting(self, today: dt.date) -> bool:
        """Open to applications on `today`: open or continuous, or calls whose next deadline is not past."""
        if self.status in (Intake.open, Intake.continuous):
            return self.next_deadline is None or self.next_deadline >= today
        if self.status == Intake.calls:
            return self.next_deadline is not None and self.next_deadline >= today
        return False

    def _past_call(self, today: dt.date) -> bool:
        return self.status == Intake.calls and not self.accepting(today) and self.last_deadline is not None

    def between_calls(self, today: dt.date) -> bool:
        """No call open, the last one closed less than RECUR_DAYS ago: not open now, but not over."""
        return self._past_call(today) and self.last_deadline is not None and (today - self.last_deadline).days < RECUR_DAYS

    def dormant(self, today: dt.date) -> bool:
        """Calls with no deadline on record, none seen by a source for DORMANT_DAYS: not a fit until one is announced."""
        return (self.status == Intake.calls and self.next_deadline is None and self.last_deadline is None
                and self.last_confirmed is not None and (today - self.last_confirmed.date).days > DORMANT_DAYS)

    def ended(self, today: dt.date) -> bool:
        """Closed, paused or replaced, a call whose last deadline passed RECUR_DAYS ago or more, none announced since,
        or dormant calls."""
        if self.status in (Intake.closed, Intake.paused, Intake.replaced) or self.dormant(today):
            return True
        return self._past_call(today) and not self.between_calls(today)
