"""False refusals (in-scope questions naming companies, places, tools) and declines on new off-topic questions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.models import Answer

QUESTIONS = Path(__file__).resolve().parent / "questions"
FALSE_REFUSALS = QUESTIONS / "false_refusals.yaml"
OFF_TOPIC = QUESTIONS / "off_topic.yaml"


class ScopeQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    lang: str
    question: str
    names: list[str] = Field(default_factory=list)
    expect_any: list[str] = Field(default_factory=list)
    why: str = ""


def load(path: Path) -> list[ScopeQuestion]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [ScopeQuestion.model_validate(q) for q in data.get("questions") or []]


@dataclass
class ScopeResult:
    q: ScopeQuestion
    in_scope: bool  # True: from false_refusals.yaml (must answer); False: off_topic.yaml (must decline)
    abstained: bool
    named: bool | None  # in-scope answers: at least one expect_any pattern among the programs or text (None: no list)
    answer_head: str
    latency_ms: float = 0.0


def score_scope(q: ScopeQuestion, in_scope: bool, ans: Answer, latency_ms: float = 0.0) -> ScopeResult:
    shown = " ".join(f"{p.id} {p.name}" for p in ans.programs) + " " + ans.answer
    named = any(re.search(p, shown, re.I) for p in q.expect_any) if (in_scope and q.expect_any) else None
    return ScopeResult(q, in_scope, ans.abstained, named, ans.answer[:160].replace("\n", " "), latency_ms)


def summarise(results: list[ScopeResult]) -> dict[str, Any]:
    """False-refusal rate (target 0); abstention precision and recall with off-topic as the positive class."""
    inside = [r for r in results if r.in_scope]
    off = [r for r in results if not r.in_scope]
    declined = [r for r in results if r.abstained]
    named = [r.named for r in inside if r.named is not None]
    return {
        "in_scope": len(inside), "off_topic": len(off),
        "false_refusal_rate": sum(r.abstained for r in inside) / len(inside) if inside else None,
        "in_scope_expected_named": sum(bool(x) for x in named) / len(named) if named else None,
        "abstention_precision": sum(not r.in_scope for r in declined) / len(declined) if declined else None,
        "abstention_recall": sum(r.abstained for r in off) / len(off) if off else None,
        "failures": [{"id": r.q.id, "lang": r.q.lang, "question": r.q.question,
                      "expected": "an answer" if r.in_scope else "a decline",
                      "got": ("refused: " if r.abstained else "answered: ") + r.answer_head}
                     for r in results if r.abstained != (not r.in_scope)],
    }
