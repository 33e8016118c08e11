"""The API over a real `chroma run` server: the same chat test, then 503 while it is down and recovery once it is back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.handlers import STORE_DOWN
from assistant.models import Answer
from common.settings import Settings
from ingest.index import ingest
from tests.api.conftest import FR_QUESTION, ChromaProcess
from tests.conftest import CORPUS, make_settings

pytestmark = pytest.mark.server


def server_settings(data: Path, url: str) -> Settings:
    """A fresh data folder, vectors in the server under a collection of our own, the corpus ingested."""
    settings = make_settings(data, chroma_url=url, collection_prefix=f"api-{uuid.uuid4().hex[:8]}",
                             rate_limit_per_minute=0)
    assert not ingest([CORPUS], settings, progress=False).failed
    return settings


def test_chat_against_a_chroma_server(chroma_server: str, make_client: Callable[..., TestClient],
                                      tmp_path: Path) -> None:
    c = make_client(server_settings(tmp_path / "data", chroma_server))
    r = c.post("/chat", json={"message": FR_QUESTION})
    assert r.status_code == 200, r.text
    ans = Answer.model_validate(r.json())
    assert ans.language == "fr" and ans.programs and ans.citations
    h = c.get("/health").json()
    assert h["status"] == "ok" and h["store"] == "ok"
    assert c.get("/search", params={"q": "subvention medtech", "k": 3}).json()["results"]


@pytest.fixture(scope="module")
def restartable(chroma_process: ChromaProcess, tmp_path_factory: pytest.TempPathFactory) -> tuple[ChromaProcess, Settings]:
    """The restartable server with the corpus ingested once for this module."""
    return chroma_process, server_settings(tmp_path_factory.mktemp("server-data"), chroma_process.url)


def test_server_down_is_503_then_recovers(restartable: tuple[ChromaProcess, Settings],
                                          make_client: Callable[..., TestClient], tmp_path: Path) -> None:
    chroma_process, settings = restartable
    c = make_client(settings, database_url=f"sqlite:///{tmp_path / 'api.sqlite'}")
    assert c.post("/chat", json={"message": FR_QUESTION}).status_code == 200

    chroma_process.stop()
    h = c.get("/health")
    assert h.status_code == 503 and h.json()["store"] == "unavailable" and h.json()["status"] == "degraded"
    assert c.get("/ready").status_code == 503
    r = c.post("/chat", json={"message": FR_QUESTION})
    assert r.status_code == 503 and r.json() == {"detail": STORE_DOWN}
    assert r.headers["retry-after"]
    s = c.get("/search", params={"q": "subvention"})
    assert s.status_code == 503 and "Chroma" in s.json()["detail"]

    chroma_process.start()  # same port, same folder
    assert c.get("/health").status_code == 200
    r = c.post("/chat", json={"message": FR_QUESTION})
    assert r.status_code == 200 and r.json()["programs"]


def test_server_down_at_start_then_up(restartable: tuple[ChromaProcess, Settings],
                                      make_client: Callable[..., TestClient], tmp_path: Path) -> None:
    chroma_process, settings = restartable
    chroma_process.stop()
    c = make_client(settings, database_url=f"sqlite:///{tmp_path / 'api.sqlite'}")  # starts degraded, no crash
    assert c.get("/health").status_code == 503
    assert c.post("/chat", json={"message": FR_QUESTION}).status_code == 503
    chroma_process.start()
    assert c.get("/health").status_code == 200
    assert c.post("/chat", json={"message": FR_QUESTION}).status_code == 200
