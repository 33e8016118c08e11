"""What `boussole corpus check` prints: the summary lines and the coverage tables (by need, applicant, instrument,
region, kind and stage)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable

from common.records import Program
from ingest.corpus_check import (
    OLD_SOURCE_MONTHS,
    STALE_DAYS,
    CheckReport,
    old_source_records,
    third_party_only,
    unknown_share,
    unofficial_url_records,
)


def _fmt(c: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))


def _listed(ids: list[str], n: int = 10) -> str:
    return f" — {', '.join(ids[:n])}{' …' if len(ids) > n else ''}" if ids else ""


def summary_lines(rep: CheckReport, today: dt.date | None = None) -> list[str]:
    today = today or dt.date.today()
    progs = list(rep.programs.values())
    operators = {p.operator.en.split("(")[0].strip().lower() for p in progs}
    third = sorted(p.id for p in progs if third_party_only(p))
    old = old_source_records(rep, today)
    unofficial = unofficial_url_records(rep)
    share = len(third) / max(len(progs), 1)
    return [
        f"programs: {len(progs)}   distinct operators: {len(operators)}   digests: {len(rep.digests)} "
        f"({sum(langs == {'fr', 'en'} for langs in rep.digest_languages.values())} in French and English)",
        f"status: {_fmt(Counter(p.intake.status.value for p in progs))}",
        f"unknown status: {unknown_share(rep):.1%}",
        f"backed only by third-party sources: {share:.1%} ({len(third)}){_listed(third)}",
        f"newest source older than {OLD_SOURCE_MONTHS} months: {len(old)}{_listed(old)}",
        f"url not an official page: {len(unofficial)}{_listed(unofficial)}",
        f"stale (as_of > {STALE_DAYS} days): {len(rep.stale)}{_listed(rep.stale, 8)}",
        f"errors: {len(rep.errors)}   warnings: {len(rep.warnings)}",
    ]


def _table(title: str, progs: Iterable[Program], values: Callable[[Program], Iterable[str]]) -> list[str]:
    counts: Counter[str] = Counter()
    for p in progs:
        counts.update(set(values(p)))
    lines = [f"| {title} | programs |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return lines


def coverage_markdown(rep: CheckReport) -> str:
    """Markdown tables: programs by need, applicant, instrument, region, status, and kind × stage."""
    progs = list(rep.programs.values())
    out: list[str] = []
    for title, fn in (("need", lambda p: [n.value for n in p.needs]),
                      ("applicant", lambda p: [p.applicant.value]),
                      ("instrument", lambda p: [p.instrument.value]),
                      ("region", lambda p: [r.value for r in p.regions]),
                      ("status", lambda p: [p.intake.status.value])):
        out += _table(title, progs, fn) + [""]
    stages = ["pre_seed", "seed", "series_a", "series_b_plus", "growth", "established"]
    out += ["| kind | " + " | ".join(stages) + " | total |", "|---" * (len(stages) + 2) + "|"]
    for k in sorted({p.kind.value for p in progs}):
        ps = [p for p in progs if p.kind.value == k]
        cells = [str(sum(1 for p in ps if s in {x.value for x in p.stages}) or "·") for s in stages]
        out.append(f"| {k} | " + " | ".join(cells) + f" | {len(ps)} |")
    return "\n".join(out)
