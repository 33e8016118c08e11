"""The objects one API process shares: settings, the SQL session store, the Assistant (loaded once), the reindexer."""

from __future__ import annotations

import copy
import logging
import threading

from assistant.api.middleware import RateLimiter
from assistant.api.reindex import Reindexer
from assistant.api.store import SqlSessions
from assistant.api.watch import SnapshotWatcher
from assistant.service import Assistant
from common.errors import BoussoleError, IndexNotReady, StoreUnavailable
from common.settings import Settings

log = logging.getLogger("boussole.api")


class Services:
    """Holds the Assistant; when it could not be loaded at start (no index yet, store server down), each request
    tries again, so the service recovers without a restart."""

    def __init__(self, settings: Settings, sessions: SqlSessions, assistant: Assistant | None = None,
                 owns_sessions: bool = True) -> None:
        self.settings = settings
        self.sessions = sessions
        self.owns_sessions = owns_sessions
        self._assistant = assistant
        self._lock = threading.Lock()
        self.reindexer = Reindexer(settings, on_done=self.refresh)
        self.watcher = SnapshotWatcher(self.refresh, settings.snapshot_poll_s)
        self.admin_failures = RateLimiter(settings.admin_failures_per_minute)  # failed admin logins, per address
        if assistant is not None:
            self._loaded(assistant)

    @staticmethod
    def _loaded(bot: Assistant) -> None:
        snap = bot.retriever.snapshot
        log.info("index loaded: version %s, %d chunks, %d programs, embedder %s", snap.version, len(snap.chunks),
                 len(snap.programs), snap.embedder.name)
        try:
            vectors = snap.store.count()
        except BoussoleError:
            return  # the store is down: /health says so
        if vectors < len(snap.chunks):
            log.warning("the vector store holds %d vectors for %d passages (folder deleted or reset?): search is "
                        "keyword-only for the rest until `boussole ingest` re-embeds them", vectors, len(snap.chunks))

    @classmethod
    def build(cls, settings: Settings, assistant: Assistant | None = None) -> Services:
        """Open the SQL store (StoreError at once if its file is corrupt) and attach it to the Assistant given, if any:
        a shallow copy shares its loaded retriever and model but saves sessions in SQL."""
        if assistant is not None and isinstance(assistant.sessions, SqlSessions):
            return cls(settings, assistant.sessions, assistant, owns_sessions=False)
        sessions = SqlSessions.open(settings)
        if assistant is not None:
            assistant = copy.copy(assistant)
            assistant.sessions = sessions
        return cls(settings, sessions, assistant)

    @property
    def loaded(self) -> Assistant | None:
        return self._assistant

    def load(self) -> Assistant:
        """The Assistant, opening it now if it is not loaded yet (IndexNotReady / StoreUnavailable otherwise)."""
        bot = self._assistant
        if bot is not None:
            return bot
        with self._lock:
            if self._assistant is None:
                self._assistant = Assistant.open(self.settings, self.sessions)
                self._loaded(self._assistant)
            return self._assistant

    def try_load(self) -> Assistant | None:
        try:
            return self.load()
        except (IndexNotReady, StoreUnavailable) as exc:
            log.warning("index not loaded: %s", exc)
            return None

    def refresh(self) -> None:
        """Swap in a newly published snapshot (after a reindex here, or by the watcher after one elsewhere)."""
        bot = self._assistant
        if bot is None:
            self.try_load()
            return
        try:
            if bot.retriever.refresh():
                self._loaded(bot)
        except BoussoleError as exc:
            log.warning("could not load the new index: %s", exc)

    def close(self, wait_s: float = 60.0) -> None:
        self.watcher.stop()
        if not self.reindexer.join(wait_s):
            log.warning("a reindex is still running at shutdown; the next ingest finishes it")
        if self.owns_sessions:
            self.sessions.close()
