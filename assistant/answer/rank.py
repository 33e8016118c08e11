"""Rank candidate programs for a profile: retrieval relevance, then needs, kind, sector, stage and status."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.answer.asked import asked_needs, generic_funding
from assistant.answer.evidence import overlap
from assistant.answer.match import Match, at_site, check, in_audience, of_community, shares_country
from assistant.answer.shortlist import (
    asked_instruments,
    cover_needs,
    family,
    for_group_asked,
    government_ok,
    instrument_ok,
    needs_to_cover,
    of_group_asked,
    standout,
    support_beside,
)
from assistant.models import Profile
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.retrieval.snapshot import Snapshot
from assistant.understand.level import asks_public
from assistant.understand.operators import asked_of
from assistant.understand.profile import need_clauses
from assistant.understand.stated import PURPOSES
from common.lang import fold
from common.records import Program
from common.vocab import Applicant, Instrument, Intake, Need, Sector, Stage

SHOW = 6  # the fits a reader sees first
MAX_CHECKED = 80
MIN_DENSE_SIM, MIN_OVERLAP = 0.25, 0.34
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
FUNDING_KINDS = {"grant", "repayable_contribution", "loan", "tax_credit", "equity"}
# What each signal weighs in a program's score (retrieval relevance is scaled to 0..1).
W_RELEVANCE, W_NEED, W_PRIMARY_NEED, W_OTHER_NEED = 1.0, 0.6, 0.2, -0.4
W_SECTOR, W_ALL_SECTORS, W_STAGE, W_LOCAL, W_AUDIENCE, W_OTHER_AUDIENCE = 0.3, 0.1, 0.1, 0.15, 0.5, -0.8
# Stage unknown, a handful of people: early most likely; Series A-and-later programs after (profiles3, 2026-12-04: 8 -> 6)
TINY, W_LATER_STAGE, EARLY, LATE = 5, -0.3, frozenset({Stage.pre_seed, Stage.seed}), {Stage.growth, Stage.established}
# W_PRIVATE: a fund no government runs, government programs asked; W_AWAY: services in another Québec region (match rules out another province); W_OTHER_SECTOR: both sides name life-science sectors, none shared
W_PRIVATE, W_AWAY, W_OTHER_SECTOR = -0.5, -0.5, -0.2
W_STALE = -0.1  # status unknown and no source in STALE_YEARS years (advisor sets: -0.1 → 40 of 44, -0.2 or -0.35 → 39)
W_OPEN, W_UNKNOWN_STATUS, W_FOUNDER, W_TO_CHECK, W_COUNTRY, STALE_YEARS = 0.2, -0.1, -0.1, -0.03, 0.4, 3
# Reserved to founders under an age not given (Futurpreneur's 18 to 39): many are, to check (profiles3, -0.8 → -0.2 same)
W_AGE_UNSAID = -0.2
W_DENSE = 0.5  # share of relevance from every program's closest passage (the rest from the answer's own search)
DENSE_DEPTH = 400
DENSE_FLOOR, DENSE_SPAN = 0.30, 0.40  # unrelated passages score about 0.3 with the packaged model; 0.7 is a close match
# Money needs an instrument serves by its nature, whatever needs the record lists first (a tax credit or an internship
# grant is non-dilutive money; a repayable contribution is a loan by another name).
SERVED_BY: dict[Need, frozenset[Instrument]] = {
    Need.non_dilutive: frozenset({Instrument.grant, Instrument.tax_credit}),
    Need.tax_credit: frozenset({Instrument.tax_credit}),
    Need.equity: frozenset({Instrument.equity}),
    Need.loan: frozenset({Instrument.loan, Instrument.loan_guarantee, Instrument.repayable_contribution}),
}
W_PURPOSE = 0.3  # serves what the money asked is for (R&D), besides its kind
W_BY_INSTRUMENT, W_NO_CALL = 0.7, -0.2  # W_NO_CALL: calls with no deadline ahead, not open now
W_NEEDS_PARTNER = -0.25  # a consortium or a partner the asker has not said she has: what she can do alone comes first
W_ASKED_OF = 0.5  # a program of the body whose offer is asked ("What does Investissement Québec offer…?"), as W_AUDIENCE
# A program whose first purpose is one of these serves a company only when it asks for that purpose too: a foreign
# hire's work permit or tax holiday does not answer « embaucher des stagiaires », nor an export grant "R&D grants".
GATES = frozenset({Need.immigration, Need.data_access, Need.export, Need.regulatory, Need.compute})
W_GATE = -0.4
# A tax credit is earned on one kind of expense: one earned on purchases (C3i's equipment) serves a company only when it
# asks to buy, as an R&D credit serves one doing R&D; loans and contributions fund wider projects.
BOUGHT = frozenset({Need.equipment})
W_AFFILIATION = -0.25  # reserved to a university's community the asker has not said she belongs to
W_COMMUNITY = 0.4  # …and reserved to the one she names (UdeM's programs for a UdeM student), below W_AUDIENCE
# An academic's own way to market (Axelys: coaching, tech transfer) hers to apply to, like W_AUDIENCE; not FRQ grants
W_RESEARCHER, TO_MARKET = 0.5, frozenset({Need.accelerator, Need.advisory})


@dataclass
class Ranking:
    shown: list[Match]  # best first, not ruled out, open or of unknown status (closed ones only if nothing else)
    closed: list[Match]  # relevant programs that are closed, paused or replaced
    ruled_out: list[Match]  # the closest programs a rule excludes
    scores: dict[str, float]
    retrieved: list[str]  # the passages the answer stands on, in its order (evals score them): see used_passages


def _scored(programs: dict[str, Program], profile: Profile, rel: dict[str, float], needs: dict[Need, float],
            asked: list[Instrument], lang: str, public: bool = False) -> list[tuple[float, Match]]:
    """The cheap score for every program whose instrument is one asked for, then the full rule check for the best;
    eligible ones first, ties broken by id (the same question gives the same list in every process)."""
    beyond = for_group_asked(programs, profile, asked)
    private = W_PRIVATE if public else 0.0  # "which government programs?": a private fund's offer comes after
    quick = sorted(((score_program(p, profile, rel.get(pid, 0.0), needs) + (0.0 if p.government else private), pid)
                    for pid, p in programs.items()
                    if (instrument_ok(p, asked, profile.excluded) or pid in beyond)
                    and government_ok(p, profile.government)),
                   key=lambda sp: (-sp[0], sp[1]))[:MAX_CHECKED]
    scored = [(s + (W_TO_CHECK if m.fit == "check" else 0.0), m)
              for s, m in ((s, check(programs[pid], profile, lang)) for s, pid in quick)]
    # "any for women founders?": that group's programs first, whatever they lend
    scored.sort(key=lambda sm: (sm[1].fit == "not_eligible", not of_group_asked(sm[1].program, profile), -sm[0]))
    return scored


def relevance(snap: Snapshot, hits: list[Hit], dense_hits: list[tuple[str, float]]) -> dict[str, float]:
    """0..1 per program: the answer's own fused search (summed per program), blended with every program's closest
    passage by meaning (`dense_hits`), so that programs the search cut off still have a graded relevance."""
    rel: dict[str, float] = {}
    for h in hits:
        if h.program_id:
            rel[h.program_id] = rel.get(h.program_id, 0.0) + h.score
    top = max(rel.values(), default=1.0) or 1.0
    dense: dict[str, float] = {}
    for cid, sim in dense_hits:
        pid = snap.chunks[cid].meta.program_id
        if pid and sim > dense.get(pid, -1.0):
            dense[pid] = sim
    return {pid: (1 - W_DENSE) * rel.get(pid, 0.0) / top + W_DENSE * closeness(dense.get(pid, 0.0))
            for pid in set(rel) | set(dense)}


def closeness(sim: float) -> float:
    """A cosine on a fixed scale (DENSE_FLOOR → 0, DENSE_FLOOR + DENSE_SPAN → 1), not stretched between the best and
    the worst passage of this question: when every passage is far from a long question, their small differences are
    noise and must not outweigh what the company says it needs."""
    return min(1.0, max(0.0, (sim - DENSE_FLOOR) / DENSE_SPAN))


def gate_of(p: Program) -> Need | None:
    """The purpose a program serves only when asked: its first need if a gate, or a tax credit's purchase."""
    if p.needs[0] in GATES:
        return p.needs[0]
    return next((n for n in p.needs if n in BOUGHT), None) if p.instrument is Instrument.tax_credit else None


