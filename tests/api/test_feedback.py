"""POST /feedback stored in SQLite, and `boussole feedback export` as CSV for triage."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.cli import main
from common.settings import Settings
from tests.api.conftest import EN_QUESTION, FR_QUESTION


def _ask(client: TestClient, message: str) -> dict[str, str]:
    r = client.post("/chat", json={"message": message})
    assert r.status_code == 200
    return {"session_id": r.json()["session_id"], "message_id": r.json()["message_id"]}


def test_feedback_is_stored_with_an_id(client: TestClient) -> None:
    ids = _ask(client, FR_QUESTION)
    r = client.post("/feedback", json={**ids, "rating": "up"})
    assert r.status_code == 201 and r.json()["id"] >= 1 and r.json()["created"]
    r2 = client.post("/feedback", json={**ids, "rating": "down", "reason": "wrong_amount", "comment": "Le montant a changé."})
    assert r2.status_code == 201 and r2.json()["id"] > r.json()["id"]


@pytest.mark.parametrize("change", [{"rating": "meh"}, {"reason": "boring"}, {"comment": "x" * 2001},
                                    {"session_id": ""}, {"message_id": None}, {"rating": None}, {"extra": 1}])
def test_feedback_bad_input_is_422(client: TestClient, change: dict[str, object]) -> None:
    body = {"session_id": "s", "message_id": "m", "rating": "up", **change}
    r = client.post("/feedback", json=body)
    assert r.status_code == 422 and isinstance(r.json()["detail"], str)


def test_feedback_on_an_unknown_message_is_404(client: TestClient) -> None:
    ids = _ask(client, FR_QUESTION)
    assert client.post("/feedback", json={**ids, "message_id": "nope", "rating": "up"}).status_code == 404
    other = _ask(client, EN_QUESTION)
    wrong = client.post("/feedback", json={"session_id": ids["session_id"], "message_id": other["message_id"],
                                          "rating": "down"})
    assert wrong.status_code == 404 and "unknown message" in wrong.json()["detail"]


def test_feedback_export_csv(client: TestClient, api_settings: Settings, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = _ask(client, FR_QUESTION), _ask(client, EN_QUESTION)
    client.post("/feedback", json={**fr, "rating": "down", "reason": "outdated", "comment": "Programme fermé, « vieux »"})
    client.post("/feedback", json={**en, "rating": "up"})
    monkeypatch.setenv("BOUSSOLE_DATABASE_URL", api_settings.sqlite_url)
    from common.settings import get_settings

    get_settings.cache_clear()
    out = tmp_path / "feedback.csv"
    assert main(["feedback", "export", "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["rating"] for r in rows] == ["down", "up"]
    assert rows[0]["reason"] == "outdated" and rows[0]["comment"] == "Programme fermé, « vieux »"
    assert rows[0]["question"] == FR_QUESTION and rows[0]["language"] == "fr" and rows[0]["answer"]
    assert rows[0]["message_id"] == fr["message_id"] and rows[0]["programs"]
    capsys.readouterr()
    assert main(["feedback", "export"]) == 0
    printed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert printed == rows


def test_export_of_an_empty_database_is_a_header(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUSSOLE_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.sqlite'}")
    from common.settings import get_settings

    get_settings.cache_clear()
    assert main(["feedback", "export"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("id,created,rating,reason,comment")

