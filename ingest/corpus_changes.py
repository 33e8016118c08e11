"""`boussole corpus changes --since DATE|VERSION`: programs added or removed and the amounts, statuses and deadlines
that changed since an earlier version of the corpus. Versions are the git history of corpus/programs."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from common.errors import CorpusHistoryError

WATCHED = {
    "funding.per_company": lambda r: r.get("funding", {}).get("per_company", []),
    "funding.program_budget": lambda r: r.get("funding", {}).get("program_budget", []),
    "intake.status": lambda r: r.get("intake", {}).get("status"),
    "intake.next_deadline": lambda r: r.get("intake", {}).get("next_deadline"),
    "intake.last_deadline": lambda r: r.get("intake", {}).get("last_deadline"),
    "intake.replaced_by": lambda r: r.get("intake", {}).get("replaced_by"),
    "url": lambda r: r.get("url"),
    "applicant": lambda r: r.get("applicant"),
    "instrument": lambda r: r.get("instrument"),
}


@dataclass
class Changes:
    since: str  # the revision compared against, as a short hash
    since_date: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[tuple[str, Any, Any]]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"changes since {self.since} ({self.since_date}): {len(self.added)} added, {len(self.removed)} removed, "
               f"{len(self.changed)} changed"]
        out += [f"+ {pid}" for pid in self.added] + [f"- {pid}" for pid in self.removed]
        for pid, fields in sorted(self.changed.items()):
            out.append(f"~ {pid}")
            out += [f"    {name}: {_short(old)} → {_short(new)}" for name, old, new in fields]
        return out


def _short(v: Any) -> str:
    if isinstance(v, list):
        return "; ".join(_short(x) for x in v) or "—"
    if isinstance(v, dict):
        keys = ("min", "max", "typical_min", "typical_max", "rate_pct", "value", "unit")
        return ", ".join(f"{k} {v[k]}" for k in keys if v.get(k) is not None) or "—"
    return "—" if v is None else str(v)


def _git(repo: Path, *args: str) -> str:
    try:
        out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise CorpusHistoryError(f"git is needed to read corpus versions: {exc}") from exc
    if out.returncode != 0:
        raise CorpusHistoryError(f"git: {(out.stderr.strip().splitlines() or ['failed'])[-1]}")
    return out.stdout


def resolve(repo: Path, since: str) -> str:
    """A date (YYYY-MM-DD: the last commit before that day) or any git revision → a commit hash."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        dt.date.fromisoformat(since)
        rev = _git(repo, "rev-list", "-1", f"--before={since}T00:00:00", "HEAD").strip()
        if not rev:
            raise CorpusHistoryError(f"no corpus version before {since}")
        return rev
    return _git(repo, "rev-parse", "--verify", "--quiet", f"{since}^{{commit}}").strip()


def _records_at(repo: Path, rev: str, folder: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name in _git(repo, "ls-tree", "--name-only", f"{rev}:{folder}").split():
        if name.endswith(".yaml"):
            data = yaml.safe_load(_git(repo, "show", f"{rev}:{folder}/{name}"))
            if isinstance(data, dict):
                out[str(data.get("id", name[:-5]))] = data
    return out


def _records_now(folder: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            out[str(data.get("id", path.stem))] = data
    return out


def changes_since(programs_dir: Path, since: str) -> Changes:
    """Compare the records in `programs_dir` (as they are now) with the same folder at the `since` version."""
    programs_dir = programs_dir.resolve()
    repo = Path(_git(programs_dir, "rev-parse", "--show-toplevel").strip())
    rev = resolve(repo, since)
    folder = programs_dir.relative_to(repo).as_posix()
    before, now = _records_at(repo, rev, folder), _records_now(programs_dir)
    when = _git(repo, "show", "-s", "--format=%cs", rev).strip()
    ch = Changes(since=rev[:10], since_date=when, added=sorted(set(now) - set(before)),
                 removed=sorted(set(before) - set(now)))
    for pid in sorted(set(now) & set(before)):
        diffs = [(name, get(before[pid]), get(now[pid])) for name, get in WATCHED.items()
                 if _norm(get(before[pid])) != _norm(get(now[pid]))]
        if diffs:
            ch.changed[pid] = diffs
    return ch


def _norm(v: Any) -> str:
    return yaml.safe_dump(v, sort_keys=True, allow_unicode=True)
