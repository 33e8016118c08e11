"""Rank candidate programs for a profile: retrieval relevance, then needs, kind, sector, stage and status."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.answer.evidence import overlap
from assistant.answer.match import Match, check
from assistant.models import Profile
from assistant.retrieval.retrieve import Hit, Retriever
from common.lang import fold
from common.records import Program
from common.vocab import Intake

SHOW = 5
MAX_CHECKED = 80
MIN_DENSE_SIM = 0.25
MIN_OVERLAP = 0.34
FUNDING_KINDS = {"grant", "repayable_contribution", "loan", "tax_credit", "equity"}
FUNDING_WORDS = re.compile(r"\b(fund\w*|financ\w*|argent|money|capital|subvention\w*|grants?|investi\w*)\b")
KINDS_FOR_NEED = {
    "non_dilutive": {"grant", "repayable_contribution", "tax_credit"}, "tax_credit": {"tax_credit"},
    "equity": {"equity"}, "loan": {"loan", "repayable_contribution"}, "talent": {"internship_subsidy", "training"},
    "data_access": {"data_access"}, "export": {"grant"}, "accelerator": {"accelerator", "incubator"},
    "collaborative_research": {"grant"}, "procurement_pilot": {"procurement_pilot"},
    "advisory": {"advisory", "accelerator", "incubator"}, "training": {"training"},
}


@dataclass
class Ranking:
    shown: list[Match]  # best first, not ruled out, open or of unknown status (closed ones only if nothing else)
    closed: list[Match]  # relevant programs that are closed, paused or replaced
    ruled_out: list[Match]  # the closest programs a rule excludes
    scores: dict[str, float]
    retrieved: list[str]  # ranked chunk ids retrieval gave (evals score them)


def profile_candidates(programs: dict[str, Program], profile: Profile) -> set[str]:
    """Programs whose needs and sectors match the profile, whether or not retrieval found them."""
    if not (profile.needs or profile.sectors):
        return set()
    out = set()
    mine = {x.value for x in profile.sectors}
    for p in programs.values():
        if profile.needs and not set(profile.needs) & set(p.needs):
            continue
        secs = {x.value for x in p.sectors}
        if profile.sectors and not ("all" in secs or secs & mine):
            continue
        out.add(p.id)
    return out


def family(p: Program) -> str:
    """The program family a record declares (streams and rounds of one program), else its id."""
    return p.family or p.id


def score_program(p: Program, profile: Profile, relevance: float, wants_funding: bool) -> float:
    s = relevance
    need_kinds = set().union(*(KINDS_FOR_NEED[n.value] for n in profile.needs)) if profile.needs else set()
    if profile.needs and set(profile.needs) & set(p.needs):
        s += 0.4
    if p.kind.value in need_kinds:
        s += 0.4
    if wants_funding:
        s += 0.3 if p.kind.value in FUNDING_KINDS else -0.3
    if profile.sectors and {x.value for x in profile.sectors} & ({x.value for x in p.sectors} - {"all"}):
        s += 0.15
    if profile.stage and profile.stage in p.stages:
        s += 0.15
    return s + (0.1 if p.accepting(dt.date.today()) else -0.05 if p.intake.status == Intake.unknown else -1.0)


def program_hits(retriever: Retriever, query: str) -> list[Hit]:
    """The passages a 'which programs' question starts from."""
    return retriever.answer_search(query, "programs")


def rank_programs(retriever: Retriever, programs: dict[str, Program], query: str, profile: Profile, lang: str,
                  show: int = SHOW, hits: list[Hit] | None = None) -> Ranking | None:
    """Programs for `query` and `profile` (from `hits`, else a fresh search); None when neither the question nor the
    profile points anywhere."""
    hits = program_hits(retriever, query) if hits is None else hits
    rel: dict[str, float] = {}
    for h in hits:
        if h.program_id:
            rel[h.program_id] = rel.get(h.program_id, 0.0) + h.score
    best_sim = max((s for _, s in retriever.snapshot.dense(query, 3)), default=0.0)
    best_overlap = max((overlap(query, h.row.text) for h in hits[:5]), default=0.0)
    if not profile.known().keys() - {"language"} and best_sim < MIN_DENSE_SIM and best_overlap < MIN_OVERLAP:
        return None
    cands = set(sorted(rel, key=lambda k: -rel[k])[:12]) | profile_candidates(programs, profile)
    top = max(rel.values(), default=1.0)
    wants_funding = bool(FUNDING_WORDS.search(fold(query))) and not profile.needs
    # The cheap score first: only the best candidates get the full rule check (the profile can match thousands).
    quick = sorted(((score_program(programs[pid], profile, rel.get(pid, 0.0) / top, wants_funding), pid)
                    for pid in cands if pid in programs), key=lambda sp: (-sp[0], sp[1]))[:MAX_CHECKED]
    # ties are broken by id, so the same question gives the same list in every process
    scored = [(s, check(programs[pid], profile, lang)) for s, pid in quick]
    scored.sort(key=lambda sm: (sm[1].fit == "not_eligible", -sm[0]))
    shown: list[Match] = []
    closed: list[Match] = []
    per_family: dict[str, int] = {}
    today = dt.date.today()
    for _, m in scored:  # at most two programs of one family (three PARTENAR-IA rounds say less than two others)
        fam = family(m.program)
        if m.fit == "not_eligible" or per_family.get(fam, 0) >= 2:
            continue
        if m.program.ended(today):  # never a fit: listed apart, with its replacement
            if len(closed) < 3:
                closed.append(m)
            continue
        if len(shown) < show:
            shown.append(m)
            per_family[fam] = per_family.get(fam, 0) + 1
    return Ranking(shown=shown, closed=closed,
                   ruled_out=[m for _, m in scored if m.fit == "not_eligible"][:3],
                   scores={m.program.id: s for s, m in scored}, retrieved=[h.row.id for h in hits])
