"""Load test of POST /chat on loopback: N concurrent clients for a fixed time; req/s, p50/p95/p99 and errors.

Starts its own `boussole serve` on a copy of the corpus in a temporary folder (or uses --url, loopback only).
`--during-reindex` repeats the run while reindexes run back to back (files of the copy change between runs).

    .venv/bin/python bench/load_chat.py                      # 20 clients, 60 s
    .venv/bin/python bench/load_chat.py --duration 10 --during-reindex
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import free_port  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "Quels programmes de subvention pour une medtech en série A au Québec ?",
    "Quels crédits d'impôt pour la R-D en intelligence artificielle ?",
    "Nous sommes une jeune pousse en santé numérique de 8 employés à Montréal : quelles aides ?",
    "Comment financer l'embauche d'un stagiaire en IA ?",
    "Quel accompagnement pour une biotech au stade pré-amorçage ?",
    "Y a-t-il du capital de risque pour les technologies médicales au Québec ?",
    "Quelles données de santé sont accessibles pour entraîner un modèle ?",
    "Que dit la stratégie québécoise des sciences de la vie sur l'IA ?",
    "What grants can an AI digital health startup in Montreal get?",
    "Which tax credits cover R&D salaries for a medtech company?",
    "How can a seed-stage biotech hire an intern with a subsidy?",
    "Is there an accelerator for health AI startups in Quebec?",
    "What loans are available for a growing pharma company?",
    "Which programs help a series A medtech export to Europe?",
    "How much can IRAP fund for an AI project?",
    "What does the Pan-Canadian AI Strategy fund?",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Result:
    phase: str
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    reindexes: int = 0

    def row(self) -> list[str]:
        lat = sorted(self.latencies) or [0.0]
        q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [lat[0]] * 99
        n_err = sum(self.errors.values())
        return [self.phase, str(self.clients), f"{self.seconds:.1f}", str(len(self.latencies) + n_err),
                f"{len(self.latencies) / self.seconds:.1f}", f"{q[49] * 1000:.0f}", f"{q[94] * 1000:.0f}",
                f"{q[98] * 1000:.0f}", str(n_err), str(self.reindexes) if self.phase != "steady" else "-"]


def wait_ready(url: str, timeout: float = 180.0) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/ready", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the API at {url} was not ready within {timeout:.0f} s")


@contextmanager
def own_server(token: str, corpus: Path) -> Iterator[tuple[str, Path]]:
    """Copy the corpus, ingest it into a temporary data folder, run `boussole serve` on a free loopback port."""
    work = Path(tempfile.mkdtemp(prefix="boussole-bench-"))
    copy = work / "corpus"
    shutil.copytree(corpus, copy)
    env = {**os.environ, "BOUSSOLE_DATA_DIR": str(work / "data"), "BOUSSOLE_CORPUS_DIR": str(copy),
           "BOUSSOLE_RATE_LIMIT_PER_MINUTE": "0", "BOUSSOLE_ADMIN_TOKEN": token, "HF_HUB_OFFLINE": "1"}
    cli = [sys.executable, "-m", "assistant.cli"]
    print(f"ingesting a copy of {corpus} …", file=sys.stderr)
    subprocess.run([*cli, "ingest", "--quiet", str(copy)], env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    log = (work / "serve.log").open("w")
    proc = subprocess.Popen([*cli, "serve", "--host", "127.0.0.1", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url)
        yield url, copy
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)


async def client_loop(http: httpx.AsyncClient, n: int, deadline: float, res: Result) -> None:
    i = n
    while time.monotonic() < deadline:
        question = QUESTIONS[i % len(QUESTIONS)]
        i += 7
        t0 = time.monotonic()
        try:
            r = await http.post("/chat", json={"message": question})
            ok = r.status_code == 200 and bool(r.json().get("answer"))
            key = "" if ok else f"HTTP {r.status_code}"
        except (httpx.HTTPError, ValueError) as exc:
            key = type(exc).__name__
        if key:
            res.errors[key] = res.errors.get(key, 0) + 1
        else:
            res.latencies.append(time.monotonic() - t0)


async def run_phase(url: str, phase: str, clients: int, seconds: float, timeout: float) -> Result:
    res = Result(phase, clients, seconds)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as http:
        deadline = time.monotonic() + seconds
        await asyncio.gather(*(client_loop(http, n, deadline, res) for n in range(clients)))
    return res


def reindex_loop(url: str, token: str, corpus: Path | None, stop: threading.Event, res: Result) -> None:
    """Back-to-back reindexes; between runs some files of the corpus copy change, so each one has work to do."""
    auth = {"Authorization": f"Bearer {token}"}
    files = sorted(corpus.rglob("*.md")) if corpus else []
    round_no = 0
    while not stop.is_set():
        for f in files[round_no % max(1, len(files)):][:5]:
            f.write_text(f.read_text(encoding="utf-8") + f"\n\nBench round {round_no}.\n", encoding="utf-8")
        r = httpx.post(f"{url}/admin/reindex", headers=auth, timeout=10)
        if r.status_code not in (202, 409):
            res.errors[f"reindex HTTP {r.status_code}"] = res.errors.get(f"reindex HTTP {r.status_code}", 0) + 1
            return
        while not stop.is_set() and httpx.get(f"{url}/admin/reindex", headers=auth, timeout=10).json()["running"]:
            time.sleep(0.2)
        res.reindexes += 1
        round_no += 1


def table(results: list[Result]) -> str:
    head = ["phase", "clients", "seconds", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "reindexes"]
    rows = [head, *[r.row() for r in results]]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", help="an API already running on loopback (default: start one)")
    p.add_argument("--token", help="admin token of --url (needed with --during-reindex)")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--duration", type=float, default=60.0, help="seconds per phase")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds before one request counts as failed")
    p.add_argument("--during-reindex", action="store_true", help="repeat the run while reindexes run")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus", help="corpus copied for the own server")
    args = p.parse_args(argv)
    if args.url and (urlparse(args.url).hostname or "") not in LOOPBACK:
        p.error("--url must be a loopback address (127.0.0.1, localhost, ::1)")
    if args.url and args.during_reindex and not args.token:
        p.error("--during-reindex with --url needs --token")
    token = args.token or secrets.token_urlsafe(24)

    def phases(url: str, corpus: Path | None) -> list[Result]:
        asyncio.run(run_phase(url, "warm-up", min(args.clients, 4), 2.0, args.timeout))
        results = [asyncio.run(run_phase(url, "steady", args.clients, args.duration, args.timeout))]
        if args.during_reindex:
            stop = threading.Event()
            res = Result("during-reindex", args.clients, args.duration)
            worker = threading.Thread(target=reindex_loop, args=(url, token, corpus, stop, res))
            worker.start()
            try:
                done = asyncio.run(run_phase(url, "during-reindex", args.clients, args.duration, args.timeout))
            finally:
                stop.set()
                worker.join(120)
            done.reindexes, done.errors = res.reindexes, {**done.errors, **res.errors}
            results.append(done)
        return results

    if args.url:
        results = phases(args.url.rstrip("/"), None)
    else:
        with own_server(token, args.corpus) as (url, corpus):
            results = phases(url, corpus)
    print(table(results))
    for r in results:
        for kind, n in sorted(r.errors.items()):
            print(f"{r.phase}: {n} × {kind}", file=sys.stderr)
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
