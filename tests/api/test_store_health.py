"""The SQL store (corrupt files refused untouched, any URL) and /health, /ready — including starting with no index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.api.store import SqlSessions
from assistant.cli import main
from common.errors import StoreError
from common.settings import Settings
from ingest.index import ingest
from tests.api.conftest import FR_QUESTION, with_overrides
from tests.conftest import make_settings
from tests.helpers import RECORD

CORRUPT = [b"this is not a database at all\n" * 200,
           b"SQLite format 3\x00" + bytes(range(256)) * 40]


@pytest.mark.parametrize("content", CORRUPT, ids=["garbage", "bad-pages"])
def test_corrupt_sqlite_is_one_clear_error_and_left_alone(api_settings: Settings, tmp_path: Path,
                                                          content: bytes) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(content)
    settings = with_overrides(api_settings, database_url=f"sqlite:///{db}")
    with pytest.raises(StoreError) as err:
        create_app(settings)
    msg = str(err.value)
    assert "\n" not in msg and "broken.sqlite" in msg and "BOUSSOLE_DATABASE_URL" in msg
    assert db.read_bytes() == content
    assert not (tmp_path / "broken.sqlite-wal").exists()


def test_corrupt_sqlite_from_the_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "broken.sqlite"
    db.write_bytes(CORRUPT[0])
    monkeypatch.setenv("BOUSSOLE_DATABASE_URL", f"sqlite:///{db}")
    from common.settings import get_settings

    get_settings.cache_clear()
    assert main(["feedback", "export"]) == StoreError.exit_code
    err = capsys.readouterr().err.strip()
    assert err.startswith("boussole: session database") and len(err.splitlines()) == 1
    assert db.read_bytes() == CORRUPT[0]


def test_default_database_is_a_wal_sqlite_file_in_the_data_dir(isolated_env: Path) -> None:
    settings = make_settings(isolated_env)
    store = SqlSessions.open(settings)
    try:
        assert (isolated_env / "boussole.sqlite").exists()
        with store.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            tables = {r[0] for r in con.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"sessions", "messages", "feedback"} <= tables
    finally:
        store.close()


def test_bad_database_url_is_a_store_error(api_settings: Settings) -> None:
    with pytest.raises(StoreError, match="not a SQLAlchemy URL"):
        create_app(with_overrides(api_settings, database_url="not a url"))


def test_health_and_ready(client: TestClient, corpus_index: Settings) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    h = r.json()
    assert h["status"] == "ok" and h["index_loaded"] and h["store"] == "ok" and h["database"] == "ok"
    assert h["chunks"] > 100 and h["programs"] > 20 and h["embedder"] == corpus_index.embedder
    assert h["generator"] == "none" and len(h["corpus_version"]) == 12
    assert client.get("/ready").json() == {"ready": True}


def test_no_index_yet_is_503_then_recovers_without_restart(make_client: Callable[..., TestClient],
                                                           isolated_env: Path, tmp_path: Path) -> None:
    settings = make_settings(isolated_env, rate_limit_per_minute=0)
    c = make_client(settings)
    h = c.get("/health")
    assert h.status_code == 503 and h.json()["status"] == "degraded" and not h.json()["index_loaded"]
    assert c.get("/ready").status_code == 503
    r = c.post("/chat", json={"message": FR_QUESTION})
    assert r.status_code == 503 and "boussole ingest" in r.json()["detail"]
    assert str(isolated_env) not in r.text and str(isolated_env) not in h.text
    assert c.get("/programs").status_code == 503
    small = tmp_path / "corpus" / "programs"  # a small real corpus: one program record
    small.mkdir(parents=True)
    (small / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    assert not ingest([small.parent], settings, progress=False).failed
    assert c.get("/health").status_code == 200
    assert c.post("/chat", json={"message": "Parlez-moi du Programme d'essai"}).status_code == 200
    assert c.get("/programs").json()["total"] == 1
