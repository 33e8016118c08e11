"""Deadline calendar: an iCalendar (.ics) file with one all-day event per known next deadline of some programs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from icalendar import Calendar, Event

from common.labels import phrase
from common.records import Program

PRODID = "-//Boussole//Program deadlines//FR-EN"
MEDIA_TYPE = "text/calendar; charset=utf-8"
WORDS = {
    "fr": {"summary": "Échéance — {name}", "status": "Statut", "apply": "Comment déposer", "page": "Page officielle",
           "cal": "Boussole — échéances des programmes", "checked": "Faits vérifiés le {date}; à confirmer auprès "
           "de l'organisme."},
    "en": {"summary": "Deadline — {name}", "status": "Status", "apply": "How to apply", "page": "Official page",
           "cal": "Boussole — program deadlines", "checked": "Facts checked as of {date}; confirm with the operator."},
}


def dated(programs: Iterable[Program]) -> list[tuple[dt.date, Program]]:
    """(next deadline, program) for each program whose record gives one, soonest first."""
    out = [(p.intake.next_deadline, p) for p in programs if p.intake.next_deadline is not None]
    return sorted(out, key=lambda dp: (dp[0], dp[1].id))


def deadline_event(day: dt.date, p: Program, lang: str, stamp: dt.datetime) -> Event:
    """One all-day event: SUMMARY with the program name, URL the official page, DESCRIPTION how to apply."""
    w = WORDS["en" if lang == "en" else "fr"]
    ev = Event()
    ev.add("uid", f"{p.id}-{day.isoformat()}@boussole")
    ev.add("dtstamp", stamp)
    ev.add("dtstart", day)
    ev.add("dtend", day + dt.timedelta(days=1))
    ev.add("summary", w["summary"].format(name=p.name.get(lang)))
    ev.add("url", str(p.url))
    ev.add("description", "\n".join([
        f"{w['status']}: {phrase('intake', p.intake.status, lang)}",
        f"{w['apply']}: {' '.join(p.how_to_apply.get(lang).split())}",
        f"{w['page']}: {p.url}",
        w["checked"].format(date=p.as_of.isoformat())]))
    ev.add("transp", "TRANSPARENT")
    return ev


def build_calendar(programs: Iterable[Program], lang: str, now: dt.datetime | None = None) -> bytes:
    """The .ics bytes for `programs` (a valid calendar with no event when none has a known next deadline)."""
    stamp = now or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", WORDS["en" if lang == "en" else "fr"]["cal"])
    for day, p in dated(programs):
        cal.add_component(deadline_event(day, p, lang, stamp))
    return bytes(cal.to_ical())
