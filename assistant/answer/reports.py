"""Answers from report and policy digests: the sentences that answer, preferably from the document the question names."""

from __future__ import annotations

import re
import threading

import numpy as np

from assistant.answer.evidence import CitationBook, best_sentences, sentences
from assistant.answer.texts import t
from assistant.retrieval.glossary import expand
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.understand.intent import Focus
from assistant.understand.names import mentioned_programs
from common import figures
from common.lang import fold
from common.tokens import tokenize

MIN_REPORT_SCORE = 0.35
SOURCE_TAG = re.compile(r"\s?\[(?:[A-Z][A-Za-z]{0,4}-?\d+[a-z]?(?:,\s?)?)+\](?:\[(?:[A-Z][A-Za-z]{0,4}-?\d+[a-z]?)\])*")


def with_list(text: str, sentence: str) -> str:
    """`sentence` and, when it ends with a colon, the list items right after it: one exact passage of `text`."""
    start = text.find(sentence)
    end = start + len(sentence)
    if not sentence.rstrip().endswith(":"):
        return sentence
    for line in text[end:].split("\n")[1:]:
        if not re.match(r"\s*(?:[-*]|\d+[.)])\s", line):
            break
        end = text.find(line, end) + len(line)
    return text[start:end]


_VECTORS: dict[str, dict[str, np.ndarray]] = {}
MAX_CACHED_SENTENCES = 100_000


def shared_vectors(embedder_name: str) -> dict[str, np.ndarray]:
    """Sentence vectors of one embedder, kept across snapshots: a reindex re-embeds only sentences that changed."""
    cache = _VECTORS.setdefault(embedder_name, {})
    if len(cache) > MAX_CACHED_SENTENCES:
        cache.clear()
    return cache


def wanted_figure(query: str, focus: Focus) -> str | None:
    want = {"amount": "money", "rate": "pct", "date": "date"}.get(focus)
    fq = fold(query)
    if re.search(r"\b(how many|nombre|number of)\b|\bcombien d.(?!argent|dollars)", fq) and \
            not re.search(r"\b(how much|combien d.argent)\b", fq):
        want = "number"
    return want


class ReportAnswerer:
    """Keeps per-snapshot state: each digest's aliases, and sentence vectors (cached)."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        snap = retriever.snapshot
        self.aliases: dict[str, list[str]] = {}
        for r in snap.chunks.values():
            if r.meta.doc_kind != "program" and r.meta.aliases:
                self.aliases[r.meta.source] = r.meta.alias_list()
        self._vectors = shared_vectors(snap.embedder.name)
        self._warm_lock = threading.Lock()
        self._digest_rows = [r for r in snap.chunks.values() if r.meta.doc_kind != "program"]

    def warm(self, block: bool = False) -> threading.Thread | None:
        """Embed every digest sentence ahead of questions (in the background unless `block`)."""
        def run() -> None:
            with self._warm_lock:
                todo = [s for r in self._digest_rows for s in sentences(r.text) if s not in self._vectors]
                emb = self.retriever.snapshot.embedder
                for i in range(0, len(todo), 64):
                    batch = todo[i : i + 64]
                    self._vectors.update(zip(batch, emb.embed(batch, "passage"), strict=True))

        if block:
            run()
            return None
        th = threading.Thread(target=run, name="warm-sentences", daemon=True)
        th.start()
        return th

    def named_documents(self, query: str) -> set[str]:
        """Sources of the digests the question names by one of their aliases ("étude InVivo", "SQRI2", "AI4Health")."""
        return set(mentioned_programs(query, self.aliases))

    def similarities(self, query: str, texts: list[str]) -> list[float]:
        """Cosine of the query with each text (works across languages); sentence vectors are cached."""
        if not texts:
            return []
        emb = self.retriever.snapshot.embedder
        todo = [x for x in dict.fromkeys(texts) if x not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, emb.embed(todo, "passage"), strict=True))
        q = self.retriever.snapshot.query_vector(query)
        return [float(self._vectors[x] @ q) for x in texts]

    def hits(self, query: str) -> list[Hit]:
        """The digest passages a report question starts from (the same search the evals score)."""
        return self.retriever.answer_search(query, "digests")

    def answer(self, query: str, focus: Focus, lang: str, book: CitationBook, hits: list[Hit] | None = None) -> str:
        """Cited lines that answer `query` from the digests (`hits`, else a fresh search), or '' when the evidence is
        too weak."""
        hits = self.hits(query) if hits is None else hits
        book.retrieved = [h.row.id for h in hits]
        want = wanted_figure(query, focus)
        wide = expand(query)
        cands: list[tuple[int, Hit, str]] = []
        for rank, h in enumerate(hits[:8]):
            cands += [(rank, h, s) for s in best_sentences(h.row, wide, k=12, want_figure=want)]
        top_hit = max((h.score for h in hits), default=1.0) or 1.0
        sims = self.similarities(query, [s for _, _, s in cands])
        terms = set(tokenize(wide))
        shared = [len(terms & set(tokenize(s))) for _, _, s in cands]
        most = max(shared, default=0) or 1
        scored: list[tuple[float, Hit, str]] = []
        for (rank, h, s), sim, n in zip(cands, sims, shared, strict=True):
            fig = want and any(f.kind == want or (want == "number" and f.kind in ("money", "pct"))
                               for f in figures.extract(s))
            sc = 0.5 * n / most + sim + (0.4 if fig else 0) + 0.5 * h.score / top_hit
            scored.append((sc - 0.02 * rank, h, s))
        named = self.named_documents(query)
        if named and any(h.row.meta.source in named for _, h, _ in scored):
            scored = [x for x in scored if x[1].row.meta.source in named]
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < MIN_REPORT_SCORE:
            return ""
        lines: list[str] = []
        titles: set[str] = set()
        for sc, h, s in scored[:3]:
            if sc < scored[0][0] * 0.8:
                break
            title = h.row.meta.title
            if title not in titles:
                note = t(lang, "other_lang") if h.row.meta.language != lang else ""
                lines.append(t(lang, "report_lead", title=title) + note)
                titles.add(title)
            block = with_list(h.row.text, s)
            shown = SOURCE_TAG.sub("", block).replace("\n", "\n  ")
            lines.append(f"- {shown} [{book.cite(h.row, block)}]")
        return "\n".join(lines)