def score_program(p: Program, profile: Profile, relevance: float, needs: dict[Need, float]) -> float:
    """Relevance to the question plus what the record's declared needs, sectors, stages, regions, audience and status
    say about this company (hard rules are the matcher's; this only orders)."""
    s = W_RELEVANCE * relevance
    gated = bool(profile.needs) and (gate := gate_of(p)) is not None and gate not in needs
    if gated:  # a purpose not asked (a foreign hire, a purchase): the kinds it gives serve only that purpose
        s += W_GATE
    elif needs:  # the kind of support asked, best served; then what it is for (R&D), on top
        kinds = {n: w for n, w in needs.items() if n not in PURPOSES}
        weight = max([kinds.get(n, 0.0) for n in p.needs] + [w * W_BY_INSTRUMENT for n, w in kinds.items()
                                                             if p.instrument in SERVED_BY.get(n, ())])
        purpose = W_PURPOSE if needs.keys() & PURPOSES & set(p.needs) else 0.0
        s += purpose + (weight * W_NEED + (W_PRIMARY_NEED if p.needs[0] in needs else 0.0) if weight or purpose
                        else W_OTHER_NEED)
    s += _sector_score(p, profile)
    if profile.stage and profile.stage in p.stages:
        s += W_STAGE
    if profile.stage is None and p.stages and (
            (profile.employees is not None and profile.employees <= TINY and not EARLY & set(p.stages))
            or (profile.revenue == 0 and set(p.stages) <= LATE)):  # no revenue yet: not a growth or mature firm
        s += W_LATER_STAGE
    if profile.region and profile.region in {r.value for r in p.regions}:
        s += W_LOCAL
    if p.site and not at_site(profile, p.site):
        s += W_AWAY
    if profile.countries and shares_country(p, profile):
        s += W_COUNTRY  # « un consortium européen » and Horizon Europe: the country asked about is the program's
    if p.audience:
        ages_only = profile.founder_age is None and all(a.max_age is not None for a in p.audience)
        s += W_AUDIENCE if in_audience(p, profile) or of_group_asked(p, profile) else \
            W_AGE_UNSAID if ages_only else W_OTHER_AUDIENCE
    if p.applicant == Applicant.individual_founder:
        s += W_FOUNDER
    elif p.applicant == Applicant.academic_researcher and profile.academic and not profile.incorporated \
            and set(p.needs) & set(profile.needs) & TO_MARKET:  # her company still to make: then the company asks
        s += W_RESEARCHER
    if (p.rules.requires_partner and p.rules.requires_partner.value and not profile.has_partner
            and Need.collaborative_research not in needs):  # asking for a partnership is not lacking a partner
        s += W_NEEDS_PARTNER
    if not of_community(p, profile):
        s += W_AFFILIATION
    elif p.rules.institutions is not None:  # reserved to the university she names: as a group she belongs to
        s += W_COMMUNITY
    today = dt.date.today()
    s += W_STALE if stale(p, today) else 0.0
    return s + (W_OPEN if p.accepting(today) else W_UNKNOWN_STATUS if p.intake.status == Intake.unknown
                else W_NO_CALL)


