"""Scale-out on loopback: a real `chroma run`, a throwaway PostgreSQL, two API readers sharing one data folder, and
one ingest writer. Same answers from both readers, sessions that move between them, a reindex they both follow
without a restart or a failed request, and a second writer refused."""

from __future__ import annotations

import itertools
import subprocess
import threading
import time
from pathlib import Path

import httpx
import pytest
import yaml

from bench.cluster import CLI, ROOT, run_ingest
from common.errors import WriterBusy
from common.settings import Settings
from ingest.index import ingest
from ingest.lock import LOCK_NAME, writer_lock
from tests.api.conftest import EN_QUESTION, FR_QUESTION
from tests.scaleout.conftest import Cluster

pytestmark = [pytest.mark.scaleout, pytest.mark.server]
NEW_ID = "orbite-sante"
NEW_QUESTION = "Qu'est-ce que le programme Orbite Santé ?"
LOAD_QUESTIONS = [FR_QUESTION, EN_QUESTION, "Quels crédits d'impôt pour la R-D en intelligence artificielle ?"]


def chat(url: str, message: str, **extra: object) -> dict[str, object]:
    r = httpx.post(f"{url}/chat", json={"message": message, **extra}, timeout=60)
    assert r.status_code == 200, r.text
    body: dict[str, object] = r.json()
    return body


def listing(folder: Path) -> dict[str, float]:
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in sorted(folder.rglob("*"))}


def test_both_readers_give_the_same_answer(cluster: Cluster) -> None:
    for question in (FR_QUESTION, EN_QUESTION):
        a, b = (chat(url, question) for url in cluster.urls)
        assert a["programs"] and a["citations"]
        for key in ("answer", "language", "programs", "citations", "profile"):
            assert a[key] == b[key], key
    versions = {httpx.get(f"{url}/health", timeout=30).json()["corpus_version"] for url in cluster.urls}
    assert len(versions) == 1 and None not in versions


def test_a_session_started_on_one_reader_continues_on_the_other(cluster: Cluster) -> None:
    first = chat(cluster.urls[0], FR_QUESTION)
    follow = chat(cluster.urls[1], "Et si nous étions en série B ?", session_id=first["session_id"])
    assert follow["session_id"] == first["session_id"]
    profile = follow["profile"]
    assert isinstance(profile, dict)
    assert profile["stage"] == "series_b_plus" and "medtech" in profile["sectors"]  # medtech came from reader 0
    alone = chat(cluster.urls[1], "Et si nous étions en série B ?")  # the same words without the session
    assert isinstance(alone["profile"], dict) and "medtech" not in alone["profile"]["sectors"]
    r = httpx.post(f"{cluster.urls[1]}/feedback", timeout=30, json={
        "session_id": first["session_id"], "message_id": first["message_id"], "rating": "up"})
    assert r.status_code == 201, r.text  # the message answered by reader 0 is known to reader 1


def test_readers_write_nothing_in_the_shared_folder(cluster: Cluster) -> None:
    before = listing(cluster.data)
    for url in cluster.urls:
        chat(url, FR_QUESTION)
        assert httpx.get(f"{url}/programs", timeout=30).status_code == 200
    time.sleep(1.5)  # a watcher tick
    assert listing(cluster.data) == before


def test_a_second_writer_is_refused(cluster: Cluster) -> None:
    with writer_lock(cluster.data):  # what a running `boussole ingest` holds
        done = run_ingest(cluster.env, cluster.corpus)
    assert done.returncode == WriterBusy.exit_code, done.stderr
    line = done.stderr.strip().splitlines()[-1]
    assert "another ingest is already writing to this data folder" in line and "only one writer" in line
    assert "Traceback" not in done.stderr
    assert run_ingest(cluster.env, cluster.corpus).returncode == 0  # the lock, and nothing else, refused it


def add_program(corpus: Path) -> None:
    """A valid record under a new id and name: a copy of an existing one."""
    record = yaml.safe_load((corpus / "programs" / "cdl-montreal.yaml").read_text(encoding="utf-8"))
    record.update(id=NEW_ID, name={"fr": "Programme Orbite Santé", "en": "Orbite Health Program"},
                  aliases=["Orbite Santé", "Orbite Health"])
    (corpus / "programs" / f"{NEW_ID}.yaml").write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")


class Load:
    """A few clients asking both readers in turn until stopped; every failure is kept."""

    def __init__(self, urls: list[str], clients: int = 4) -> None:
        self.urls = urls
        self.ok = 0
        self.failures: list[str] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._client, args=(n,), daemon=True) for n in range(clients)]

    def _client(self, n: int) -> None:
        with httpx.Client(timeout=30) as http:
            for i in itertools.count(n):
                if self._stop.is_set():
                    return
                url, question = self.urls[i % len(self.urls)], LOAD_QUESTIONS[i % len(LOAD_QUESTIONS)]
                try:
                    r = http.post(f"{url}/chat", json={"message": question})
                    good = r.status_code == 200 and bool(r.json().get("answer"))
                    reason = f"{url} HTTP {r.status_code}"
                except (httpx.HTTPError, ValueError) as exc:
                    good, reason = False, f"{url} {type(exc).__name__}"
                if good:
                    self.ok += 1
                else:
                    self.failures.append(reason)

    def __enter__(self) -> Load:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(60)


def writer_holds_lock(data: Path, pid: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> bool:
    """True once the writer has written its pid into the lock it holds (False if it exited before)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if f'"pid": {pid},' in (data / LOCK_NAME).read_text(encoding="utf-8"):
                return True
        except OSError:
            pass
        time.sleep(0.02)
    return False


def test_a_reindex_that_adds_a_program_reaches_both_readers(cluster: Cluster) -> None:
    for url in cluster.urls:
        assert httpx.get(f"{url}/programs/{NEW_ID}", timeout=30).status_code == 404
    add_program(cluster.corpus)
    settings = Settings(_env_file=None, **{  # type: ignore[arg-type]
        k.removeprefix("BOUSSOLE_").lower(): v for k, v in cluster.env.items() if k.startswith("BOUSSOLE_")})
    with Load(cluster.urls) as load:
        time.sleep(1.0)
        writer = subprocess.Popen([*CLI, "ingest", "--quiet", str(cluster.corpus)], env=cluster.env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if writer_holds_lock(cluster.data, writer.pid, writer):  # a second writer while this one runs: refused
            with pytest.raises(WriterBusy, match=f"pid {writer.pid} on"):
                ingest([cluster.corpus], settings, progress=False)
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err.decode()[-2000:]
        published = time.monotonic()
        seen: dict[str, float] = {}
        while len(seen) < len(cluster.urls) and time.monotonic() - published < 10.0:
            for url in cluster.urls:
                if url not in seen and httpx.get(f"{url}/programs/{NEW_ID}", timeout=10).status_code == 200:
                    seen[url] = time.monotonic() - published
            time.sleep(0.1)
        time.sleep(1.0)  # keep the load on a little after the swap
    assert set(seen) == set(cluster.urls), f"not picked up within 10 s: {sorted(set(cluster.urls) - set(seen))}"
    assert load.failures == [] and load.ok > 0
    for url in cluster.urls:
        answer = chat(url, NEW_QUESTION)
        assert NEW_ID in [p["id"] for p in answer["programs"]]  # type: ignore[union-attr, index]
