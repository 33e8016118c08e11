"""Checks an ingest makes before trusting what is on disk: the published snapshot's files, and the vector store's count."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.embed import Embedder
    from ingest.index import Layout
    from ingest.manifest import Manifest
    from ingest.store import VectorStore

BATCH = 256


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of every file of a snapshot folder but meta.json, by path relative to it."""
    out: dict[str, str] = {}
    for f in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "meta.json"):
        h = hashlib.sha256()
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        out[f.relative_to(folder).as_posix()] = h.hexdigest()
    return out


def published_meta(lay: Layout) -> dict[str, Any] | None:
    """meta.json of the current snapshot, or None when there is none or it is unreadable."""
    try:
        gen = lay.root / lay.current.read_text(encoding="utf-8").strip()
        meta = json.loads((gen / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def snapshot_problem(lay: Layout) -> str | None:
    """Why the current snapshot cannot be served (missing, truncated or altered files); None when it is sound or when
    nothing was ever published."""
    if not lay.current.exists():
        return None
    try:
        gen = lay.root / lay.current.read_text(encoding="utf-8").strip()
    except OSError as exc:
        return f"CURRENT unreadable ({exc.strerror})"
    meta = published_meta(lay)
    if meta is None:
        return f"{gen.name}/meta.json missing or unreadable"
    expected = meta.get("checksums")
    if isinstance(expected, dict):
        found = checksums(gen)
        bad = sorted(name for name in expected if found.get(name) != expected[name])
        return f"{gen.name}: {', '.join(bad[:3])} damaged or missing" if bad else None
    return _structure_problem(gen, meta)  # a snapshot written before checksums were recorded


def _structure_problem(gen: Path, meta: dict[str, Any]) -> str | None:
    from ingest.lexical import LexicalIndex

    try:
        with (gen / "chunks.jsonl").open(encoding="utf-8") as fh:
            n = sum(1 for line in fh if json.loads(line))
        if n != meta.get("chunks"):
            return f"{gen.name}/chunks.jsonl has {n} chunks, not {meta.get('chunks')}"
        LexicalIndex.load(gen / "bm25")
        json.loads((gen / "programs.json").read_text(encoding="utf-8"))
    except Exception as exc:  # any way of being unreadable
        return f"{gen.name} unreadable ({type(exc).__name__})"
    return None


def missing_vectors(store: VectorStore, manifest: Manifest) -> set[str]:
    """Ids the manifest says are indexed but the vector store lacks (cheap when the counts agree)."""
    wanted = manifest.chunk_ids()
    if store.count() >= len(wanted):
        return set()
    return wanted - store.all_ids()


def _rows(manifest: Manifest, ids: set[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for cid, text, meta in manifest.iter_chunks():
        if cid in ids:
            yield cid, text, meta


def reembed(store: VectorStore, embedder: Embedder, manifest: Manifest, ids: set[str]) -> int:
    """Embed again the chunks `ids` from their text in the manifest; the number embedded."""
    batch: list[tuple[str, str, dict[str, Any]]] = []
    done = 0
    for row in [*_rows(manifest, ids), None]:
        if row is not None:
            batch.append(row)
        if batch and (row is None or len(batch) >= BATCH):
            vectors = embedder.embed([t for _, t, _ in batch], "passage")
            store.upsert([c for c, _, _ in batch], vectors, [t for _, t, _ in batch], [m for _, _, m in batch])
            done += len(batch)
            batch = []
    return done


def repair(lay: Layout, manifest: Manifest, store_of: Callable[[], VectorStore], embedder_of: Callable[[], Embedder],
           publishing: bool) -> tuple[int, list[tuple[str, str]], bool]:
    """Re-embed chunks the vector store lost and check the published snapshot (unless a new one is written anyway).
    Returns (chunks embedded, one warning line per repair, whether the snapshot must be written again)."""
    notes: list[tuple[str, str]] = []
    done = 0
    if manifest.sources():
        lost = missing_vectors(store_of(), manifest)
        if lost:
            done = reembed(store_of(), embedder_of(), manifest, lost)
            notes.append(("vectors", f"the vector store lacked {len(lost)} of {len(manifest.chunk_ids())} chunks "
                                     f"(folder deleted or reset?); re-embedded {done}"))
    problem = None if publishing else snapshot_problem(lay)
    if problem:
        notes.append(("snapshot", f"the published snapshot is broken ({problem}); rebuilt it"))
    return done, notes, problem is not None
