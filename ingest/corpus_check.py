"""`boussole corpus check`: validate records and bilingual digests, enforce sourced figures and the corpus's rules."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from common import figures
from common.digests import Digest, split_front_matter
from common.records import Program, Sourced, load_programs
from common.settings import Settings
from common.urls import host
from common.vocab import Intake
from ingest.guard import longest_field

STALE_DAYS = 365  # a record not re-checked for a year is listed as stale
OLD_SOURCE_MONTHS = 24  # a record whose newest dated source is older than this is listed
MAX_UNKNOWN_SHARE = 0.10  # at most 10% of records may have an unknown intake status


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    programs: dict[str, Program] = field(default_factory=dict)
    digests: dict[str, Digest] = field(default_factory=dict)  # one per id (the original-language file)
    digest_languages: dict[str, set[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _values(texts: list[str]) -> set[str]:
    return {v for t in texts for k, v in figures.keys(t) if k != "any"}


def _stated(value: float, fact_keys: set[tuple[str, str]]) -> bool:
    v = figures._fmt(float(value))
    return any((kind, v) in fact_keys for kind in ("any", "number", "money", "pct"))


def check_program_figures(p: Program) -> list[str]:
    """Every figure in prose, awards, budgets and rules is stated in a sourced fact; facts say the same figures in both
    languages."""
    errs: list[str] = []
    for i, f in enumerate(p.facts):
        if _values([f.fr]) != _values([f.en]):
            errs.append(f"{p.id}: facts[{i}] states different figures in French and English")
    dated = [d.isoformat() for d in (p.intake.next_deadline, p.intake.last_deadline,
                                      p.intake.last_confirmed.date if p.intake.last_confirmed else None) if d]
    for lang in ("fr", "en"):
        prose = {"summary": p.summary.get(lang), "eligibility": p.eligibility.get(lang),
                 "how_to_apply": p.how_to_apply.get(lang)}
        if p.intake.note:
            prose["intake.note"] = p.intake.note.get(lang)
        for where, text in prose.items():
            for fig in figures.unsupported(text, [f.get(lang) for f in p.facts] + dated):
                errs.append(f"{p.id}: {where}.{lang} states {fig.text!r}, which no sourced fact states")
    fact_keys: set[tuple[str, str]] = set()
    for f in p.facts:
        fact_keys |= figures.keys(f.en) | figures.keys(f.fr)
    for name in type(p.rules).model_fields:
        val = getattr(p.rules, name)
        if isinstance(val, Sourced) and isinstance(val.value, int | float) and not isinstance(val.value, bool) \
                and not _stated(val.value, fact_keys):  # figures only: a yes/no or a list of institutions is no figure
            errs.append(f"{p.id}: rules.{name} = {val.value} is not stated in any fact")
    for i, award in enumerate(p.funding.per_company):
        errs += [f"{p.id}: funding.per_company[{i}] figure {v:g} is not stated in any fact"
                 for v in award.figures() if not _stated(v, fact_keys)]
    for i, b in enumerate(p.funding.program_budget):
        if not _stated(b.value, fact_keys):
            errs.append(f"{p.id}: funding.program_budget[{i}] = {b.value:g} is not stated in any fact")
    return errs


def check_program_links(p: Program, progs: dict[str, Program]) -> list[str]:
    errs = []
    if p.intake.replaced_by and p.intake.replaced_by not in progs:
        errs.append(f"{p.id}: replaced_by {p.intake.replaced_by!r} is not a known program id")
    if p.intake.next_deadline and p.intake.last_deadline and p.intake.next_deadline < p.intake.last_deadline:
        errs.append(f"{p.id}: intake.next_deadline is before intake.last_deadline")
    return errs


def check_digest(path: Path) -> tuple[Digest | None, str, str | None]:
    """(front matter, body, error)."""
    try:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, "", f"{path.name}: cannot read: {str(exc).splitlines()[0]}"
    if meta is None:
        return None, "", f"{path.name}: no YAML front matter (--- … ---)"
    try:
        d = Digest.model_validate(meta)
    except ValidationError as exc:
        first = exc.errors()[0]
        return None, "", f"{path.name}: {'.'.join(map(str, first['loc']))}: {first['msg']}"
    if len(body.strip()) < 200:
        return None, "", f"{path.name}: body is too short to be a digest"
    if path.name != f"{d.id}.{d.language}.md":
        return None, "", f"{path.name}: a digest file is named <id>.<language>.md ({d.id}.{d.language}.md)"
    return d, d.title + "\n" + body, None


def check_digests(root: Path, rep: CheckReport) -> None:
    """Each digest exists in French and English, and both say the same figures."""
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    for folder in ("reports", "policies"):
        for path in sorted((root / folder).glob("*.md")) if (root / folder).exists() else []:
            if path.name.lower() == "readme.md":
                continue
            d, text, err = check_digest(path)
            if err or d is None:
                rep.errors.append(err or f"{path.name}: unreadable")
                continue
            if d.language in texts[d.id]:
                rep.errors.append(f"{path.name}: duplicate id {d.id!r} in {d.language}")
            texts[d.id][d.language] = text
            if not d.translation or d.id not in rep.digests:
                rep.digests[d.id] = d
            rep.errors += [f"{path.name}: programs lists unknown id {pid!r}" for pid in d.programs
                           if pid not in rep.programs]
    for did, by_lang in texts.items():
        rep.digest_languages[did] = set(by_lang)
        if set(by_lang) != {"fr", "en"}:
            rep.errors.append(f"digest {did}: needs a French and an English file (has {', '.join(sorted(by_lang))})")
        elif _values([by_lang["fr"]]) != _values([by_lang["en"]]):
            only = sorted(_values([by_lang["fr"]]) ^ _values([by_lang["en"]]))[:6]
            rep.errors.append(f"digest {did}: French and English state different figures ({', '.join(only)})")
        if did in rep.programs:
            rep.errors.append(f"digest {did}: its id is also a program id")


def check_corpus(root: Path, today: dt.date | None = None) -> CheckReport:
    today = today or dt.date.today()
    rep = CheckReport()
    progs, errs = load_programs(root / "programs")
    rep.errors += [str(e) for e in errs]
    rep.programs = progs
    cap = Settings.model_fields["max_field_chars"].default
    for p in progs.values():
        rep.errors += check_program_figures(p) + check_program_links(p, progs)
        where = longest_field(p.model_dump(mode="json"), cap)
        if where:
            rep.errors.append(f"{p.id}: field {where} is longer than {cap:,} characters (BOUSSOLE_MAX_FIELD_CHARS)")
        if (today - p.as_of).days > STALE_DAYS:
            rep.stale.append(f"{p.id} (as of {p.as_of})")
    if progs and unknown_share(rep) > MAX_UNKNOWN_SHARE:
        rep.errors.append(f"{unknown_share(rep):.0%} of records have status 'unknown' (at most "
                          f"{MAX_UNKNOWN_SHARE:.0%}): find a dated source for their status")
    check_digests(root, rep)
    return rep


def unknown_share(rep: CheckReport) -> float:
    progs = list(rep.programs.values())
    return sum(p.intake.status == Intake.unknown for p in progs) / max(len(progs), 1)


def third_party_only(p: Program) -> bool:
    return all(s.kind == "third_party" for s in p.sources if s.id in {sid for _, sid in p.cited_source_ids()})


def newest_source(p: Program) -> dt.date | None:
    """The newest date any source of the record shows (a year alone counts as its last day)."""
    dates = [_parse_published(s.published) for s in p.sources]
    if p.intake.last_confirmed:
        dates.append(p.intake.last_confirmed.date)
    known = [d for d in dates if d is not None]
    return max(known) if known else None


def _parse_published(text: str | None) -> dt.date | None:
    if not text:
        return None
    for fmt, fix in (("%Y-%m-%d", None), ("%Y-%m", (28,)), ("%Y", (12, 31))):
        try:
            d = dt.datetime.strptime(text.strip()[: len(dt.date.today().strftime(fmt))], fmt).date()
        except ValueError:
            continue
        if fix == (28,):
            return d.replace(day=28)
        return d.replace(month=12, day=31) if fix else d
    return None


def old_source_records(rep: CheckReport, today: dt.date) -> list[str]:
    limit = today - dt.timedelta(days=OLD_SOURCE_MONTHS * 30)
    return sorted(p.id for p in rep.programs.values() if (newest_source(p) or dt.date.min) < limit)


def unofficial_url_records(rep: CheckReport) -> list[str]:
    """Records whose url is not on the host of an official source (the model refuses them; counted independently)."""
    return sorted(p.id for p in rep.programs.values()
                  if host(str(p.url)) not in {host(str(s.url)) for s in p.sources if s.kind == "official"})
