"""Ingest: walk files, skip unchanged ones, embed new chunks, keep Chroma, the manifest and BM25 in step, publish a snapshot."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from common.errors import LoaderError, StoreError
from common.settings import Settings
from ingest import guard, verify
from ingest.chunk import chunk_document, sha256
from ingest.embed import Embedder, get_embedder, slug_of
from ingest.loaders import LOADERS, load
from ingest.lock import writer_lock
from ingest.manifest import Manifest, set_aside
from ingest.publish import publish
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
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (what, one line): skipped links, repairs
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
            meta = verify.published_meta(layout_for(self.settings))
            if self._embedder is None and meta and meta.get("collection") == collection_name(self.settings):
                # the published snapshot names the embedder and its size: count vectors without loading the model
                self._store = _open_store(self.settings, str(meta.get("embedder")), int(meta.get("dim") or 0))
            else:
                self._store = store_for(self.settings, self.embedder)
        return self._store


def store_for(settings: Settings, embedder: Embedder) -> VectorStore:
    return _open_store(settings, embedder.name, embedder.dim)


def _open_store(settings: Settings, embedder_name: str, dim: int) -> VectorStore:
    name = collection_name(settings)
    if settings.chroma_url:
        return open_store("chroma-server", settings.chroma_url, name, embedder_name, dim, settings.search_ef)
    return open_store("chroma-embedded", str(settings.data_dir / "chroma"), name, embedder_name, dim,
                      settings.search_ef)


def source_name(path: Path, root: Path) -> str:
    """A file's name in the index: relative to the parent of the folder (or file) it was ingested from, so
    `ingest corpus` and `ingest /abs/path/corpus` name files alike (corpus/programs/x.yaml) and no absolute path leaks."""
    base = Path(os.path.abspath(root)).parent  # the link's own name, not its target's (checked by guard)
    return Path(os.path.abspath(path)).relative_to(base).as_posix()


def discover(paths: list[Path], warnings: list[tuple[str, str]] | None = None,
             ) -> tuple[list[tuple[Path, str]], list[str], list[tuple[str, str]]]:
    """(file, source name) pairs to ingest, the source prefixes they cover (for deletions), and missing paths;
    links out of the corpus and secret-looking files are left out, with one line each in `warnings`."""
    warnings = warnings if warnings is not None else []

    def keep(f: Path, root: Path) -> bool:
        why = guard.unsafe_reason(f, root)
        if why:
            warnings.append((source_name(f, root), f"{source_name(f, root)}: {why}"))
        return why is None

    files: list[tuple[Path, str]] = []
    prefixes: list[str] = []
    missing: list[tuple[str, str]] = []
    for p in paths:
        if not p.exists():
            missing.append((str(p), f"{p}: no such file or folder"))
            continue
        if p.is_file():
            if keep(p, p):
                files.append((p, source_name(p, p)))
            prefixes.append(source_name(p, p))
            continue
        prefixes.append(source_name(p, p).rstrip("/") + "/")
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            for fn in sorted(filenames):
                f = Path(dirpath) / fn
                if f.suffix.lower() in LOADERS and fn.lower() != "readme.md" and not fn.startswith(".") and keep(f, p):
                    files.append((f, source_name(f, p)))
    return files, prefixes, missing


def _covered(source: str, prefixes: list[str]) -> bool:
    return any(source == p or (p.endswith("/") and source.startswith(p)) for p in prefixes)


def ingest(paths: list[Path], settings: Settings, progress: bool | None = None, rebuild: bool = False) -> IngestReport:
    """Bring the index in step with `paths`; failures are reported per file and leave the previous chunks in place.
    One writer per data folder: a second one, in any process sharing the folder, gets WriterBusy at once.
    `rebuild` sets a (corrupt) manifest aside and indexes every file again; the old snapshot serves until then."""
    with writer_lock(settings.data_dir):
        return _write(paths, settings, progress, rebuild)


def _write(paths: list[Path], settings: Settings, progress: bool | None, rebuild: bool) -> IngestReport:
    t0 = time.perf_counter()
    rep = IngestReport()
    lay = layout_for(settings)
    if rebuild:
        set_aside(lay.manifest)
    try:
        _ingest(paths, settings, progress, rep, lay, force=rebuild)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"index manifest {lay.manifest} is corrupt ({exc}); the current index keeps serving; "
                         f"run `boussole ingest --rebuild` to rebuild it from the files") from None
    rep.seconds = time.perf_counter() - t0
    return rep


def _ingest(paths: list[Path], settings: Settings, progress: bool | None, rep: IngestReport, lay: Layout,
            force: bool) -> None:
    parts = _Lazy(settings)
    manifest = Manifest(lay.manifest)
    try:
        files, prefixes, missing = discover(paths, rep.warnings)
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
            except LoaderError as exc:  # the loaders name the file; the line names its folder too
                reason = str(exc)
                rep.failed.append((source, source + reason[len(path.name):] if reason.startswith(path.name + ":")
                                   else f"{source}: {reason}"))
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
        force = force or changed or was_dirty
        embedded, notes, broken = verify.repair(lay, manifest, lambda: parts.store, lambda: parts.embedder, force)
        rep.embedded += embedded
        rep.warnings += notes
        rep.version = publish(lay, manifest, lambda: parts.embedder, force=force or broken)
        manifest.set("dirty", "0")
        rep.chunks = len(manifest.chunk_ids())
    finally:
        manifest.close()


# Bump when loaders or chunking change how a file becomes chunks: every file is then processed again
# (only chunks whose text changed are re-embedded).
PROCESSING_VERSION = "5"  # 5: digest sections headed "Document — Section"; their declared programs in the metadata


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
    guard.check_content(data, path.name)
    doc = load(path, data, settings.max_text_chars)
    guard.check_caps(doc, None, settings, path.name)  # before chunking: the text cap bounds the splitter's work
    chunks = chunk_document(doc, source, file_hash, settings.chunk_size, settings.chunk_overlap)
    if not chunks:
        raise LoaderError(f"{path.name}: no text to index")
    guard.check_caps(doc, len(chunks), settings, path.name)
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
