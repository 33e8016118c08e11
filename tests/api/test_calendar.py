"""GET /programs/calendar.ics: the known next deadlines of some programs as iCalendar, parsed with `icalendar`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from icalendar import Calendar

IDS = ["mitacs-accelerate", "nrc-irap", "medteq-impact"]


def events(body: bytes) -> list[Any]:
    cal = Calendar.from_ical(body)
    assert cal.get("version") == "2.0" and cal.get("prodid")
    return list(cal.walk("VEVENT"))


def test_one_all_day_event_per_known_deadline(client: TestClient, app_of: Callable[[TestClient], FastAPI],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    client.get("/programs/nrc-irap")  # the app's assistant is loaded
    bot = app_of(client).state.services.loaded
    assert bot is not None
    programs = bot.retriever.snapshot.programs
    p = programs["mitacs-accelerate"]
    day = dt.date(2031, 3, 14)
    dated = p.model_copy(update={"intake": p.intake.model_copy(update={"next_deadline": day})})
    monkeypatch.setitem(programs, p.id, dated)  # the corpus states no next deadline today; one is given here
    for lang in ("fr", "en"):
        r = client.get("/programs/calendar.ics", params={"ids": ",".join(IDS), "lang": lang})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"] == "text/calendar; charset=utf-8"
        found = events(r.content)
        assert len(found) == 1
        ev = found[0]
        assert ev.decoded("dtstart") == day and ev.decoded("dtend") == day + dt.timedelta(days=1)
        assert ev.get("dtstart").params.get("VALUE") == "DATE"
        assert p.name.get(lang) in str(ev.get("summary"))
        assert str(ev.get("url")) == str(p.url)
        assert " ".join(p.how_to_apply.get(lang).split())[:60] in " ".join(str(ev.get("description")).split())


def test_no_known_date_gives_an_empty_calendar(client: TestClient) -> None:
    r = client.get("/programs/calendar.ics", params={"ids": "nrc-irap, medteq-impact"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert events(r.content) == []
    assert client.get("/programs/calendar.ics", params={"ids": ""}).status_code == 200


def test_unknown_ids_are_listed_in_a_404(client: TestClient) -> None:
    r = client.get("/programs/calendar.ics", params={"ids": "nrc-irap,no-such-program,other-missing"})
    assert r.status_code == 404
    text = r.text
    assert "no-such-program" in text and "other-missing" in text and "nrc-irap," not in text
    assert client.get("/programs/calendar.ics").status_code == 422  # ids is required
    assert client.get("/programs/nrc-irap").status_code == 200  # the record route still answers
