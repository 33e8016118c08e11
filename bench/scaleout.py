"""Throughput and latency of POST /chat with one API process, then two, in the same run, under a bounded load.

Starts on loopback a real `chroma run`, a throwaway PostgreSQL for sessions (a shared SQLite file when PostgreSQL is
not installed), ingests a copy of the corpus with the writer, then starts two `boussole serve` readers on the same
data folder. Phase 1 sends every client to the first; phase 2 splits the clients between both (round robin by client,
as a reverse proxy would). The load generator runs on the same machine and takes its share of the cores.

    .venv/bin/python bench/scaleout.py                          # 8 clients, 30 s per phase
    .venv/bin/python bench/scaleout.py --clients 16 --duration 60
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.cluster import ApiProcess, Postgres, cluster_env, postgres_bin, run_ingest, wait_ready  # noqa: E402
from bench.common import save  # noqa: E402
from bench.load_chat import Result, run_phase  # noqa: E402
from tests.api.conftest import ChromaProcess  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


async def spread(urls: list[str], phase: str, clients: int, seconds: float, timeout: float) -> Result:
    """`clients` clients for `seconds`, client i on urls[i % len(urls)]; one merged result."""
    shares = [len(range(i, clients, len(urls))) for i in range(len(urls))]
    parts = await asyncio.gather(*(run_phase(u, phase, n, seconds, timeout) for u, n in zip(urls, shares, strict=True)
                                   if n))
    merged = Result(phase, clients, seconds)
    for part in parts:
        merged.latencies += part.latencies
        for kind, n in part.errors.items():
            merged.errors[kind] = merged.errors.get(kind, 0) + n
    return merged


def table(results: list[Result]) -> str:
    head = ["phase", "clients", "seconds", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"]
    rows = [head, *[r.row()[:-1] for r in results]]
    return "\n".join("| " + " | ".join(r) + " |" for r in [rows[0], ["---"] * len(head), *rows[1:]])


def measure(urls: list[str], args: argparse.Namespace) -> list[Result]:
    results = []
    for n in (1, 2):
        asyncio.run(spread(urls[:n], "warm-up", min(args.clients, 4), 3.0, args.timeout))
        res = asyncio.run(spread(urls[:n], f"{n} API process{'es' if n > 1 else ''}", args.clients, args.duration,
                                 args.timeout))
        print(f"{res.phase}: {len(res.latencies) / res.seconds:.1f} req/s", file=sys.stderr)
        results.append(res)
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--duration", type=float, default=30.0, help="seconds per phase")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds before one request counts as failed")
    p.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="boussole-scaleout-"))
    chroma = ChromaProcess(work)
    bindir = postgres_bin()
    pg = Postgres(bindir) if bindir else None
    apis: list[ApiProcess] = []
    try:
        chroma.start()
        if pg:
            pg.start()
        db = pg.url if pg else f"sqlite:///{work / 'sessions.sqlite'}"
        corpus = work / "copy" / "corpus"
        shutil.copytree(args.corpus, corpus)
        env = cluster_env(work / "data", corpus, chroma.url, db, f"bench-{uuid.uuid4().hex[:8]}")
        print("ingesting with the writer …", file=sys.stderr)
        done = run_ingest(env, corpus)
        if done.returncode != 0:
            raise SystemExit(f"ingest failed: {done.stderr[-800:]}")
        apis = [ApiProcess(env, work / f"api-{i}.log") for i in range(2)]
        for api in apis:
            api.start()
        for api in apis:
            wait_ready(api.url, proc=api.proc)
        results = measure([a.url for a in apis], args)
    finally:
        for api in apis:
            api.stop()
        if pg:
            pg.stop()
        chroma.stop()
        shutil.rmtree(work, ignore_errors=True)
    text = table(results)
    sessions = "PostgreSQL" if pg else "SQLite (PostgreSQL not installed)"
    note = (f"{args.clients} clients × {args.duration:.0f} s per phase; sessions in {sessions}; Chroma server; "
            f"{os.cpu_count()} cores shared by the API processes, Chroma, the database and the load generator.")
    print(text)
    print(note)
    path = save("scaleout", f"# Scale-out: one vs two API processes\n\n```\n{text}\n```\n\n{note}\n",
                [{"phase": r.phase, "clients": r.clients, "seconds": r.seconds, "row": r.row(), "errors": r.errors}
                 for r in results])
    print(f"saved {path}", file=sys.stderr)
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
