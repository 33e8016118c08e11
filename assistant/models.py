"""The shared shapes: a founder profile, a program's fit, a citation, and the one Answer every interface returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.answer.texts import t
from common.vocab import Government, Group, Institution, Instrument, Need, Sector, Stage

Lang = Literal["fr", "en"]
Fit = Literal["eligible", "likely", "check", "not_eligible"]


class Profile(BaseModel):
    """Who is asking. Every field is optional; None means unknown (never guessed)."""

    language: Lang | None = None
    stage: Stage | None = None
    sectors: list[Sector] = Field(default_factory=list)
    needs: list[Need] = Field(default_factory=list)
    region: str | None = Field(None, description="A Québec administrative region (montreal, estrie…), QC, CA or a "
                                                 "province code (ON, BC…); MTL (Montréal) is still accepted")
    employees: int | None = Field(None, ge=0, le=1_000_000)
    revenue: float | None = Field(None, ge=0, description="Annual revenue in CAD")
    request: float | None = Field(None, ge=0, description="The sum sought or the project's cost, in CAD, when stated")
    countries: list[str] = Field(default_factory=list, description="Foreign countries the question names (codes)")
    academic: bool | None = Field(None, description="The asker is an academic researcher, trainee or student")
    incorporated: bool | None = None
    for_profit: bool | None = None
    canadian_controlled: bool | None = None
    has_partner: bool | None = None
    in_incubator: bool | None = None
    software: bool | None = Field(None, description="The company's own business is software (design, publishing), not "
                                                  "care, manufacturing or research services")
    founder_age: int | None = Field(None, ge=14, le=110, description="The founder's age, when stated")
    audience: list[Group] = Field(default_factory=list, description="Groups the asker says they belong to")
    groups_asked: list[Group] = Field(default_factory=list, description="Groups whose support the question asks about "
                                                                       "(their programs first; eligibility to confirm)")
    instruments: list[Instrument] = Field(default_factory=list, description="The instruments asked for")
    excluded: list[Instrument] = Field(default_factory=list, description="Instruments the asker rules out in words "
                                                                        "(« pas de crédits d'impôt », \"no loans\")")
    institutions: list[Institution] = Field(default_factory=list, description="Universities the asker or the company "
                                                                            "is tied to (studies, work, spin-off, lab)")
    government: Government | None = Field(None, description="The government whose support is asked for in so many "
                                                            "words (federal, quebec)")

    def known(self) -> dict[str, object]:
        return {k: v for k, v in self.model_dump().items() if v not in (None, [])}


class ProgramFit(BaseModel):
    id: str
    name: str
    kind: str
    instrument: str = ""
    applicant: str = ""
    fit: Fit
    reasons: list[str] = Field(default_factory=list)
    amount: str | None = None  # what one company can get, in words ("amount not published" when none is)
    intake: str
    last_confirmed: str | None = None  # the date a source showed the status
    next_deadline: str | None = None
    last_deadline: str | None = None  # the most recent deadline seen, possibly past
    how_to_apply: str | None = None
    as_of: str
    url: str
    replaced_by: str | None = None
    uncertain: list[str] = Field(default_factory=list)


class Citation(BaseModel):
    n: int
    source: str
    title: str
    url: str | None = None
    page: int | None = None
    quote: str
    program_id: str | None = None


class FollowUp(BaseModel):
    """One short question back, with 2–4 choices; a choice is sent back as the next message of the session."""

    question: str
    choices: list[str] = Field(min_length=2, max_length=4)


class Answer(BaseModel):
    answer: str
    language: Lang
    abstained: bool = False
    profile: Profile = Field(default_factory=Profile)
    programs: list[ProgramFit] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    session_id: str = ""
    message_id: str = ""
    intent: str = ""
    follow_up: FollowUp | None = Field(None, description="one question back when the stage or need is unknown and "
                                                         "would change the shortlist")
    retrieved: list[str] = Field(default_factory=list, exclude=True,
                                 description="internal: ranked chunk ids the answer's retrieval returned (evals)")

    def about(self) -> str:
        """What the answer was about for the next message: its intent, or "report" when a program's fact answer led
        with a study's or an announcement's figure (its first source is a digest, not a program's record)."""
        if self.abstained:
            return ""
        if self.intent == "fact" and self.citations and self.citations[0].program_id is None:
            return "report"
        return self.intent

    def as_text(self) -> str:
        """Readable terminal form: the answer, then the numbered sources."""
        lines = [self.answer, ""]
        if self.follow_up is not None:
            lines += [self.follow_up.question, *(f"  - {c}" for c in self.follow_up.choices), ""]
        for c in self.citations:
            where = f"{c.source}" + (f", p. {c.page}" if c.page else "")
            lines.append(f"[{c.n}] {c.title} — {where}" + (f" — {c.url}" if c.url else ""))
            lines.append("    " + t(self.language, "quote", text=c.quote))
        return "\n".join(lines).rstrip()
