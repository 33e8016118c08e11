"""The writer lock: one ingest at a time per data folder, across processes and machines sharing the folder."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from common.errors import StoreError, WriterBusy

LOCK_NAME = "ingest.lock"


def _holder(fh: TextIO) -> str:
    """Who holds the lock, from what the holder wrote into it ('pid 12 on host a since …'), or '' if unreadable."""
    try:
        fh.seek(0)
        info = json.loads(fh.read() or "{}")
        return f" (pid {info['pid']} on {info['host']}, since {info['since']})"
    except (OSError, ValueError, KeyError, TypeError):
        return ""


@contextmanager
def writer_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's writer lock (an exclusive `flock` on data_dir/ingest.lock) for the block.

    The kernel releases it when the holder exits, even on kill -9, so a crashed writer never leaves a stale lock.
    A second writer is refused at once with WriterBusy naming the holder; it does not wait."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LOCK_NAME
    try:
        fh = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot open the writer lock {LOCK_NAME}: {exc.strerror or exc}") from exc
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WriterBusy(f"another ingest is already writing to this data folder{_holder(fh)}; only one writer "
                             "at a time: wait for it to finish, then run this one again") from None
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}))
            fh.flush()
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
