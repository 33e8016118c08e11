"""The company profile a briefing is written for: validated, with sectors and needs normalized to the corpus's terms."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.answer.match import money
from assistant.models import Lang, Profile
from assistant.understand.profile import _PLACES
from common.errors import InputError
from common.labels import LABELS
from common.lang import fold
from common.vocab import Need, Sector, Stage

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # newlines and tabs are fine in the project text
_ALIASES = {fold(name): k for group in ("sector", "stage", "need") for k, pair in LABELS[group].items() for name in pair}
_ALIASES |= {"ia": "ai", "intelligence artificielle": "ai", "artificial intelligence": "ai", "sante numerique": "digital_health",
             "non dilutif": "non_dilutive", "capital de risque": "equity", "venture capital": "equity",
             "talents": "talent", "exportation": "export", "amorcage": "seed", "pre-amorcage": "pre_seed",
             "accelerateur": "accelerator", "equity": "equity", "series b+": "series_b_plus"}


def _norm(raw: str) -> str:
    """'Series A' → 'series_a', 'santé numérique' → 'digital_health'; anything unknown is kept as written."""
    key = fold(raw.strip())
    if key in _ALIASES:
        return _ALIASES[key]
    slug = re.sub(r"[\s-]+", "_", key)
    return slug if slug in {*Sector, *Need, *Stage} else raw.strip()


class CompanyProfile(BaseModel):
    """What the advisor knows about the company. Sectors and needs outside the corpus are kept and reported as such."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=200)
    language: Lang = Field("fr", description="Language of the briefing")
    stage: Stage | None = None
    sectors: list[str] = Field(default_factory=list, max_length=12)
    needs: list[str] = Field(default_factory=list, max_length=12)
    employees: int | None = Field(None, ge=0, le=1_000_000)
    revenue: float | None = Field(None, ge=0, le=1e12, description="Annual revenue in CAD")
    region: str | None = Field(None, max_length=100, description="City, province or code (Montréal, QC, ON…)")
    incorporated: bool | None = None
    for_profit: bool | None = None
    project: str = Field("", max_length=4000, description="The project, in the advisor's words")
    budget: float | None = Field(None, gt=0, le=1e11, description="Project budget in CAD")

    @field_validator("name", "region", "project")
    @classmethod
    def _printable(cls, v: str | None) -> str | None:
        if v is not None and _CONTROL.search(v):
            raise ValueError("must not contain control characters")
        return v

    @field_validator("stage", mode="before")
    @classmethod
    def _stage(cls, v: object) -> object:
        return _norm(v) if isinstance(v, str) else v

    @field_validator("sectors", "needs", mode="before")
    @classmethod
    def _list(cls, v: object) -> object:
        if isinstance(v, str):
            v = [v]
        return [_norm(x) if isinstance(x, str) else x for x in v] if isinstance(v, list) else v

    @field_validator("sectors", "needs")
    @classmethod
    def _short(cls, v: list[str]) -> list[str]:
        if any(not x or len(x) > 80 or _CONTROL.search(x) for x in v):
            raise ValueError("each entry must be 1 to 80 printable characters")
        return list(dict.fromkeys(v))

    def known_sectors(self) -> list[Sector]:
        return [Sector(s) for s in self.sectors if s in set(Sector)]

    def known_needs(self) -> list[Need]:
        return [Need(n) for n in self.needs if n in set(Need)]

    def unknown_terms(self) -> list[str]:
        return [x for x in self.sectors if x not in set(Sector)] + [x for x in self.needs if x not in set(Need)]

    def region_code(self) -> str | None:
        if not self.region:
            return None
        f = fold(self.region)
        for code, rx in _PLACES:
            if f.upper() == code or re.search(rf"\b(?:{rx})\b", f):
                return code
        return None

    def to_profile(self) -> Profile:
        return Profile(language=self.language, stage=self.stage, sectors=self.known_sectors(), needs=self.known_needs(),
                       region=self.region_code(), employees=self.employees, revenue=self.revenue,
                       incorporated=self.incorporated, for_profit=self.for_profit)

    def support(self) -> list[str]:
        """The profile's own text and figures as the briefing writes them (what the body may state from it)."""
        out = [self.name, self.project, self.region or "", *self.sectors, *self.needs]
        out += [f"{self.employees} employees"] if self.employees is not None else []
        out += [money(v, lang) for v in (self.revenue, self.budget) if v is not None for lang in ("fr", "en")]
        return [x for x in out if x]


def load_profile(path: Path) -> CompanyProfile:
    """Read a profile YAML (or JSON) file; InputError with a one-line reason when it is unreadable or invalid."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path.name}: cannot read the profile: {str(exc).splitlines()[0]}") from exc
    try:
        return CompanyProfile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "profile"
        raise InputError(f"{path.name}: {where}: {first['msg']}") from exc
