"""Open the published index: the current snapshot (chunks + BM25), the vector store and the embedder, loaded once."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from common.chunks import ChunkMeta
from common.errors import IndexNotReady, StoreError
from common.records import Program
from common.settings import Settings
from ingest.embed import Embedder, get_embedder
from ingest.index import Layout, layout_for, store_for
from ingest.lexical import LexicalIndex
from ingest.store import VectorStore


@dataclass
class ChunkRow:
    id: str
    text: str
    meta: ChunkMeta


@dataclass
class Snapshot:
    """One immutable generation of the index. Dense hits that are not in it are ignored, so a reindex in progress
    never shows half-written state."""

    version: str
    meta: dict[str, Any]
    chunks: dict[str, ChunkRow]
    lexical: LexicalIndex
    embedder: Embedder
    store: VectorStore
    programs: dict[str, Program] = field(default_factory=dict)
    _qcache: dict[str, np.ndarray] = field(default_factory=dict)
    _safe: np.ndarray | None = None
    _first: dict[str, str] | None = None

    @property
    def safe_mask(self) -> np.ndarray:
        """Chunks that may be quoted (not flagged as instruction-like), in BM25 order; computed once per snapshot."""
        if self._safe is None:
            self._safe = np.array([not self.chunks[c].meta.suspicious for c in self.lexical.ids], dtype=bool)
        return self._safe

    def first_chunk(self, program_id: str) -> str | None:
        """The first passage of a program's record (its summary), for an answer that shows a program no search hit."""
        if self._first is None:
            self._first = {}
            for cid, row in self.chunks.items():
                if row.meta.program_id:
                    self._first.setdefault(row.meta.program_id, cid)
        return self._first.get(program_id)

    def mask(self, keep: Any) -> np.ndarray:
        """Boolean mask over chunks (in BM25 order) of those for which `keep(row)` is true."""
        return np.array([bool(keep(self.chunks[c])) for c in self.lexical.ids], dtype=bool)

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding, remembered for the few calls one question makes (and repeated questions)."""
        vec = self._qcache.get(query)
        if vec is None:
            vec = self.embedder.embed([query], "query")[0]
            if len(self._qcache) >= 512:
                self._qcache.pop(next(iter(self._qcache)))
            self._qcache[query] = vec
        return vec

    def dense(self, query: str, k: int) -> list[tuple[str, float]]:
        return [(cid, s) for cid, s in self.store.query(self.query_vector(query), k) if cid in self.chunks]



def _read_generation(lay: Layout) -> tuple[Path, dict[str, Any]]:
    for _ in range(3):  # a concurrent ingest may swap generations between our two reads
        if not lay.current.exists():
            break
        gen = lay.root / lay.current.read_text(encoding="utf-8").strip()
        try:
            return gen, json.loads((gen / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            time.sleep(0.05)
    raise IndexNotReady(f"no index at {lay.root}; run `boussole ingest` first")


def _load_files(gen: Path) -> tuple[dict[str, ChunkRow], LexicalIndex, list[Program]]:
    rows: dict[str, ChunkRow] = {}
    with (gen / "chunks.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            rows[d["id"]] = ChunkRow(d["id"], d["text"], ChunkMeta.read(d["meta"]))
    lexical = LexicalIndex.load(gen / "bm25")
    progs = [Program.model_validate(d) for d in json.loads((gen / "programs.json").read_text(encoding="utf-8"))]
    return rows, lexical, progs


def embedder_for(settings: Settings) -> Embedder:
    """The embedder the settings name (loaded once per process), for work that needs vectors but no index."""
    return get_embedder(settings.embedder, settings.threads)


def open_snapshot(settings: Settings) -> Snapshot:
    embedder = embedder_for(settings)
    lay = layout_for(settings, embedder)
    for attempt in range(3):
        gen, meta = _read_generation(lay)
        try:
            rows, lexical, progs = _load_files(gen)
            break
        except (OSError, ValueError) as exc:
            # a writer in another process may have published and swept generations while we read this one
            moved = lay.current.exists() and lay.current.read_text(encoding="utf-8").strip() != gen.name
            if not moved or attempt == 2:
                raise StoreError(f"index snapshot {gen.name} is unreadable ({exc}); run `boussole ingest` again") \
                    from exc
    store = store_for(settings, embedder)
    return Snapshot(version=str(meta["version"]), meta=meta, chunks=rows, lexical=lexical,
                    embedder=embedder, store=store, programs={p.id: p for p in progs})


def current_version(settings: Settings, embedder: Embedder) -> str | None:
    """The published version on disk (cheap: reads one small file), to notice a finished reindex."""
    lay = layout_for(settings, embedder)
    try:
        return lay.current.read_text(encoding="utf-8").strip().removeprefix("gen-")
    except OSError:
        return None
