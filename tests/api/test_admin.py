"""POST/GET /admin/reindex: off without a token, 401 on a wrong one, and a reindex while chat requests keep flowing."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from common.settings import Settings
from ingest.index import ingest
from tests.api.conftest import ADMIN_TOKEN, EN_QUESTION, FR_QUESTION
from tests.helpers import RECORD

AUTH = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def test_admin_is_off_without_a_token(client: TestClient) -> None:
    assert client.post("/admin/reindex").status_code == 404
    assert client.post("/admin/reindex", headers=AUTH).status_code == 404
    assert client.get("/admin/reindex", headers=AUTH).status_code == 404


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-wrong-token"},
                                     {"Authorization": ADMIN_TOKEN}, {"Authorization": f"Basic {ADMIN_TOKEN}"},
                                     {"Authorization": f"Bearer {ADMIN_TOKEN}x"}])
def test_wrong_or_missing_token_is_401(make_client: Callable[..., TestClient], headers: dict[str, str]) -> None:
    c = make_client(admin_token=ADMIN_TOKEN)
    for r in (c.post("/admin/reindex", headers=headers), c.get("/admin/reindex", headers=headers)):
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert ADMIN_TOKEN not in r.text


def test_placeholder_tokens_are_refused() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="placeholder"):
        Settings(_env_file=None, admin_token="changeme")  # type: ignore[arg-type]


@pytest.fixture
def live_settings(corpus_copy: Path, tmp_path: Path) -> Settings:
    """A fresh data folder with the corpus copy ingested, the admin endpoint on."""
    settings = Settings(_env_file=None, data_dir=tmp_path / "live-data", corpus_dir=corpus_copy, threads=2,  # type: ignore[arg-type]
                        admin_token=ADMIN_TOKEN, rate_limit_per_minute=0)
    assert not ingest([corpus_copy], settings, progress=False).failed
    return settings


def test_reindex_while_chatting(make_client: Callable[..., TestClient], live_settings: Settings,
                                corpus_copy: Path) -> None:
    c = make_client(live_settings)
    assert c.get("/programs/test-programme").status_code == 404
    assert c.get("/admin/reindex", headers=AUTH).json()["running"] is False
    (corpus_copy / "programs" / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    (corpus_copy / "programs" / "broken.yaml").write_text("id: broken\nname: [not, a, mapping\n", encoding="utf-8")
    for md in sorted((corpus_copy / "policies").glob("*.md"))[:4]:  # more work for the reindex: changed files
        md.write_text(md.read_text(encoding="utf-8") + "\n\n## Note\n\nParagraphe ajouté pour l'essai.\n",
                      encoding="utf-8")

    stop = threading.Event()
    results: list[float] = []
    errors: list[str] = []

    def chatter(question: str) -> None:
        while not stop.is_set():
            try:
                r = c.post("/chat", json={"message": question})
                results.append(time.monotonic())
                if r.status_code != 200 or not r.json()["answer"]:
                    errors.append(f"{r.status_code}: {r.text[:200]}")
            except Exception as exc:  # a failed request is what this test counts
                errors.append(repr(exc))

    threads = [threading.Thread(target=chatter, args=(q,)) for q in (FR_QUESTION, EN_QUESTION, FR_QUESTION)]
    for t in threads:
        t.start()
    try:
        time.sleep(0.5)
        r = c.post("/admin/reindex", headers=AUTH)
        window = [time.monotonic()]
        assert r.status_code == 202 and r.json() == {"status": "started"}
        second = c.post("/admin/reindex", headers=AUTH)
        assert second.status_code in (202, 409)  # 409 while the first runs (it may already be done)
        assert second.status_code == 202 or second.json() == {"detail": "a reindex is already running"}
        deadline = time.time() + 120
        while c.get("/admin/reindex", headers=AUTH).json()["running"]:
            assert time.time() < deadline, "reindex did not finish"
            time.sleep(0.2)
        window.append(time.monotonic())
        time.sleep(0.5)
    finally:
        stop.set()
        for t in threads:
            t.join(60)
    assert results and not errors, errors[:3]
    assert any(window[0] < t < window[1] for t in results), "some answers were given while the reindex ran"

    status = c.get("/admin/reindex", headers=AUTH).json()
    assert status["summary"].startswith("files seen")
    if second.status_code == 409:  # else a second run followed the first one and found nothing new
        assert "added 1 / updated 4" in status["summary"]
    assert [f["source"] for f in status["failed"]] == ["corpus/programs/broken.yaml"]  # reported, the rest indexed
    assert status["error"] is None and status["finished"] and "/tmp/" not in str(status)
    rec = c.get("/programs/test-programme")
    assert rec.status_code == 200 and rec.json()["name"]["en"] == "Test program"
    hits = c.get("/search", params={"q": "Programme d'essai subvention jeunes pousses", "k": 10}).json()["results"]
    assert "test-programme" in {h["program_id"] for h in hits}
    assert c.get("/health").json()["corpus_version"] == status["version"]

