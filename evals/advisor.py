"""Advisor shortlists: does an answer put in front of a company the programs an experienced advisor would?"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.models import Answer
from common.records import Program

EVALS = Path(__file__).resolve().parent
SHARED_FILE = EVALS / "advisor-shortlists.yaml"  # a copy of ../shared/evals/advisor-shortlists.yaml (dev set)
OWN_FILE = EVALS / "questions" / "advisor_cases.yaml"  # written apart from the ranking code (never tuned on)
SETS = {"advisor-shared": SHARED_FILE, "advisor-own": OWN_FILE}
FIT_SHOWN = ("eligible", "likely", "check")
FIRST = 6


class AdvisorCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    lang: str
    question: str
    expect: list[str]
    min: int = Field(ge=1)
    forbid: list[str] = Field(default_factory=list)
    needs: dict[str, list[str]] = Field(default_factory=dict)
    why: str = ""

    @field_validator("expect", "forbid")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for pat in v:
            re.compile(pat, re.I)
        return v


def load_cases(path: Path) -> list[AdvisorCase]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [AdvisorCase.model_validate(c) for c in data.get("cases") or []]


@dataclass
class AdvisorResult:
    """One case scored on one answer."""

    case: AdvisorCase
    fits: list[str]  # "id | name fr | name en" of the fits, in the answer's order
    refused: bool
    expected_found: list[str] = field(default_factory=list)
    forbidden_fits: list[str] = field(default_factory=list)
    needs_served: dict[str, bool] = field(default_factory=dict)
    latency_ms: float = 0.0

    @property
    def recall(self) -> float:
        return len(self.expected_found) / min(len(self.case.expect), FIRST)

    @property
    def passed(self) -> bool:
        return (not self.refused and len(self.expected_found) >= self.case.min and not self.forbidden_fits
                and all(self.needs_served.values()))


def names_of(pid: str, programs: dict[str, Program], shown_name: str) -> str:
    p = programs.get(pid)
    return f"{pid} | {p.name.fr} | {p.name.en}" if p else f"{pid} | {shown_name}"


def _hit(pattern: str, text: str) -> bool:
    return bool(re.search(pattern, text, re.I))


def score_case(case: AdvisorCase, ans: Answer, programs: dict[str, Program], latency_ms: float = 0.0) -> AdvisorResult:
    """Scored as the shared file's header says: expected among the first 6 fits, no forbidden fit, needs served."""
    fits = [names_of(p.id, programs, p.name) for p in ans.programs if p.fit in FIT_SHOWN] if not ans.abstained else []
    first = fits[:FIRST]
    res = AdvisorResult(case, fits, ans.abstained, latency_ms=latency_ms)
    res.expected_found = [pat for pat in case.expect if any(_hit(pat, f) for f in first)]
    res.forbidden_fits = [f for f in fits if any(_hit(pat, f) for pat in case.forbid)]
    res.needs_served = {need: any(_hit(pat, f) for pat in pats for f in first) for need, pats in case.needs.items()}
    return res


def summarise(results: list[AdvisorResult]) -> dict[str, Any]:
    """Pass rate, recall among the first 6 fits, forbidden fits (listed), needs served, refusals, failures."""
    n = len(results)
    needs = [ok for r in results for ok in r.needs_served.values()]
    return {
        "cases": n,
        "pass_rate": sum(r.passed for r in results) / n if n else None,
        "recall@6": sum(r.recall for r in results) / n if n else None,
        "forbidden_fits": sum(len(r.forbidden_fits) for r in results),
        "forbidden_list": [{"id": r.case.id, "program": f} for r in results for f in r.forbidden_fits],
        "needs_served": sum(needs) / len(needs) if needs else None,
        "needs_total": len(needs),
        "refusals": sum(r.refused for r in results),
        "failures": [failure(r) for r in results if not r.passed],
    }


def failure(r: AdvisorResult) -> dict[str, Any]:
    problems = []
    if r.refused:
        problems.append("refused")
    if len(r.expected_found) < r.case.min:
        problems.append(f"{len(r.expected_found)} of the expected among the first {FIRST} fits, {r.case.min} needed")
    problems += [f"forbidden fit: {f}" for f in r.forbidden_fits]
    problems += [f"need not served: {k}" for k, ok in r.needs_served.items() if not ok]
    return {"id": r.case.id, "lang": r.case.lang, "question": r.case.question,
            "expected": r.case.expect, "min": r.case.min, "got": [f.split(" | ")[0] for f in r.fits],
            "problems": problems}
