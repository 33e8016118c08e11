"""Background reindex: the incremental ingest of the corpus folder in a thread, one at a time, with its last report."""

from __future__ import annotations

import contextvars
import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from common.errors import BoussoleError
from common.settings import Settings

log = logging.getLogger("boussole.api.reindex")


@dataclass(frozen=True)
class ReindexRun:
    running: bool = False
    started: str | None = None
    finished: str | None = None
    summary: str | None = None
    version: str | None = None
    error: str | None = None
    failed: list[tuple[str, str]] = field(default_factory=list)


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Reindexer:
    """Runs `ingest([settings.corpus_dir])` in a daemon thread; `on_done` is called after a successful publish."""

    def __init__(self, settings: Settings, on_done: Callable[[], None]) -> None:
        self.settings = settings
        self.on_done = on_done
        self._lock = threading.Lock()
        self._run = ReindexRun()
        self._thread: threading.Thread | None = None

    def status(self) -> ReindexRun:
        with self._lock:
            return self._run

    def start(self) -> bool:
        """Start a run; False when one is already running."""
        with self._lock:
            if self._run.running:
                return False
            self._run = ReindexRun(running=True, started=_stamp())
            context = contextvars.copy_context()  # its log lines carry the id of the request that started it
            self._thread = threading.Thread(target=context.run, args=(self._work,), name="boussole-reindex",
                                            daemon=True)
            self._thread.start()
        return True

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the running reindex (if any); True when none is running afterwards."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.status().running

    def _work(self) -> None:
        from ingest.index import ingest

        result: dict[str, object] = {}
        try:
            rep = ingest([self.settings.corpus_dir], self.settings, progress=False)
            result = {"summary": rep.line(), "version": rep.version, "failed": list(rep.failed)}
            for _what, line in rep.warnings:
                log.warning("reindex: %s", line)
            log.info("reindex finished: %s", rep.line())
            self.on_done()
        except BoussoleError as exc:
            log.warning("reindex failed: %s", exc)
            result = {"error": str(exc)}
        except Exception:
            log.exception("reindex failed")
            result = {"error": "internal error during the reindex; see the server log"}
        with self._lock:
            self._run = replace(self._run, running=False, finished=_stamp(), **result)  # type: ignore[arg-type]
