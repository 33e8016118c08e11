"""Program records (schema v2) and digest front matter: the pydantic models the corpus obeys, and loading them."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from pathlib import Path
from typing import Generic, Literal, TypeVar

import yaml
from pydantic import ConfigDict, Field, HttpUrl, ValidationError, field_validator, model_validator

from common.errors import RecordError
from common.intake import IntakeStatus
from common.shapes import Bilingual, Strict
from common.urls import host
from common.vocab import (
    COMPANY_APPLICANTS,
    Applicant,
    Government,
    Group,
    Institution,
    Instrument,
    Kind,
    Need,
    Region,
    Sector,
    Stage,
    Unit,
)

T = TypeVar("T")

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def check_slug(v: str) -> str:
    if not ID_RE.match(v):
        raise ValueError(f"id {v!r} must be a lowercase slug (a-z, 0-9, -)")
    return v


class Sourced(Strict, Generic[T]):
    """A value with the id of the source it came from; `uncertain` when the source is weak or conflicting."""

    value: T
    source: str
    uncertain: bool = False


class Source(Strict):
    id: str
    url: HttpUrl
    title: str
    kind: Literal["official", "news", "third_party"]
    published: str | None = None  # the date the source shows, as it shows it ("2025-12-01", "2026", None if undated)


class Fact(Strict):
    """One quotable statement, in both languages, with its source. Figures live here."""

    fr: str
    en: str
    source: str
    uncertain: bool = False

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Audience(Strict):
    group: Group
    max_age: int | None = Field(default=None, ge=18, le=99)
    source: str | None = None


class Rules(Strict):
    """Machine-checkable eligibility rules; each is optional and sourced."""

    min_employees: Sourced[int] | None = None
    max_employees: Sourced[int] | None = None
    min_revenue: Sourced[float] | None = None
    max_revenue: Sourced[float] | None = None
    incorporated: Sourced[bool] | None = None
    for_profit: Sourced[bool] | None = None
    canadian_controlled: Sourced[bool] | None = None
    requires_quebec_establishment: Sourced[bool] | None = None
    requires_canadian_establishment: Sourced[bool] | None = None
    requires_partner: Sourced[bool] | None = None
    requires_incubator: Sourced[bool] | None = None
    software_business: Sourced[bool] | None = None  # main activity in computer systems design or software publishing
    max_founder_age: Sourced[int] | None = None
    institutions: Sourced[list[Institution]] | None = None  # reserved to their community: members, graduates, spin-offs


class Award(Strict):
    """What one company can get from one stream or tier, with its source."""

    label: Bilingual | None = None
    min: float | None = Field(default=None, ge=0)
    max: float | None = Field(default=None, ge=0)
    typical_min: float | None = Field(default=None, ge=0)
    typical_max: float | None = Field(default=None, ge=0)
    rate_pct: float | None = Field(default=None, gt=0, le=100)
    # what the rate is a share of, when not the eligible costs ("of the employment income exempt from tax")
    base: Bilingual | None = None
    unit: Unit = Unit.per_project
    select: bool = False  # a ceiling meant for select or large firms only: never shown as a small company's amount
    source: str
    uncertain: bool = False

    @model_validator(mode="after")
    def _has_figure(self) -> Award:
        if not self.figures():
            raise ValueError("an award needs at least one of min, max, typical_min, typical_max, rate_pct")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError("award min is above its max")
        return self

    def figures(self) -> list[float]:
        return [v for v in (self.min, self.max, self.typical_min, self.typical_max, self.rate_pct) if v is not None]


class Budget(Strict):
    """An envelope, a fund size or a total: context only, never what one company gets."""

    label: Bilingual
    value: float = Field(ge=0)
    source: str
    uncertain: bool = False
    year: str | None = None


class Funding(Strict):
    currency: Literal["CAD", "USD", "EUR"] = "CAD"
    per_company: list[Award] = []
    stacking_cap_pct: Sourced[float] | None = None
    program_budget: list[Budget] = []


class Program(Strict):
    id: str
    schema_version: Literal[2] = Field(2, alias="schema")
    name: Bilingual
    aliases: list[str] = []
    family: str | None = None
    operator: Bilingual
    url: HttpUrl
    applicant: Applicant
    instrument: Instrument
    kind: Kind
    stages: list[Stage] = Field(min_length=1)
    sectors: list[Sector] = Field(min_length=1)
    needs: list[Need] = Field(min_length=1)
    regions: list[Region] = Field(min_length=1)
    # The governments whose program it is, as the operator field says; [] for a private, academic or independent body.
    government: list[Government] = []
    # The foreign countries (codes; EU for Europe) an international program's partners come from, when its name does
    # not say so (Eurostars: the European Partnership on Innovative SMEs); [] otherwise.
    countries: list[str] = Field([], max_length=40)
    # Where a company must be to use the services (a labs incubator): a province code or a Québec region; else None.
    site: str | None = Field(None, pattern=r"^(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)*)$")
    audience: list[Audience] = []
    summary: Bilingual
    eligibility: Bilingual
    how_to_apply: Bilingual
    rules: Rules = Rules()
    funding: Funding = Funding()
    facts: list[Fact] = []
    intake: IntakeStatus
    sources: list[Source] = Field(min_length=1)
    as_of: dt.date
    uncertain: list[str] = []

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        return check_slug(v)

    @field_validator("countries")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        if any(not re.fullmatch(r"[A-Z]{2}", c) for c in v):
            raise ValueError("countries are two-letter codes in capitals (FR, DE, JP; EU for Europe)")
        return v

    @model_validator(mode="after")
    def _coherent(self) -> Program:
        known = {s.id for s in self.sources}
        if len(known) != len(self.sources):
            raise ValueError("duplicate source ids in sources")
        for where, sid in self.cited_source_ids():
            if sid not in known:
                raise ValueError(f"{where} cites source {sid!r}, which is not in sources")
        if self.instrument == Instrument.fund_of_funds and self.applicant != Applicant.fund_manager:
            raise ValueError("a fund of funds is applied to by fund managers: applicant must be fund_manager")
        official_hosts = {host(str(s.url)) for s in self.sources if s.kind == "official"}
        if host(str(self.url)) not in official_hosts:
            raise ValueError("url must be the operator's own page: its host must be a source of kind 'official'")
        return self

    def cited_source_ids(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for field in Rules.model_fields:
            val = getattr(self.rules, field)
            if isinstance(val, Sourced):
                out.append((f"rules.{field}", val.source))
        out += [(f"funding.per_company[{i}]", a.source) for i, a in enumerate(self.funding.per_company)]
        out += [(f"funding.program_budget[{i}]", b.source) for i, b in enumerate(self.funding.program_budget)]
        if self.funding.stacking_cap_pct:
            out.append(("funding.stacking_cap_pct", self.funding.stacking_cap_pct.source))
        out += [(f"facts[{i}]", f.source) for i, f in enumerate(self.facts)]
        out += [(f"audience[{i}]", a.source) for i, a in enumerate(self.audience) if a.source]
        if self.intake.last_confirmed:
            out.append(("intake.last_confirmed", self.intake.last_confirmed.source))
        return out

    @cached_property
    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def accepting(self, today: dt.date) -> bool:
        return self.intake.accepting(today)

    def between_calls(self, today: dt.date) -> bool:
        return self.intake.between_calls(today)

    def ended(self, today: dt.date) -> bool:
        return self.intake.ended(today)

    def company_can_apply(self) -> bool:
        return self.applicant in COMPANY_APPLICANTS

    def all_names(self) -> list[str]:
        """The French and English names, then the aliases."""
        return [self.name.fr, self.name.en, *self.aliases]


def load_program(path: Path) -> Program:
    """Parse and validate one record; raise RecordError with a one-line reason."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RecordError(f"{path.name}: cannot read YAML: {str(exc).splitlines()[0]}") from exc
    if not isinstance(data, dict):
        raise RecordError(f"{path.name}: a program record must be a YAML mapping")
    try:
        prog = Program.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "record"
        raise RecordError(f"{path.name}: {loc}: {first['msg']} ({exc.error_count()} error(s))") from exc
    if prog.id != path.stem:
        raise RecordError(f"{path.name}: id {prog.id!r} does not match the file name")
    return prog


def load_programs(folder: Path) -> tuple[dict[str, Program], list[RecordError]]:
    """All valid records in a folder by id, plus the errors for those that failed."""
    programs: dict[str, Program] = {}
    errors: list[RecordError] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            prog = load_program(path)
        except RecordError as exc:
            errors.append(exc)
            continue
        if prog.id in programs:
            errors.append(RecordError(f"{path.name}: duplicate id {prog.id!r}"))
            continue
        programs[prog.id] = prog
    return programs, errors
