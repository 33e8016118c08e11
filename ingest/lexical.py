"""BM25 over the same chunks as the vector store: accent folding, French and English stop words and stemming."""

from __future__ import annotations

import json
from pathlib import Path

import bm25s
import numpy as np

from common.tokens import tokenize


class LexicalIndex:
    """A BM25 index keyed by chunk id; saved to and loaded from a folder."""

    def __init__(self, ids: list[str], model: bm25s.BM25 | None) -> None:
        self.ids = ids
        self._model = model

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> LexicalIndex:
        if not ids:
            return cls([], None)
        model = bm25s.BM25()
        model.index([tokenize(t) or ["_"] for t in texts], show_progress=False)
        return cls(ids, model)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        if self._model is not None:
            self._model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        ids = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
        model = bm25s.BM25.load(str(folder), show_progress=False, verbosity=0) if ids else None
        return cls(ids, model)

    def search(self, query: str, k: int = 20, allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Top `k` (chunk id, score) with score > 0; `allowed` is an optional boolean mask over chunks."""
        toks = tokenize(query)
        if self._model is None or not toks:
            return []
        k = min(k, len(self.ids))
        kwargs = {"weight_mask": allowed.astype(np.float32)} if allowed is not None else {}
        docs, scores = self._model.retrieve([toks], k=k, show_progress=False, n_threads=1, **kwargs)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
