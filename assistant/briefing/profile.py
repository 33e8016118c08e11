"""The company profile a briefing is written for: validated, with sectors and needs normalized to the corpus's terms."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.answer.match import money
from assistant.models import Lang, Profile
from assistant.understand.profile import _PLACES
from common.errors import InputError
from common.labels import LABELS, label
from common.lang import fold
from common.vocab import Government, Need, Sector, Stage

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # newlines and tabs are fine in the project text
_ALIASES = {fold(name): k for group in ("sector", "stage", "need") for k, pair in LABELS[group].items() for name in pair}
_ALIASES |= {"ia": "ai", "intelligence artificielle": "ai", "artificial intelligence": "ai", "sante numerique": "digital_health",
             "non dilutif": "non_dilutive", "capital de risque": "equity", "venture capital": "equity",
             "talents": "talent", "exportation": "export", "amorcage": "seed", "pre-amorcage": "pre_seed",
             "accelerateur": "accelerator", "equity": "equity", "series b+": "series_b_plus",
             "non_dilutive_funding": "non_dilutive", "non dilutive funding": "non_dilutive",
             "financement non dilutif": "non_dilutive"}
# the government's names in the label table, in both languages, and "provincial" for Québec's
_GOVERNMENTS = {fold(name): k for k, pair in LABELS["government"].items() for name in (k, *pair)} | {"provincial": "quebec"}
FIELD_ALIASES = {"description": "project", "about": "project", "company": "name", "lang": "language",
                 "non_dilutive_funding": "non_dilutive"}  # other names advisors write for a field


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
    government: Government | None = Field(None, description="Only this government's programs (federal, quebec, municipal)")
    project: str = Field("", max_length=4000, description="The project, in the advisor's words")
    budget: float | None = Field(None, gt=0, le=1e11, description="Project budget in CAD")

    @model_validator(mode="before")
    @classmethod
    def _aliases(cls, data: object) -> object:
        """`description` or `about` → `project`, `company` → `name`, `lang` → `language` (the first one given wins)."""
        if not isinstance(data, dict):
            return data
        out = {k: v for k, v in data.items() if k not in FIELD_ALIASES or FIELD_ALIASES[k] not in cls.model_fields}
        for k, v in data.items():
            target = FIELD_ALIASES.get(k)
            if target in cls.model_fields and v not in (None, "") and out.get(target) in (None, ""):
                out[target] = v
        return out

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

    @field_validator("government", mode="before")
    @classmethod
    def _government(cls, v: object) -> object:
        """'Fédéral', 'Federal', 'Québec', 'provincial', 'Municipal' → the vocabulary's value; others fail validation."""
        return _GOVERNMENTS.get(fold(v.strip()), v) if isinstance(v, str) else v

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
        terms = [x for x in self.sectors if x not in set(Sector)] + [x for x in self.needs if x not in set(Need)]
        return list(dict.fromkeys(terms))  # each once, however often it was written

    def region_code(self) -> str | None:
        if not self.region:
            return None
        f = fold(self.region)
        for code, rx in _PLACES:
            if f.upper() == code or re.search(rf"\b(?:{rx})\b", f):
                return code
        return None

    def region_name(self, lang: str) -> str | None:
        """The region as people write it: a code from a form ('QC', 'MTL', 'montreal') becomes its name."""
        if not self.region:
            return None
        key = self.region.strip()
        for k in (key, key.upper(), fold(key)):
            if k in LABELS["region"]:
                return label("region", k, lang)
        return self.region

    def to_profile(self) -> Profile:
        return Profile(language=self.language, stage=self.stage, sectors=self.known_sectors(), needs=self.known_needs(),
                       region=self.region_code(), employees=self.employees, revenue=self.revenue,
                       incorporated=self.incorporated, for_profit=self.for_profit, government=self.government)

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
    if not isinstance(data, dict):
        raise InputError(f"{path.name}: a profile is a mapping of fields; accepted fields: {accepted_fields()}")
    try:
        return CompanyProfile.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path.name}: {explain(exc)}") from exc


def accepted_fields() -> str:
    extra = {alias: target for alias, target in FIELD_ALIASES.items() if target in CompanyProfile.model_fields}
    names = ", ".join(CompanyProfile.model_fields)
    return f"{names} (also {', '.join(f'{a} for {t}' for a, t in extra.items())})"


ACCEPTED_VALUES = {"language": "fr, en", "stage": ", ".join(Stage), "government": ", ".join(Government),
                   "incorporated": "true, false",
                   "for_profit": "true, false"}


def explain(exc: ValidationError) -> str:
    """One line: the first problem, and what the field accepts (the fields, or its values)."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "profile"
    field = str(first["loc"][0]) if first["loc"] else ""
    if first["type"] == "extra_forbidden":
        return f"{where}: unknown field; accepted fields: {accepted_fields()}"
    value = first.get("input")
    shown = f"{value!r} is not accepted" if isinstance(value, str | int | float | bool) else first["msg"]
    if field in ACCEPTED_VALUES:
        return f"{where}: {shown}; accepted values: {ACCEPTED_VALUES[field]}"
    return f"{where}: {first['msg']}"
