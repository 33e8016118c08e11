"""API fixtures: apps over the real session index with a SQLite file per test, a corpus copy, a restartable Chroma."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from common.settings import Settings
from tests.conftest import CORPUS, free_port, wait_http

FR_QUESTION = "Quels programmes de subvention pour une medtech en série A au Québec ?"
EN_QUESTION = "What grants can an AI digital health startup in Montreal get?"
ADMIN_TOKEN = "s3cr3t-admin-token-for-tests"


def with_overrides(settings: Settings, **overrides: Any) -> Settings:
    """A validated copy of `settings` with some values changed (model_copy would skip the validators)."""
    return Settings(_env_file=None, **{**settings.model_dump(), **overrides})  # type: ignore[call-arg]


@pytest.fixture
def api_settings(corpus_index: Settings, tmp_path: Path) -> Settings:
    """The shared read-only index, with this test's own SQLite file and no rate limit."""
    return with_overrides(corpus_index, database_url=f"sqlite:///{tmp_path / 'api.sqlite'}", rate_limit_per_minute=0)


@pytest.fixture
def make_client(api_settings: Settings) -> Iterator[Callable[..., TestClient]]:
    """Build an app (settings overrides as keywords) and a started TestClient on it; all closed at the end."""
    opened: list[TestClient] = []

    def make(settings: Settings | None = None, **overrides: Any) -> TestClient:
        s = with_overrides(settings or api_settings, **overrides)
        client = TestClient(create_app(s), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for c in reversed(opened):
        c.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


@pytest.fixture
def app_of() -> Callable[[TestClient], FastAPI]:
    def get(c: TestClient) -> FastAPI:
        app = c.app
        assert isinstance(app, FastAPI)
        return app

    return get


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped corpus (named `corpus`, so sources read corpus/...)."""
    dest = tmp_path / "copy" / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


class ChromaProcess:
    """A real `chroma run` on loopback that a test can stop and start again on the same port and path."""

    def __init__(self, path: Path) -> None:
        exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
        if not Path(exe).exists():
            pytest.skip("the chroma command is not installed")
        self.exe, self.path, self.port = exe, path, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.path / "server.log").open("ab")
        self.proc = subprocess.Popen(
            [self.exe, "run", "--path", str(self.path / "db"), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        log.close()
        wait_http(f"{self.url}/api/v2/heartbeat", timeout=60)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)
        self.proc = None


@pytest.fixture(scope="module")
def chroma_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaProcess]:
    """A restartable server for one test module; each test leaves it running."""
    proc = ChromaProcess(tmp_path_factory.mktemp("chroma-proc"))
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()
