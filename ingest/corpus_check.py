"""`boussole corpus check`: validate records and digests, enforce sourced figures, report staleness and coverage."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from common import figures
from common.records import Digest, Program, Sourced, load_programs, split_front_matter

STALE_DAYS = 365


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    programs: dict[str, Program] = field(default_factory=dict)
    digests: dict[str, Digest] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _figure_keys(texts: list[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for t in texts:
        out |= figures.keys(t)
    return out


def check_program_figures(p: Program) -> list[str]:
    """Every figure in prose must be stated in a sourced fact; facts say the same figures in both languages."""
    errs: list[str] = []
    for i, f in enumerate(p.facts):
        fr = {k for k in figures.keys(f.fr) if k[0] != "any"}
        en = {k for k in figures.keys(f.en) if k[0] != "any"}
        if {v for _, v in fr} != {v for _, v in en}:
            errs.append(f"{p.id}: facts[{i}] states different figures in French and English")
    for lang in ("fr", "en"):
        prose = {"summary": p.summary.get(lang), "eligibility": p.eligibility.get(lang)}
        if p.intake.note:
            prose["intake.note"] = p.intake.note.get(lang)
        for where, text in prose.items():
            for fig in figures.unsupported(text, [f.get(lang) for f in p.facts]):
                errs.append(f"{p.id}: {where}.{lang} states {fig.text!r}, which no sourced fact states")
    fact_keys = _figure_keys([f.en for f in p.facts])
    for group_name in ("rules", "funding"):
        group = getattr(p, group_name)
        for name in type(group).model_fields:
            val = getattr(group, name)
            if isinstance(val, Sourced) and not isinstance(val.value, bool):
                v = figures._fmt(float(val.value))
                if ("any", v) not in fact_keys and ("number", v) not in fact_keys:
                    errs.append(f"{p.id}: {group_name}.{name} = {v} is not stated in any fact")
    return errs


def check_digest(path: Path) -> tuple[Digest | None, str | None]:
    try:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, f"{path.name}: cannot read: {str(exc).splitlines()[0]}"
    if meta is None:
        return None, f"{path.name}: no YAML front matter (--- … ---)"
    try:
        d = Digest.model_validate(meta)
    except ValidationError as exc:
        first = exc.errors()[0]
        return None, f"{path.name}: {'.'.join(map(str, first['loc']))}: {first['msg']}"
    if len(body.strip()) < 200:
        return None, f"{path.name}: body is too short to be a digest"
    return d, None


def check_corpus(root: Path, today: dt.date | None = None) -> CheckReport:
    today = today or dt.date.today()
    rep = CheckReport()
    progs, errs = load_programs(root / "programs")
    rep.errors += [str(e) for e in errs]
    rep.programs = progs
    for p in progs.values():
        rep.errors += check_program_figures(p)
        if p.intake.replaced_by and p.intake.replaced_by not in progs:
            rep.errors.append(f"{p.id}: replaced_by {p.intake.replaced_by!r} is not a known program id")
        if (today - p.as_of).days > STALE_DAYS:
            rep.stale.append(f"{p.id} (as of {p.as_of})")
    for folder in ("reports", "policies"):
        for path in sorted((root / folder).glob("*.md")) if (root / folder).exists() else []:
            if path.name.lower() == "readme.md":
                continue
            d, err = check_digest(path)
            if err:
                rep.errors.append(err)
            elif d is not None:
                if d.id in rep.digests or d.id in progs:
                    rep.errors.append(f"{path.name}: duplicate id {d.id!r}")
                rep.digests[d.id] = d
                for pid in d.programs:
                    if pid not in progs:
                        rep.errors.append(f"{path.name}: programs lists unknown id {pid!r}")
                if (today - d.as_of).days > STALE_DAYS:
                    rep.stale.append(f"{d.id} (as of {d.as_of})")
    return rep


def summary_lines(rep: CheckReport) -> list[str]:
    progs = rep.programs.values()
    by_kind = Counter(p.kind.value for p in progs)
    by_stage = Counter(s.value for p in progs for s in p.stages)
    by_sector = Counter(s.value for p in progs for s in p.sectors)
    by_status = Counter(p.intake.status.value for p in progs)

    def fmt(c: Counter[str]) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    return [
        f"programs: {len(rep.programs)}   digests: {len(rep.digests)}",
        f"by kind:   {fmt(by_kind)}",
        f"by stage:  {fmt(by_stage)}",
        f"by sector: {fmt(by_sector)}",
        f"by status: {fmt(by_status)}",
        f"stale (> {STALE_DAYS} days): {len(rep.stale)}" + (f" — {', '.join(rep.stale[:8])}" if rep.stale else ""),
        f"errors: {len(rep.errors)}   warnings: {len(rep.warnings)}",
    ]


def coverage_markdown(rep: CheckReport) -> str:
    """Markdown tables: kind × stage, and programs per sector."""
    stages = ["pre_seed", "seed", "series_a", "series_b_plus", "growth", "established"]
    kinds = sorted({p.kind.value for p in rep.programs.values()})
    lines = ["| kind | " + " | ".join(stages) + " | total |", "|---" * (len(stages) + 2) + "|"]
    for k in kinds:
        ps = [p for p in rep.programs.values() if p.kind.value == k]
        cells = [str(sum(1 for p in ps if s in {x.value for x in p.stages}) or "·") for s in stages]
        lines.append(f"| {k} | " + " | ".join(cells) + f" | {len(ps)} |")
    lines += ["", "| sector | programs |", "|---|---|"]
    for sec, n in sorted(Counter(s.value for p in rep.programs.values() for s in p.sectors).items()):
        lines.append(f"| {sec} | {n} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    import sys

    root = Path((argv or sys.argv[1:] or ["corpus"])[0])
    rep = check_corpus(root)
    for e in rep.errors:
        print(f"error: {e}")
    print("\n".join(summary_lines(rep)))
    return 0 if rep.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
