"""The golden set: hand-written questions with what a good answer must contain, loaded and validated."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

Category = Literal["fact", "report", "profile_match", "comparison", "follow_up", "cross_lingual", "unanswerable",
                   "adversarial"]
QUESTIONS_DIR = Path(__file__).resolve().parent / "questions"
# Files of evals/questions/ that are not golden questions: scored by their own modules (advisor, refusals).
OTHER_SETS = {"advisor_cases.yaml", "false_refusals.yaml", "off_topic.yaml"}


class GoldenQuestion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    category: Category
    lang: Literal["fr", "en"] = Field(description="language of the question")
    question: str
    turns: list[str] = Field(default_factory=list, description="earlier messages of the same session, oldest first")
    expected_programs: list[str] = Field(default_factory=list, description="program ids a good answer shows/cites")
    expected_sources: list[str] = Field(default_factory=list, description="digest ids (report questions)")
    required_facts: list[str] = Field(default_factory=list, description="regexes the answer text must match")
    forbidden: list[str] = Field(default_factory=list, description="regexes the answer text must not match")
    should_abstain: bool = False
    answer_lang: Literal["fr", "en"] | None = None
    fast: bool = False  # part of the CI subset
    note: str = ""

    @field_validator("required_facts", "forbidden")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for pat in v:
            re.compile(pat)
        return v

    @property
    def expected_lang(self) -> str:
        return self.answer_lang or self.lang


def load_questions(folder: Path = QUESTIONS_DIR) -> list[GoldenQuestion]:
    out: list[GoldenQuestion] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name in OTHER_SETS:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        out += [GoldenQuestion.model_validate(d) for d in data]
    ids = [q.id for q in out]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ValueError(f"duplicate question ids: {sorted(dupes)}")
    return out
