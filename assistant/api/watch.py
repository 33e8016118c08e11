"""Snapshot watcher: an API process notices a snapshot that a writer elsewhere published, and swaps it in by itself."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("boussole.api")


class SnapshotWatcher:
    """Calls `refresh` every `every_s` seconds in a daemon thread (reads CURRENT; loads only when it changed), so
    readers sharing a data folder follow the writer without a request or a restart. Off when `every_s` <= 0."""

    def __init__(self, refresh: Callable[[], None], every_s: float) -> None:
        self.refresh = refresh
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.every_s <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="boussole-snapshot-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            try:
                self.refresh()
            except Exception:  # never let the watcher die: the next tick tries again
                log.exception("snapshot check failed")

    def stop(self, wait_s: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(wait_s)
            self._thread = None
