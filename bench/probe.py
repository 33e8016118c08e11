"""Run inside one process: retrieval and full-answer latency over the golden questions, ours and the naive baseline.

Prints one JSON object. Used by bench/scale.py and bench/query.py; run it alone with BOUSSOLE_* set to an index."""

from __future__ import annotations

import json
import sys
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))

from assistant.service import Assistant  # noqa: E402
from bench.common import summary  # noqa: E402
from common.settings import Settings  # noqa: E402
from evals.golden import load_questions  # noqa: E402


def timed(fn, items: list[str], *bots: Assistant) -> list[float]:  # type: ignore[no-untyped-def]
    for bot in bots:  # each phase embeds its questions itself: no query vector reused from an earlier phase
        bot.retriever.snapshot._qcache.clear()
    out = []
    for q in items:
        t0 = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    questions = [q.question for q in load_questions() if not q.turns][:limit]
    t0 = time.perf_counter()
    ours = Assistant.open(Settings())
    load_s = time.perf_counter() - t0
    naive = Assistant.open(Settings(retrieval_mode="naive", favour_kinds=False))
    ours.warm_in_background = naive.warm_in_background = False
    ours.composer.reports.warm(block=True)  # what a running service does in the background after start
    naive.composer.reports.warm(block=True)
    for q in questions[:5]:  # warm the remaining caches (tokenizers) as a running service would be
        ours.ask(q)
        naive.ask(q)
    res = {
        "chunks": len(ours.retriever.snapshot.chunks), "load_s": load_s,
        "retrieval_ms": summary(timed(lambda q: ours.retriever.search(q, k=10), questions, ours)),
        "naive_retrieval_ms": summary(timed(lambda q: naive.retriever.search(q, k=10), questions, naive)),
        "answer_ms": summary(timed(lambda q: ours.ask(q), questions, ours)),
        "naive_answer_ms": summary(timed(lambda q: naive.ask(q), questions, naive)),
    }
    print(json.dumps(res))


if __name__ == "__main__":
    main()
