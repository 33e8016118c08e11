"""The record manager: which files are indexed, with which content hash and which chunks (SQLite, one transaction per file)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from common.errors import StoreError
from ingest.chunk import Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (source TEXT PRIMARY KEY, file_hash TEXT NOT NULL, n_chunks INTEGER NOT NULL,
                                  ingested_at REAL NOT NULL, record TEXT);
CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, source TEXT NOT NULL, ord INTEGER NOT NULL, text TEXT NOT NULL,
                                   meta TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def disk_is_full(path: Path, margin: int = 1_000_000) -> bool:
    """True when the filesystem holding `path` has (almost) no space left: SQLite then says only 'disk I/O error'."""
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free < margin
    except OSError:
        return False


def _db_error(exc: sqlite3.Error, path: Path) -> StoreError:
    msg = str(exc)
    if "full" in msg.lower() or ("i/o" in msg.lower() and disk_is_full(path)):
        return StoreError(f"disk full while writing {path.name}; the previous index is intact")
    if "not a database" in msg.lower() or "malformed" in msg.lower():
        return StoreError(f"index manifest {path} is corrupt ({msg}); the current index keeps serving; "
                          "run `boussole ingest --rebuild` to rebuild it from the files")
    return StoreError(f"index manifest {path.name}: {msg}")


def set_aside(path: Path) -> None:
    """Move a manifest (and its WAL files) aside, named by the time, so a rebuild starts from nothing."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if f.exists():
            f.replace(f.with_name(f"{f.name}.broken-{stamp}"))


class Manifest:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
        except sqlite3.Error as exc:
            raise _db_error(exc, path) from exc

    def close(self) -> None:
        self.db.close()

    def file_hash(self, source: str) -> str | None:
        row = self.db.execute("SELECT file_hash FROM files WHERE source=?", (source,)).fetchone()
        return row[0] if row else None

    def sources(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT source FROM files ORDER BY source")]

    def chunk_ids(self, source: str | None = None) -> set[str]:
        if source is None:
            return {r[0] for r in self.db.execute("SELECT id FROM chunks")}
        return {r[0] for r in self.db.execute("SELECT id FROM chunks WHERE source=?", (source,))}

    def replace_file(self, source: str, file_hash: str, chunks: list[Chunk], record: str | None = None) -> None:
        try:
            with self._tx():
                self.db.execute("DELETE FROM chunks WHERE source=?", (source,))
                self.db.executemany(
                    "INSERT OR REPLACE INTO chunks(id, source, ord, text, meta) VALUES (?,?,?,?,?)",
                    [(c.id, source, i, c.text, json.dumps(c.meta.flat(), ensure_ascii=False)) for i, c in enumerate(chunks)],
                )
                self.db.execute(
                    "INSERT OR REPLACE INTO files(source, file_hash, n_chunks, ingested_at, record) VALUES (?,?,?,?,?)",
                    (source, file_hash, len(chunks), time.time(), record),
                )
        except sqlite3.Error as exc:
            raise _db_error(exc, self.path) from exc

    def remove_file(self, source: str) -> None:
        try:
            with self._tx():
                self.db.execute("DELETE FROM chunks WHERE source=?", (source,))
                self.db.execute("DELETE FROM files WHERE source=?", (source,))
        except sqlite3.Error as exc:
            raise _db_error(exc, self.path) from exc

    def iter_chunks(self) -> Iterator[tuple[str, str, dict[str, object]]]:
        for cid, text, meta in self.db.execute("SELECT id, text, meta FROM chunks ORDER BY source, ord"):
            yield cid, text, json.loads(meta)

    def records(self) -> list[str]:
        """Validated program records (JSON) of the indexed files, in source order."""
        return [r[0] for r in self.db.execute("SELECT record FROM files WHERE record IS NOT NULL ORDER BY source")]

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set(self, key: str, value: str) -> None:
        try:
            self.db.execute("INSERT OR REPLACE INTO state(key, value) VALUES (?,?)", (key, value))
        except sqlite3.Error as exc:
            raise _db_error(exc, self.path) from exc

    def _tx(self) -> _Tx:
        return _Tx(self.db)


class _Tx:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.db.execute("COMMIT" if exc_type is None else "ROLLBACK")