def stale(p: Program, today: dt.date) -> bool:
    """Status unknown and no source dated in the last STALE_YEARS years: nothing shows the program still runs
    (DémultiplIA, last seen in 2019), so what is known to run comes first."""
    if p.intake.status != Intake.unknown:
        return False
    years = [int(m.group()) for s in p.sources if s.published and (m := _YEAR.search(s.published))]
    return bool(years) and max(years) < today.year - STALE_YEARS


def _sector_score(p: Program, profile: Profile) -> float:
    """A sector in common. Nearly every asker uses AI, so when both sides name a life-science sector, the match is on
    those (a device program does not suit a drug developer because both use AI), unless AI is the program's first."""
    secs, mine = {x.value for x in p.sectors}, {x.value for x in profile.sectors}
    if not mine:
        return 0.0
    if mine - {"ai"} and secs - {"ai", "all"} and p.sectors[0] != Sector.ai:  # an AI program first: AI is its sector
        if mine & secs - {"ai"}:
            return W_SECTOR
        return W_ALL_SECTORS if "all" in secs else W_OTHER_SECTOR  # open to every sector: not another sector's
    return W_SECTOR if mine & (secs - {"all"}) else W_ALL_SECTORS * ("all" in secs)


def program_hits(retriever: Retriever, query: str) -> list[Hit]:
    """The passages a 'which programs' question starts from."""
    return retriever.answer_search(query, "programs")


def text_relevance(retriever: Retriever, text: str) -> dict[str, float]:
    """Each program's relevance to `text` searched alone (its answer search and its dense neighbours)."""
    return relevance(retriever.snapshot, program_hits(retriever, text), retriever.snapshot.dense(text, DENSE_DEPTH))


def part_relevance(retriever: Retriever, query: str, profile: Profile, rel: dict[str, float]) -> dict[str, float]:
    """`rel` raised to each part's own relevance when the question asks for several needs in separate parts: a long
    question sits between its needs and is close to neither (« des subventions pour la R-D et des stagiaires »)."""
    out = dict(rel)
    for part in need_clauses(query, profile.needs):
        for pid, r in text_relevance(retriever, part).items():
            out[pid] = max(out.get(pid, 0.0), r)
    return out


