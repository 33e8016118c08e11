"""Vector stores: a small base class and a string-keyed factory (embedded Chroma folder, or a `chroma run` server)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from common.errors import StoreError, StoreUnavailable
from ingest.manifest import disk_is_full

Meta = dict[str, str | int | float | bool]
# How many candidates the HNSW search keeps. Chroma's default (100) is approximate below the 400 passages a question
# reads, and its results then differ between processes (near-tie shortlists flipped); at 2,000 the search over the
# shipped 1,805 passages is exact and the same in every process (measured: 400 of 400 exact, 3 runs alike).
SEARCH_EF = 2000


class VectorStore(ABC):
    """Holds chunk vectors (with their text and metadata) under one collection."""

    collection_name: str

    @abstractmethod
    def upsert(self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str], metas: Sequence[Meta]) -> None: ...

    @abstractmethod
    def delete(self, ids: Sequence[str]) -> None: ...

    @abstractmethod
    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Top `k` (id, cosine similarity)."""

    @abstractmethod
    def all_ids(self) -> set[str]: ...

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def ping(self) -> None:
        """Raise StoreUnavailable when the store cannot be reached."""


class ChromaStore(VectorStore):
    """A Chroma collection; the client is embedded (a folder) or HTTP (a server). We always pass our own vectors."""

    BATCH = 1000

    def __init__(self, client: Any, collection_name: str, embedder_name: str, dim: int, where: str,
                 search_ef: int = SEARCH_EF) -> None:
        self.client = client
        self.collection_name = collection_name
        self.where = where
        try:
            self.col = client.get_or_create_collection(
                collection_name, metadata={"embedder": embedder_name, "dim": dim, "hnsw:space": "cosine"},
                configuration={"hnsw": {"space": "cosine", "ef_search": search_ef}}, embedding_function=None,
            )
            hnsw = (getattr(self.col, "configuration_json", None) or {}).get("hnsw") or {}
            if hnsw.get("ef_search", search_ef) < search_ef:  # a collection made before the setting existed
                self.col.modify(configuration={"hnsw": {"ef_search": search_ef}})
        except Exception as exc:
            raise _translate(exc, where) from exc
        meta = self.col.metadata or {}
        if meta.get("embedder") not in (None, embedder_name) or meta.get("dim") not in (None, dim):
            raise StoreError(
                f"collection {collection_name!r} holds {meta.get('embedder')} vectors (dim {meta.get('dim')}), "
                f"not {embedder_name} (dim {dim}); use another collection prefix"
            )

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str], metas: Sequence[Meta]) -> None:
        for i in range(0, len(ids), self.BATCH):
            sl = slice(i, i + self.BATCH)
            try:
                self.col.upsert(ids=list(ids[sl]), embeddings=vectors[sl].tolist(), documents=list(texts[sl]),
                                metadatas=[dict(m) for m in metas[sl]])
            except Exception as exc:
                raise _translate(exc, self.where) from exc

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), self.BATCH):
            try:
                self.col.delete(ids=ids[i : i + self.BATCH])
            except Exception as exc:
                raise _translate(exc, self.where) from exc

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        n = self.count()
        if n == 0:
            return []
        try:
            res = self.col.query(query_embeddings=[vector.tolist()], n_results=min(k, n), include=["distances"])
        except Exception as exc:
            raise _translate(exc, self.where) from exc
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=True)]

    def all_ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            try:
                got = self.col.get(include=[], limit=5000, offset=offset)
            except Exception as exc:
                raise _translate(exc, self.where) from exc
            out.update(got["ids"])
            if len(got["ids"]) < 5000:
                return out
            offset += 5000

    def count(self) -> int:
        try:
            return int(self.col.count())
        except Exception as exc:
            raise _translate(exc, self.where) from exc

    def ping(self) -> None:
        try:
            self.client.heartbeat()
        except Exception as exc:
            raise _translate(exc, self.where) from exc


def _translate(exc: Exception, where: str) -> StoreError:
    text = f"{type(exc).__name__}: {exc}".lower()
    local = Path(where) if "://" not in where else None
    if ("disk" in text and "full" in text) or "no space" in text or (
            local is not None and ("i/o" in text or "io error" in text) and disk_is_full(local)):
        return StoreError(f"disk full while writing the vector store at {where}; the previous index is intact")
    if any(w in text for w in ("connect", "refused", "timed out", "timeout", "unreachable", "could not")):
        return StoreUnavailable(f"Chroma server at {where} does not answer; start it or unset BOUSSOLE_CHROMA_URL")
    return StoreError(f"vector store error at {where}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def _embedded(target: str) -> tuple[Any, str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    Path(target).mkdir(parents=True, exist_ok=True)
    client = chromadb.PersistentClient(path=target, settings=ChromaSettings(anonymized_telemetry=False))
    return client, target


def _server(target: str) -> tuple[Any, str]:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    u = urlparse(target if "://" in target else f"http://{target}")
    try:
        client = chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000, ssl=u.scheme == "https",
                                     settings=ChromaSettings(anonymized_telemetry=False))
    except Exception as exc:
        raise _translate(exc, target) from exc
    return client, target


_FACTORY: dict[str, Callable[[str], tuple[Any, str]]] = {"chroma-embedded": _embedded, "chroma-server": _server}


def open_store(kind: str, target: str, collection: str, embedder_name: str, dim: int,
               search_ef: int = SEARCH_EF) -> VectorStore:
    """`kind` is 'chroma-embedded' (target: a folder) or 'chroma-server' (target: a URL); `search_ef`: the HNSW
    search breadth."""
    if kind not in _FACTORY:
        raise StoreError(f"unknown store {kind!r}; choose one of: {', '.join(_FACTORY)}")
    try:
        client, where = _FACTORY[kind](target)
    except StoreError:
        raise
    except Exception as exc:
        raise _translate(exc, target) from exc
    return ChromaStore(client, collection, embedder_name, dim, where, search_ef)
