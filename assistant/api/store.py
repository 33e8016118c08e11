"""Chat sessions, messages and feedback in SQL (SQLite file in WAL mode by default): the API's SessionStore."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, create_engine, event, func, select, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from assistant.models import Answer, Profile
from assistant.service import SessionState, SessionStore
from common.errors import DatabaseUnavailable, MessageNotFound, StoreError
from common.settings import Settings

SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA_LOCK_KEY = 0x426F7573  # any fixed 64-bit number: "Bous"
EXPORT_COLUMNS = ["id", "created", "rating", "reason", "comment", "session_id", "message_id", "language",
                  "question", "answer", "programs"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    profile: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    texts: Mapped[list[str]] = mapped_column(JSON, default=list)
    last_programs: Mapped[list[str]] = mapped_column(JSON, default=list)


class MessageRow(Base):
    __tablename__ = "messages"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id"), index=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(8))
    created: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class FeedbackRow(Base):
    __tablename__ = "feedback"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id"), index=True)
    rating: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    created: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a readable SQLite database, without ever writing to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    hint = "move it aside or set BOUSSOLE_DATABASE_URL"
    if header != SQLITE_HEADER:
        raise StoreError(f"session database {path} is not a SQLite file (corrupt?); {hint}")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError:
        return  # e.g. locked or a WAL side file missing: not proof of corruption; SQLAlchemy will say more
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"session database {path} is unreadable ({exc}); {hint}") from exc


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def open_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files are checked first, created with their folder, and put in WAL mode."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"BOUSSOLE_DATABASE_URL is not a SQLAlchemy URL: {exc}") from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    kwargs: dict[str, Any] = {"pool_pre_ping": not is_sqlite}
    if is_sqlite:
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            path = Path(parsed.database)
            check_sqlite_file(path)
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(url, **kwargs)
    except ImportError as exc:
        extra = " (install the postgres extra: pip install 'boussole[postgres]')" if "psycopg" in str(exc) else ""
        raise StoreError(f"cannot open the session database: {exc}{extra}") from exc
    except ArgumentError as exc:
        raise StoreError(f"cannot open the session database: {exc}") from exc
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        _create_tables(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open the session database: {str(exc).splitlines()[0]}") from exc
    return engine


def _create_tables(engine: Engine) -> None:
    """Create the tables if missing. On PostgreSQL, API replicas starting together take turns (an advisory lock held
    for the transaction), so two of them never race to create the same table."""
    with engine.begin() as con:
        if engine.dialect.name == "postgresql":
            con.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        Base.metadata.create_all(con)


class SqlSessions(SessionStore):
    """Sessions (profile, recent texts), every question/answer pair, and feedback on answers."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, settings: Settings) -> SqlSessions:
        return cls(open_engine(settings.sqlite_url))

    def close(self) -> None:
        self.engine.dispose()

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def load(self, session_id: str) -> SessionState | None:
        try:
            with self._session() as db:
                row = db.get(SessionRow, session_id)
                if row is None:
                    return None
                last = db.scalars(select(MessageRow.answer).where(MessageRow.session_id == session_id)
                                  .order_by(MessageRow.created.desc()).limit(1)).first()
        except SQLAlchemyError as exc:
            raise DatabaseUnavailable("the session database does not answer") from exc
        intent = Answer.model_validate(last).about() if last else ""
        return SessionState(id=row.id, profile=Profile.model_validate(row.profile or {}), texts=list(row.texts or []),
                            last_programs=list(row.last_programs or []), last_intent=intent)

    def save(self, state: SessionState, question: str, answer: Answer) -> None:
        for attempt in (1, 2):  # two first messages of one new session at once: the second insert retries as update
            try:
                self._save(state, question, answer)
                return
            except IntegrityError:
                if attempt == 2:
                    raise DatabaseUnavailable("the session database could not save the message") from None
            except SQLAlchemyError as exc:
                raise DatabaseUnavailable("the session database could not save the message") from exc

    def _save(self, state: SessionState, question: str, answer: Answer) -> None:
        with self._session() as db, db.begin():
            row = db.get(SessionRow, state.id)
            if row is None:
                row = SessionRow(id=state.id, created=_now())
                db.add(row)
            row.profile = state.profile.model_dump(mode="json")
            row.texts = list(state.texts)
            row.last_programs = list(state.last_programs)
            row.updated = _now()
            db.flush()
            db.add(MessageRow(id=answer.message_id, session_id=state.id, question=question,
                              answer=answer.model_dump(mode="json"), language=answer.language, created=_now()))

    def add_feedback(self, session_id: str, message_id: str, rating: str, reason: str | None,
                     comment: str | None) -> FeedbackRow:
        """Store feedback on one answer; MessageNotFound when that message is not in that session."""
        try:
            with self._session() as db, db.begin():
                msg = db.get(MessageRow, message_id)
                if msg is None or msg.session_id != session_id:
                    raise MessageNotFound(f"unknown message {message_id[:64]!r} in session {session_id[:64]!r}")
                row = FeedbackRow(session_id=session_id, message_id=message_id, rating=rating, reason=reason,
                                  comment=comment, created=_now())
                db.add(row)
            return row
        except SQLAlchemyError as exc:
            raise DatabaseUnavailable("the session database could not save the feedback") from exc

    def ping(self) -> bool:
        try:
            with self.engine.connect() as con:
                con.execute(text("SELECT 1"))
            return True
        except SQLAlchemyError:
            return False

    def check(self) -> str | None:
        """Why the database cannot serve chat (None when it can): a lookup and a count in every table, which read
        the pages a chat reads and fail on corrupt ones (a plain `SELECT 1` does not)."""
        try:
            with self._session() as db:
                for row in (SessionRow, MessageRow):
                    db.get(row, "-")
                for table in Base.metadata.sorted_tables:
                    db.execute(select(func.count()).select_from(table)).scalar()
            return None
        except SQLAlchemyError as exc:
            cause = getattr(exc, "orig", None) or exc
            return f"the session database is unreadable or down ({type(cause).__name__})"

    def feedback_rows(self) -> Iterator[dict[str, Any]]:
        """Feedback joined with the question and answer it is about, oldest first."""
        stmt = (select(FeedbackRow, MessageRow).join(MessageRow, FeedbackRow.message_id == MessageRow.id)
                .order_by(FeedbackRow.id))
        with self._session() as db:
            for fb, msg in db.execute(stmt):
                ans = msg.answer or {}
                yield {
                    "id": fb.id, "created": fb.created.isoformat(timespec="seconds"), "rating": fb.rating,
                    "reason": fb.reason or "", "comment": fb.comment or "", "session_id": fb.session_id,
                    "message_id": fb.message_id, "language": msg.language, "question": msg.question,
                    "answer": ans.get("answer", ""),
                    "programs": " ".join(p.get("id", "") for p in ans.get("programs", [])),
                }

    def export_csv(self, out: TextIO) -> int:
        """Write every feedback row as CSV (header first); returns the number of rows."""
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        n = 0
        for row in self.feedback_rows():
            writer.writerow(row)
            n += 1
        return n
