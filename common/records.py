"""Program records: the pydantic model every record in corpus/programs obeys, and loading them."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Generic, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator, model_validator

from common.errors import RecordError

T = TypeVar("T")

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")


def check_slug(v: str) -> str:
    if not ID_RE.match(v):
        raise ValueError(f"id {v!r} must be a lowercase slug (a-z, 0-9, -)")
    return v


class Kind(StrEnum):
    grant = "grant"
    repayable_contribution = "repayable_contribution"
    loan = "loan"
    tax_credit = "tax_credit"
    equity = "equity"
    accelerator = "accelerator"
    incubator = "incubator"
    training = "training"
    internship_subsidy = "internship_subsidy"
    data_access = "data_access"
    procurement_pilot = "procurement_pilot"
    advisory = "advisory"


class Stage(StrEnum):
    pre_seed = "pre_seed"
    seed = "seed"
    series_a = "series_a"
    series_b_plus = "series_b_plus"
    growth = "growth"
    established = "established"


class Sector(StrEnum):
    medtech = "medtech"
    biotech = "biotech"
    pharma = "pharma"
    digital_health = "digital_health"
    ai = "ai"
    cro = "cro"
    all = "all"


class Need(StrEnum):
    non_dilutive = "non_dilutive"
    tax_credit = "tax_credit"
    equity = "equity"
    loan = "loan"
    talent = "talent"
    data_access = "data_access"
    export = "export"
    accelerator = "accelerator"
    collaborative_research = "collaborative_research"
    procurement_pilot = "procurement_pilot"
    advisory = "advisory"
    training = "training"


class Region(StrEnum):
    QC = "QC"
    CA = "CA"
    MTL = "MTL"


class Intake(StrEnum):
    continuous = "continuous"
    calls = "calls"
    open = "open"
    closed = "closed"
    paused = "paused"
    replaced = "replaced"
    unknown = "unknown"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Bilingual(_Strict):
    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Sourced(_Strict, Generic[T]):
    """A value with the id of the source it came from; `uncertain` when the source is weak or conflicting."""

    value: T
    source: str
    uncertain: bool = False


class Source(_Strict):
    id: str
    url: HttpUrl
    title: str
    kind: Literal["official", "news", "third_party"]
    published: str | None = None  # the date the source shows, as it shows it ("2025-12-01", "2026", None if undated)


class Fact(_Strict):
    """One quotable statement, in both languages, with its source. Figures live here."""

    fr: str
    en: str
    source: str
    uncertain: bool = False

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class Rules(_Strict):
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


class Funding(_Strict):
    currency: Literal["CAD", "USD", "EUR"] = "CAD"
    min_amount: Sourced[float] | None = None
    max_amount: Sourced[float] | None = None
    cost_share_pct: Sourced[float] | None = None
    stacking_cap_pct: Sourced[float] | None = None


class IntakeStatus(_Strict):
    status: Intake
    seen: dt.date | None = None  # when this status was observed
    source: str | None = None
    deadline: dt.date | None = None
    replaced_by: str | None = None
    note: Bilingual | None = None


class Program(_Strict):
    id: str
    name: Bilingual
    aliases: list[str] = []
    operator: Bilingual
    url: HttpUrl
    kind: Kind
    stages: list[Stage] = Field(min_length=1)
    sectors: list[Sector] = Field(min_length=1)
    needs: list[Need] = Field(min_length=1)
    region: Region
    summary: Bilingual
    eligibility: Bilingual
    rules: Rules = Rules()
    funding: Funding = Funding()
    facts: list[Fact] = []
    intake: IntakeStatus
    sources: list[Source] = Field(min_length=1)
    as_of: dt.date
    uncertain: list[str] = []

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        return check_slug(v)

    @model_validator(mode="after")
    def _sources_known(self) -> Program:
        known = {s.id for s in self.sources}
        if len(known) != len(self.sources):
            raise ValueError("duplicate source ids in sources")
        for where, sid in self.cited_source_ids():
            if sid not in known:
                raise ValueError(f"{where} cites source {sid!r}, which is not in sources")
        if self.intake.status == Intake.replaced and not self.intake.replaced_by:
            raise ValueError("intake.status is 'replaced' but intake.replaced_by is empty")
        return self

    def cited_source_ids(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for group_name in ("rules", "funding"):
            group = getattr(self, group_name)
            for field in type(group).model_fields:
                val = getattr(group, field)
                if isinstance(val, Sourced):
                    out.append((f"{group_name}.{field}", val.source))
        out += [(f"facts[{i}]", f.source) for i, f in enumerate(self.facts)]
        if self.intake.source:
            out.append(("intake.source", self.intake.source))
        return out

    @cached_property
    def source_map(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def is_open(self) -> bool:
        return self.intake.status in (Intake.continuous, Intake.calls, Intake.open)


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


class DigestSource(_Strict):
    title: str
    publisher: str
    published: str  # the date the source document shows ("2019", "2022-05-12")
    url: HttpUrl | None = None
    document: str | None = None  # a file we hold when there is no public URL (e.g. the seed study)
    ids: list[str] = []  # ids of the facts-file sources this digest draws on

    @model_validator(mode="after")
    def _located(self) -> DigestSource:
        if not self.url and not self.document:
            raise ValueError("a digest source needs a url or a document")
        return self


class Digest(_Strict):
    """Front matter of a report or policy digest (Markdown) in corpus/reports or corpus/policies."""

    id: str
    title: str
    language: Literal["fr", "en"]
    kind: Literal["report", "policy", "announcement", "guide"]
    source: DigestSource
    as_of: dt.date
    programs: list[str] = []  # ids of program records the digest talks about
    aliases: list[str] = []  # names people use for the document ("étude InVivo", "SQRI2"), matched in questions

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        return check_slug(v)


FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, object] | None, str]:
    """(front matter mapping or None, body) of a Markdown text."""
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return None, text
    meta = yaml.safe_load(m.group(1))
    return (meta if isinstance(meta, dict) else None), text[m.end():]
