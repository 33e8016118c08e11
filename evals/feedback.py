"""Thumbs-down feedback (CSV of `boussole feedback export`) → draft golden questions, shaped by the reason given."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

import yaml

from common.lang import detect
from common.records import Program, load_program

# reason → (category of the draft, whether the programs the answer showed are what the draft expects)
REASONS: dict[str, tuple[str, bool]] = {
    "wrong_amount": ("fact", True),  # the right programs, a wrong figure: the draft checks their amounts
    "outdated": ("fact", True),  # the right programs, a stale status or date
    "wrong_language": ("cross_lingual", True),  # the right programs, answered in the other language
    "wrong_program": ("profile_match", False),  # what was shown is wrong: expect only what the comment names
    "missing_program": ("profile_match", True),  # keep what was shown, add what the comment names
    "other": ("fact", True),
}


def load_programs(corpus_dir: Path) -> dict[str, Program]:
    return {p.id: p for p in (load_program(f) for f in sorted((corpus_dir / "programs").glob("*.yaml")))}


def named_in(text: str, programs: dict[str, Program]) -> list[str]:
    """Program ids whose id, French or English name or alias appears in `text` (the asker's comment)."""
    low = text.lower()
    out = []
    for p in programs.values():
        names = [p.id, *p.all_names()]
        if any(len(n) >= 3 and re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low) for n in names):
            out.append(p.id)
    return out


def draft(row: dict[str, str], i: int, programs: dict[str, Program]) -> dict[str, Any]:
    q = row["question"]
    reason = row.get("reason") or "other"
    category, keep_shown = REASONS.get(reason, REASONS["other"])
    shown = [p for p in (row.get("programs") or "").split() if p]
    named = named_in(row.get("comment") or "", programs)
    expected = list(dict.fromkeys([*(shown if keep_shown else []), *named]))
    lang = detect(q)
    d: dict[str, Any] = {
        "id": f"feedback-{row.get('id') or i}-draft", "category": category, "lang": lang, "question": q,
        "expected_programs": expected, "required_facts": [],
        "note": (f"DRAFT from feedback (reason: {reason}; shown: {' '.join(shown) or 'none'}): "
                 f"{row.get('comment') or ''}").strip(),
    }
    if reason == "wrong_language":
        d["answer_lang"] = lang
    return d


def from_feedback(csv_file: Path, out: Path, corpus_dir: Path = Path("corpus")) -> int:
    """Write one draft question per thumbs-down row; review them, fill expectations, then move them in."""
    programs = load_programs(corpus_dir) if (corpus_dir / "programs").is_dir() else {}
    drafts: list[dict[str, Any]] = []
    with csv_file.open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row.get("rating") == "down" and row.get("question"):
                drafts.append(draft(row, i, programs))
    out.write_text(yaml.safe_dump(drafts, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"{len(drafts)} draft question(s) written to {out}; review them, fill expectations, then move them into "
          f"evals/questions/ and run `python -m evals.split`")
    return 0
