"""Ingest: walk files, skip unchanged ones, embed new chunks, keep Chroma, the manifest and BM25 in step, publish a snapshot."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from common.errors import LoaderError, StoreError
from common.settings import Settings
from ingest.chunk import chunk_document, sha256
from ingest.embed import Embedder, get_embedder, slug_of
from ingest.loaders import LOADERS, load
from ingest.manifest import Manifest
from ingest.store import VectorStore, open_store

SKIP_DIRS = {".git", ".venv", "__pycache__", "node_modules", ".boussole"}


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    updated: int = 0
    skipped: int = 0
    deleted: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0
    version: str = ""

    def line(self) -> str:
        return (f"files seen {self.seen} / added {self.added} / updated {self.updated} / skipped {self.skipped} / "
                f"deleted {self.deleted} / failed {len(self.failed)}; chunks {self.chunks} "
                f"(embedded {self.embedded}); {self.seconds:.1f} s")


@dataclass(frozen=True)
class Layout:
    """Where one collection's files live: data_dir/<collection>/{manifest.sqlite, CURRENT, gen-*/}."""

    root: Path
    collection: str

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.sqlite"

    @property
    def current(self) -> Path:
        return self.root / "CURRENT"

    def generation(self, version: str) -> Path:
        return self.root / f"gen-{version}"


def collection_name(settings: Settings) -> str:
    return f"{settings.collection_prefix}-{slug_of(settings.embedder)}"[:63]


def layout_for(settings: Settings, embedder: Embedder | None = None) -> Layout:
    """Where the collection of the configured embedder lives (the model need not be loaded)."""
    name = collection_name(settings)
    return Layout(settings.data_dir / name, name)


