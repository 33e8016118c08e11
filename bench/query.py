"""Query latency on the shipped corpus: in process (retrieval, full answer) and over HTTP (POST /chat), ours vs the
naive baseline (LangChain Chroma similarity_search feeding the same composer), measured in the same run.

    .venv/bin/python bench/query.py [--questions 120] [--repeat 1]

Loopback only. Needs an ingested index (make ingest); uses BOUSSOLE_DATA_DIR like the rest of Boussole."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, free_port, python, run_measured, save, summary, table  # noqa: E402
from evals.golden import load_questions  # noqa: E402


def http_latencies(questions: list[str], env: dict[str, str]) -> list[float]:
    port = free_port()
    proc = subprocess.Popen([python(), "-m", "assistant.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=ROOT, env={**os.environ, **env, "BOUSSOLE_RATE_LIMIT_PER_MINUTE": "100000"},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if httpx.get(f"{url}/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        out = []
        with httpx.Client(base_url=url, timeout=30) as client:
            for q in questions[:5]:
                client.post("/chat", json={"message": q})
            for q in questions:
                t0 = time.perf_counter()
                r = client.post("/chat", json={"message": q})
                out.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--questions", type=int, default=120)
    args = ap.parse_args()
    questions = [q.question for q in load_questions() if not q.turns][: args.questions]
    _, rss, out = run_measured([python(), str(ROOT / "bench" / "probe.py"), str(args.questions)])
    inproc = json.loads(out.strip().splitlines()[-1])
    ours_http = summary(http_latencies(questions, {}))
    naive_http = summary(http_latencies(questions, {"BOUSSOLE_RETRIEVAL_MODE": "naive", "BOUSSOLE_FAVOUR_KINDS": "false"}))
    rows = []
    for name, ours, naive in (("retrieval, in process", inproc["retrieval_ms"], inproc["naive_retrieval_ms"]),
                              ("full answer, in process", inproc["answer_ms"], inproc["naive_answer_ms"]),
                              ("full answer, HTTP POST /chat", ours_http, naive_http)):
        rows.append({"measure": name, "ours p50": ours["p50"], "ours p95": ours["p95"], "ours p99": ours["p99"],
                     "naive p50": naive["p50"], "naive p95": naive["p95"], "p50 ratio ours/naive": ours["p50"] / naive["p50"],
                     "p95 ratio ours/naive": ours["p95"] / naive["p95"]})
    md = (f"# Query latency — {len(questions)} questions, {inproc['chunks']} chunks\n\n" + table(rows)
          + f"\n\nIn-process probe peak RSS: {rss:.0f} MB; index load {inproc['load_s']:.1f} s.\n")
    print(md)
    print("saved", save("query", md, {"in_process": inproc, "http": {"ours": ours_http, "naive": naive_http}}))


if __name__ == "__main__":
    main()
