"""POST /chat over the real index: JSON answers, sessions in SQLite (across restarts), and the SSE stream."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi.testclient import TestClient

from assistant.models import Answer
from common.settings import Settings
from tests.api.conftest import EN_QUESTION, FR_QUESTION


def parse_sse(text: str) -> list[tuple[str, dict[str, object]]]:
    """(event, data) pairs of a text/event-stream body."""
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        if not block.strip():
            continue
        name, data = "message", []
        for line in block.split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].lstrip())
        events.append((name, json.loads("\n".join(data))))
    return events


def test_chat_answers_in_french_with_sources(client: TestClient) -> None:
    r = client.post("/chat", json={"message": FR_QUESTION})
    assert r.status_code == 200, r.text
    ans = Answer.model_validate(r.json())
    assert ans.language == "fr" and not ans.abstained
    assert ans.programs and ans.citations and ans.session_id and ans.message_id
    assert "[1]" in ans.answer


def test_chat_english_and_explicit_lang(client: TestClient) -> None:
    ans = Answer.model_validate(client.post("/chat", json={"message": EN_QUESTION}).json())
    assert ans.language == "en" and ans.programs
    forced = client.post("/chat", json={"message": EN_QUESTION, "lang": "fr"}).json()
    assert forced["language"] == "fr"


def test_explicit_profile_is_merged(client: TestClient) -> None:
    body = {"message": "Quels programmes pour nous ?", "profile": {"stage": "seed", "sectors": ["biotech"],
                                                                  "employees": 8}}
    ans = Answer.model_validate(client.post("/chat", json=body).json())
    assert ans.profile.stage == "seed" and "biotech" in ans.profile.sectors and ans.profile.employees == 8


def test_session_continues_and_survives_a_restart(make_client: Callable[..., TestClient]) -> None:
    first = make_client()
    a1 = first.post("/chat", json={"message": "Nous sommes une medtech au stade de démarrage (seed)."}).json()
    a2 = first.post("/chat", json={"message": "Et pour les crédits d'impôt ?", "session_id": a1["session_id"]}).json()
    assert a2["session_id"] == a1["session_id"]
    assert a2["profile"]["stage"] == "seed"
    second = make_client()  # a new app on the same SQLite file: a restarted service
    a3 = second.post("/chat", json={"message": "Quelles subventions ?", "session_id": a1["session_id"]}).json()
    assert a3["session_id"] == a1["session_id"] and a3["profile"]["stage"] == "seed"


def test_a_studys_follow_up_stays_on_the_study_after_a_restart(make_client: Callable[..., TestClient]) -> None:
    """What the last answer was about (a study) is read back from the stored messages, not kept in memory."""
    first = make_client()
    a1 = first.post("/chat", json={"message": "Combien d'entreprises en IA santé l'étude InVivo a-t-elle comptées?"}).json()
    assert a1["intent"] == "report"
    second = make_client()
    a2 = second.post("/chat", json={"message": "Et combien de fonds de capital de risque?",
                                    "session_id": a1["session_id"]}).json()
    assert a2["intent"] == "report" and "71" in a2["answer"]


def test_unknown_session_starts_a_new_one(client: TestClient) -> None:
    r = client.post("/chat", json={"message": FR_QUESTION, "session_id": "no-such-session"})
    assert r.status_code == 200
    sid = r.json()["session_id"]
    assert sid and sid != "no-such-session"
    again = client.post("/chat", json={"message": "Et en anglais ?", "session_id": sid}).json()
    assert again["session_id"] == sid


def _check_stream(r_text: str, content_type: str) -> Answer:
    assert content_type.startswith("text/event-stream")
    events = parse_sse(r_text)
    names = [e for e, _ in events]
    assert names[0] == "meta" and names[-1] == "done" and names.count("delta") >= 1
    assert set(names[1:-1]) == {"delta"}
    meta, done = events[0][1], Answer.model_validate(events[-1][1])
    assert meta == {"session_id": done.session_id, "message_id": done.message_id}
    assert "".join(str(d["text"]) for e, d in events if e == "delta") == done.answer
    return done


def test_stream_with_accept_header(client: TestClient) -> None:
    with client.stream("POST", "/chat", json={"message": FR_QUESTION},
                       headers={"Accept": "text/event-stream"}) as r:
        assert r.status_code == 200
        body = "".join(r.iter_text())
    done = _check_stream(body, r.headers["content-type"])
    assert done.programs and "\n" in done.answer  # several lines, so several deltas
    assert len([line for line in body.splitlines() if line == "event: delta"]) > 1


def test_stream_with_query_flag(client: TestClient) -> None:
    r = client.post("/chat?stream=true", json={"message": EN_QUESTION})
    assert r.status_code == 200
    assert _check_stream(r.text, r.headers["content-type"]).language == "en"


def test_stream_errors_are_plain_json(client: TestClient) -> None:
    r = client.post("/chat?stream=true", json={"message": "x" * 2001})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/json")


def test_messages_are_stored(client: TestClient, api_settings: Settings) -> None:
    from sqlalchemy import create_engine, text

    ans = client.post("/chat", json={"message": FR_QUESTION}).json()
    engine = create_engine(api_settings.sqlite_url)
    with engine.connect() as con:
        row = con.execute(text("SELECT question, language, answer FROM messages WHERE id = :id"),
                          {"id": ans["message_id"]}).one()
        mode = con.execute(text("PRAGMA journal_mode")).scalar()
    engine.dispose()
    assert row[0] == FR_QUESTION and row[1] == "fr" and json.loads(row[2])["answer"] == ans["answer"]
    assert mode == "wal"
