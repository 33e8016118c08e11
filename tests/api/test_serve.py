"""`boussole serve` as a real process on loopback: it answers, logs request ids, and the load script runs against it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from common.settings import Settings
from tests.api.conftest import FR_QUESTION
from tests.conftest import ROOT, free_port


@pytest.fixture
def served(corpus_index: Settings, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "BOUSSOLE_DATA_DIR": str(corpus_index.data_dir),
           "BOUSSOLE_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite'}", "BOUSSOLE_RATE_LIMIT_PER_MINUTE": "0"}
    with log.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)], cwd=ROOT,
                                env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"{url}/ready", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.time() < deadline, log.read_text()
            time.sleep(0.3)
        yield url, log
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_serve_answers_and_logs_request_ids(served: tuple[str, Path]) -> None:
    url, log = served
    r = httpx.post(f"{url}/chat", json={"message": FR_QUESTION}, headers={"X-Request-ID": "serve-test-7"}, timeout=60)
    assert r.status_code == 200 and r.json()["programs"] and r.headers["x-request-id"] == "serve-test-7"
    time.sleep(0.3)
    lines = log.read_text().splitlines()
    assert any("[serve-test-7]" in line and "POST /chat 200" in line for line in lines), lines[-5:]
    assert any("index loaded" in line for line in lines)  # loaded once, at start


def test_load_script_short_run(served: tuple[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import load_chat
    finally:
        sys.path.pop(0)
    url, _ = served
    assert load_chat.main(["--url", url, "--clients", "3", "--duration", "2"]) == 0
    out = capsys.readouterr().out
    assert "req/s" in out and "p95 ms" in out and "steady" in out
    with pytest.raises(SystemExit):
        load_chat.main(["--url", "http://example.org:8000", "--duration", "1"])
