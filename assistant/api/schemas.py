"""Typed request and response bodies of the HTTP API (the chat answer itself is models.Answer)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from assistant.models import Lang, Profile
from common.records import Bilingual
from common.vocab import Applicant, Instrument, Intake, Kind, Region, Sector, Stage

Reason = Literal["outdated", "wrong_amount", "wrong_program", "missing_program", "wrong_language", "other"]


class ProfileIn(Profile):
    """The profile as a request states it: finite numbers only (1e400 and Infinity are refused before anything is
    saved) and true/false only for yes-no fields (never 0, 1 or "yes")."""

    model_config = ConfigDict(allow_inf_nan=False)

    incorporated: StrictBool | None = None
    for_profit: StrictBool | None = None
    canadian_controlled: StrictBool | None = None
    has_partner: StrictBool | None = None
    in_incubator: StrictBool | None = None
    software: StrictBool | None = None


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, pattern=r"\S",
                         description="The question, not only spaces (at most BOUSSOLE_MAX_MESSAGE_CHARS characters)")
    session_id: str | None = Field(None, max_length=64, description="From a previous answer; unknown = new session")
    profile: ProfileIn | None = Field(None,
                                      description="What the asker states about the company; merged with the session")
    lang: Lang | None = Field(None, description="Answer language; detected from the message when absent")


class Passage(BaseModel):
    id: str
    score: float
    text: str
    source: str
    title: str
    section: str
    page: int | None = None
    language: str
    program_id: str | None = None
    url: str | None = None


class SearchResponse(BaseModel):
    query: str
    k: int
    results: list[Passage]


class ProgramSummary(BaseModel):
    id: str
    name: Bilingual
    operator: Bilingual
    kind: Kind
    stages: list[Stage]
    sectors: list[Sector]
    regions: list[Region]
    applicant: Applicant
    instrument: Instrument
    amount: Bilingual = Field(description="What one company can get (never an envelope or a fund size)")
    intake: Intake
    next_deadline: str | None = None
    last_deadline: str | None = Field(None, description="The most recent deadline known, possibly past")
    accepting: bool = Field(False, description="Open to applications today: open, continuous intake, or a call whose "
                                               "next deadline is ahead")
    last_confirmed: str | None = Field(None, description="The date a source showed the status")
    how_to_apply: Bilingual
    summary: Bilingual
    url: str
    as_of: str


class ProgramList(BaseModel):
    total: int = Field(description="Programs matching the filters, before pagination")
    limit: int
    offset: int
    items: list[ProgramSummary]


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    session_id: str = Field(min_length=1, max_length=64)
    message_id: str = Field(min_length=1, max_length=64)
    rating: Literal["up", "down"]
    reason: Reason | None = None
    comment: str | None = Field(None, max_length=2000)


class FeedbackCreated(BaseModel):
    id: int
    created: str


class Health(BaseModel):
    status: Literal["ok", "degraded"]
    index_loaded: bool
    chunks: int
    vectors: int | None = Field(None, description="Vectors in the store (fewer than chunks: search is partly keyword-only)")
    programs: int
    corpus_version: str | None
    embedder: str
    store: Literal["ok", "unavailable"]
    database: Literal["ok", "unavailable"]
    generator: str = Field(description="'none' or the name of the optional language model")
    detail: str | None = None


class Ready(BaseModel):
    ready: bool
    detail: str | None = None


class ReindexStarted(BaseModel):
    status: Literal["started"]


class FailedFile(BaseModel):
    source: str
    reason: str


class ReindexStatus(BaseModel):
    running: bool
    started: str | None = None
    finished: str | None = None
    summary: str | None = None
    version: str | None = None
    error: str | None = None
    failed: list[FailedFile] = Field(default_factory=list)


class ErrorBody(BaseModel):
    detail: str
    request_id: str | None = None


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorBody(BaseModel):
    detail: str
    errors: list[ValidationIssue] = Field(default_factory=list)
