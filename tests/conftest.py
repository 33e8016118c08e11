"""Shared fixtures: every test gets its own temporary data folder; real Chroma (folder or `chroma run`), real SQLite."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from common.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test writes to its own data folder and reads no developer .env."""
    for key in list(os.environ):
        if key.startswith("BOUSSOLE_"):
            monkeypatch.delenv(key)
    data = tmp_path / "data"
    monkeypatch.setenv("BOUSSOLE_DATA_DIR", str(data))
    monkeypatch.setenv("BOUSSOLE_THREADS", "2")
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield data
    get_settings.cache_clear()


def make_settings(data: Path, **kw: object) -> Settings:
    kw.setdefault("corpus_dir", CORPUS)
    return Settings(_env_file=None, data_dir=data, threads=2, **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The shipped corpus, ingested once per test session into a temporary data folder (read-only for tests)."""
    from ingest.index import ingest

    data = tmp_path_factory.mktemp("corpus-index")
    settings = make_settings(data)
    rep = ingest([CORPUS], settings, progress=False)
    assert not rep.failed, rep.failed
    return settings


@pytest.fixture(scope="session")
def assistant_bot(corpus_index: Settings):  # type: ignore[no-untyped-def]
    from assistant.service import Assistant

    return Assistant.open(corpus_index)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, timeout: float = 30.0) -> None:
    import httpx

    deadline = time.time() + timeout
    last: Exception | None = None
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s: {last}")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `chroma run` on 127.0.0.1 for the session; its URL."""
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    if not Path(exe).exists():
        pytest.skip("the chroma command is not installed")
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = (path / "server.log").open("w")
    proc = subprocess.Popen([exe, "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/api/v2/heartbeat", timeout=60)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


class NetworkGuard:
    """Records every outbound connection; anything but loopback is a failure."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def outside(self) -> list[str]:
        return [a for a in self.attempts if not (a.startswith("127.") or a in ("::1", "localhost"))]


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    guard = NetworkGuard()
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else str(address)
        if self.family in (socket.AF_INET, socket.AF_INET6):
            guard.attempts.append(str(host))
            if str(host) not in ("::1", "localhost") and not str(host).startswith("127."):
                raise OSError(f"network guard: connection to {host} refused in tests")
        return real_connect(self, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *a: object, **kw: object) -> object:
        if host not in (None, "localhost", "127.0.0.1", "::1") and not str(host).startswith("127."):
            guard.attempts.append(f"dns:{host}")
            raise OSError(f"network guard: DNS lookup of {host} refused in tests")
        return real_getaddrinfo(host, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return guard