def _pick(scored: list[tuple[float, Match]], show: int) -> tuple[list[Match], list[Match]]:
    """The first `show` fits, at most two of one family (three rounds of one call say less than two programs), and
    apart the relevant programs that ended (closed, paused, replaced, past deadline): never fits."""
    shown: list[Match] = []
    closed: list[Match] = []
    per_family: dict[str, int] = {}
    today = dt.date.today()
    for _, m in scored:
        fam = family(m.program)
        if m.fit == "not_eligible" or per_family.get(fam, 0) >= 2:
            continue
        if m.program.ended(today) or (len(shown) >= show and m.program.between_calls(today)):
            if len(closed) < 3:  # between two calls and not among the fits: listed apart with the ended ones
                closed.append(m)
            continue
        if len(shown) < show:
            shown.append(m)
            per_family[fam] = per_family.get(fam, 0) + 1
    return shown, closed


def rank_programs(retriever: Retriever, programs: dict[str, Program], query: str, profile: Profile, lang: str,
                  show: int = SHOW, hits: list[Hit] | None = None, by_part: bool = True) -> Ranking | None:
    """Programs for `query` and `profile` (from `hits`, else a fresh search); None when neither the question nor the
    profile points anywhere. `by_part`: also search each part of a question that asks several needs (a caller that
    already searched one query per need, as briefings do, turns it off)."""
    hits = program_hits(retriever, query) if hits is None else hits
    dense_hits = retriever.snapshot.dense(query, DENSE_DEPTH)  # one vector-store query: the gate and the relevance
    best_sim = max((s for _, s in dense_hits), default=0.0)
    best_overlap = max((overlap(query, h.row.text) for h in hits[:5]), default=0.0)
    if not profile.known().keys() - {"language"} and best_sim < MIN_DENSE_SIM and best_overlap < MIN_OVERLAP:
        return None
    rel = relevance(retriever.snapshot, hits, dense_hits)
    rel = part_relevance(retriever, query, profile, rel) if by_part else rel
    rel |= {pid: rel.get(pid, 0.0) + W_ASKED_OF for pid in asked_of(query, programs)}  # "Does Mila have…?": its own
    needs = asked_needs(profile, query)
    asked = asked_instruments(profile)
    public = asks_public(fold(query))
    scored = _scored(programs, profile, rel, needs, asked, lang, public)
    today = dt.date.today()
    serving = [m for _, m in scored if m.fit != "not_eligible" and not m.program.ended(today)
               and set(m.program.needs) & set(profile.needs)]
    if profile.needs and not serving:
        # Nothing this company can use serves what it asked (« puissance de calcul » once its one fund's call closed):
        # the answer says so first, and the places go to money for the company, as in a plain funding question, not
        # to what the words are near (venture funds). Filling only the places left: measured worse, not kept.
        needs = needs | {n: w for n, w in generic_funding(profile).items() if n not in needs}
        scored = _scored(programs, profile, rel, needs, asked, lang, public)
    shown, closed = _pick(scored, show)
    beside = _scored({pid: programs[pid] for pid in support_beside(programs, profile, asked)}, profile, rel, needs, [],
                     lang, public)  # free support asked beside the money: only to serve its need (cover_needs)
    shown = cover_needs(shown, [m for _, m in scored + beside if m.fit != "not_eligible" and not m.program.ended(today)],
                        needs_to_cover(profile, needs), first=show)[:show]
    if (lead := standout(rel, [m for _, m in scored], today)) and lead.program.id not in {m.program.id for m in shown}:
        shown = [lead, *shown][:show]
    return Ranking(shown=shown, closed=closed,
                   ruled_out=[m for _, m in scored if m.fit == "not_eligible"][:3],
                   scores={m.program.id: s for s, m in scored},
                   retrieved=used_passages(retriever.snapshot, shown + closed, hits, dense_hits))


def used_passages(snap: Snapshot, shown: list[Match], hits: list[Hit], dense_hits: list[tuple[str, float]]) -> list[str]:
    """The passages a list answer stands on, in the order it shows them (the fits, then the ended programs listed
    apart): each program's passage the search found (else its closest by meaning, else its record's first), then the
    search's other hits. The programs shown, not the raw search order, are what the reader gets, so they are what
    retrieval metrics score."""
    best: dict[str, str] = {}
    for cid in [h.row.id for h in hits] + [c for c, _ in dense_hits]:
        pid = snap.chunks[cid].meta.program_id
        if pid and pid not in best:
            best[pid] = cid
    lead = [c for c in (best.get(m.program.id) or snap.first_chunk(m.program.id) for m in shown) if c]
    return lead + [h.row.id for h in hits if h.row.id not in lead]