class _Lazy:
    """The embedder and the vector store, opened only when a file actually changed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._embedder: Embedder | None = None
        self._store: VectorStore | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = get_embedder(self.settings.embedder, self.settings.threads)
        return self._embedder

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            self._store = store_for(self.settings, self.embedder)
        return self._store


def store_for(settings: Settings, embedder: Embedder) -> VectorStore:
    name = collection_name(settings)
    if settings.chroma_url:
        return open_store("chroma-server", settings.chroma_url, name, embedder.name, embedder.dim)
    return open_store("chroma-embedded", str(settings.data_dir / "chroma"), name, embedder.name, embedder.dim)


def source_name(path: Path, root: Path) -> str:
    """A file's name in the index: relative to the parent of the folder (or file) it was ingested from, so
    `ingest corpus` and `ingest /abs/path/corpus` name files alike (corpus/programs/x.yaml) and no absolute path leaks."""
    base = root.resolve().parent
    return path.resolve().relative_to(base).as_posix()


def discover(paths: list[Path]) -> tuple[list[tuple[Path, str]], list[str], list[tuple[str, str]]]:
    """(file, source name) pairs to ingest, the source prefixes they cover (for deletions), and missing paths."""
    files: list[tuple[Path, str]] = []
    prefixes: list[str] = []
    missing: list[tuple[str, str]] = []
    for p in paths:
        if not p.exists():
            missing.append((str(p), f"{p}: no such file or folder"))
            continue
        if p.is_file():
            files.append((p, source_name(p, p)))
            prefixes.append(source_name(p, p))
            continue
        prefixes.append(source_name(p, p).rstrip("/") + "/")
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            for fn in sorted(filenames):
                f = Path(dirpath) / fn
                if f.suffix.lower() in LOADERS and fn.lower() != "readme.md" and not fn.startswith("."):
                    files.append((f, source_name(f, p)))
    return files, prefixes, missing


def _covered(source: str, prefixes: list[str]) -> bool:
    return any(source == p or (p.endswith("/") and source.startswith(p)) for p in prefixes)


def ingest(paths: list[Path], settings: Settings, progress: bool | None = None) -> IngestReport:
    """Bring the index in step with `paths`; failures are reported per file and leave the previous chunks in place."""
    t0 = time.perf_counter()
    rep = IngestReport()
    parts = _Lazy(settings)
    lay = layout_for(settings)
    manifest = Manifest(lay.manifest)
    try:
        files, prefixes, missing = discover(paths)
        rep.failed += missing
        rep.seen = len(files)
        was_dirty = manifest.get("dirty") == "1"  # a previous run was killed: sweep orphans even if nothing changed
        manifest.set("dirty", "1")
        changed = False
        show = progress if progress is not None else (sys.stderr.isatty() and len(files) > 20)
        seen_sources = set()
        for path, source in tqdm(files, desc="ingest", unit="file", disable=not show):
            seen_sources.add(source)
            try:
                outcome = _ingest_file(path, source, settings, parts, manifest, rep)
            except LoaderError as exc:
                rep.failed.append((source, str(exc)))
                continue
            changed |= outcome != "skipped"
            setattr(rep, outcome, getattr(rep, outcome) + 1)
        for source in manifest.sources():
            if _covered(source, prefixes) and source not in seen_sources:
                parts.store.delete(sorted(manifest.chunk_ids(source)))
                manifest.remove_file(source)
                rep.deleted += 1
                changed = True
        if changed or was_dirty:
            orphans = parts.store.all_ids() - manifest.chunk_ids()
            if orphans:
                parts.store.delete(sorted(orphans))
        rep.version = publish(lay, manifest, lambda: parts.embedder, force=changed or was_dirty)
        manifest.set("dirty", "0")
        rep.chunks = len(manifest.chunk_ids())
    finally:
        manifest.close()
    rep.seconds = time.perf_counter() - t0
    return rep


# Bump when loaders or chunking change how a file becomes chunks: every file is then processed again
# (only chunks whose text changed are re-embedded).
PROCESSING_VERSION = "4"  # 4: typed chunk metadata (common/chunks.py) with the status line


def processing_signature(settings: Settings) -> str:
    return f"v{PROCESSING_VERSION}:{settings.chunk_size}:{settings.chunk_overlap}\0"


def _ingest_file(path: Path, source: str, settings: Settings, parts: _Lazy, manifest: Manifest,
                 rep: IngestReport) -> str:
    size = path.stat().st_size
    if size > settings.max_file_mb * 1024 * 1024:
        raise LoaderError(f"{path.name}: too large ({size / 1048576:.0f} MB > {settings.max_file_mb:.0f} MB limit)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoaderError(f"{path.name}: cannot read ({exc.strerror})") from exc
    file_hash = sha256(processing_signature(settings).encode() + data)
    old_hash = manifest.file_hash(source)
    if old_hash == file_hash:
        return "skipped"
    doc = load(path, data)
    chunks = chunk_document(doc, source, file_hash, settings.chunk_size, settings.chunk_overlap)
    if not chunks:
        raise LoaderError(f"{path.name}: no text to index")
    old_ids = manifest.chunk_ids(source)
    new = [c for c in chunks if c.id not in old_ids]
    if new:
        vectors = parts.embedder.embed([c.text for c in new], "passage")
        parts.store.upsert([c.id for c in new], vectors, [c.text for c in new], [c.meta.flat() for c in new])
        rep.embedded += len(new)
    manifest.replace_file(source, file_hash, chunks, doc.record)
    stale = old_ids - {c.id for c in chunks}
    if stale:
        parts.store.delete(sorted(stale))
    return "added" if old_hash is None else "updated"


def publish(lay: Layout, manifest: Manifest, embedder_of: Callable[[], Embedder], force: bool = False) -> str:
    """Write an immutable snapshot (chunks + BM25) of the manifest and point CURRENT at it, atomically."""
    rows = list(manifest.iter_chunks())
    version = sha256("\n".join(cid for cid, _, _ in rows) + "\n".join(manifest.records()))[:12]
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
            "chunks": len(rows), "files": len(manifest.sources()), "built_at": time.time()}), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
        pointer = lay.root / f".CURRENT-{os.getpid()}"
        pointer.write_text(target.name, encoding="utf-8")
        os.replace(pointer, lay.current)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if exc.errno == 28:
            raise StoreError("disk full while writing the lexical index; the previous index is intact") from exc
        raise StoreError(f"cannot write the index snapshot: {exc.strerror or exc}") from exc
    for old in lay.root.glob("gen-*"):
        if old != target:
            shutil.rmtree(old, ignore_errors=True)
    return version
