"""Publish an immutable index snapshot (chunks, BM25, records) and point CURRENT at it; sweep old generations."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from common.errors import StoreError
from common.tokens import TOKENS_VERSION
from ingest import verify
from ingest.chunk import sha256
from ingest.embed import Embedder
from ingest.manifest import Manifest

if TYPE_CHECKING:
    from ingest.index import Layout

# A superseded generation stays on disk this long, so a reader in another process that has just read CURRENT
# can still open every file of it (readers poll every few seconds; loading takes well under a second at 1x).
GENERATION_GRACE_S = 120.0


def publish(lay: Layout, manifest: Manifest, embedder_of: Callable[[], Embedder], force: bool = False) -> str:
    """Write an immutable snapshot (chunks + BM25) of the manifest and point CURRENT at it, atomically."""
    rows = list(manifest.iter_chunks())
    version = sha256(TOKENS_VERSION + "\n".join(cid for cid, _, _ in rows) + "\n".join(manifest.records()))[:12]
    target = lay.generation(version)
    if not force and lay.current.exists() and lay.current.read_text().strip() == target.name and target.exists():
        return version
    tmp = lay.root / f".tmp-{version}-{os.getpid()}"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        with (tmp / "chunks.jsonl").open("w", encoding="utf-8") as fh:
            for cid, text, meta in rows:
                fh.write(json.dumps({"id": cid, "text": text, "meta": meta}, ensure_ascii=False) + "\n")
        from ingest.lexical import LexicalIndex  # bm25s is needed only when something changed

        LexicalIndex.build([r[0] for r in rows], [r[1] for r in rows]).save(tmp / "bm25")
        (tmp / "programs.json").write_text("[" + ",".join(manifest.records()) + "]", encoding="utf-8")
        embedder = embedder_of()
        (tmp / "meta.json").write_text(json.dumps({
            "version": version, "collection": lay.collection, "embedder": embedder.name, "dim": embedder.dim,
            "chunks": len(rows), "files": len(manifest.sources()), "built_at": time.time(),
            "checksums": verify.checksums(tmp)}), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
        _mark_superseded(lay)
        pointer = lay.root / f".CURRENT-{os.getpid()}"
        pointer.write_text(target.name, encoding="utf-8")
        os.replace(pointer, lay.current)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if exc.errno == 28:
            raise StoreError("disk full while writing the lexical index; the previous index is intact") from exc
        raise StoreError(f"cannot write the index snapshot: {exc.strerror or exc}") from exc
    _sweep_generations(lay, keep=target)
    return version


def _mark_superseded(lay: Layout) -> None:
    """Stamp the generation CURRENT points at now (its mtime becomes the moment it stops being current)."""
    try:
        old = lay.root / lay.current.read_text(encoding="utf-8").strip()
        if old.name.startswith("gen-") and old.is_dir():
            os.utime(old)
    except OSError:
        pass


def _sweep_generations(lay: Layout, keep: Path) -> None:
    """Delete generations superseded more than GENERATION_GRACE_S ago (readers elsewhere may still be loading one)."""
    now = time.time()
    for old in lay.root.glob("gen-*"):
        try:
            stale = old != keep and now - old.stat().st_mtime > GENERATION_GRACE_S
        except OSError:
            continue
        if stale:
            shutil.rmtree(old, ignore_errors=True)
