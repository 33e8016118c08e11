"""Shortlist rules an advisor applies after ranking: only the instruments asked for, the audience a program targets,
and every need asked served by one of the first fits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.answer.match import check
from assistant.understand.stated import MONEY_NEEDS, PURPOSES
from common.records import Program
from common.vocab import Government, Instrument, Intake, Need

if TYPE_CHECKING:
    from assistant.answer.match import Match
    from assistant.models import Profile

FIRST = 6  # the fits a reader sees first

# What asking for one instrument lets through. "Grants" / « subventions (non remboursables) » is money the company
# does not repay and that costs no equity: tax credits and in-kind help are in, equity, loans and repayable
# contributions are out.
ALLOWED: dict[Instrument, frozenset[Instrument]] = {
    Instrument.grant: frozenset({Instrument.grant, Instrument.tax_credit, Instrument.in_kind, Instrument.services,
                                 Instrument.procurement, Instrument.fast_track}),
    Instrument.tax_credit: frozenset({Instrument.tax_credit}),
    Instrument.equity: frozenset({Instrument.equity}),
    Instrument.loan: frozenset({Instrument.loan, Instrument.loan_guarantee, Instrument.repayable_contribution}),
    Instrument.loan_guarantee: frozenset({Instrument.loan_guarantee, Instrument.loan}),
    Instrument.repayable_contribution: frozenset({Instrument.repayable_contribution, Instrument.loan}),
    Instrument.services: frozenset({Instrument.services, Instrument.in_kind, Instrument.fast_track}),
}


# Free support (an incubator, mentoring, training, a fast track) asked beside one kind of money ("a loan and a
# support program", « un prêt et de l'accompagnement »): the money asked does not hide it from the need it serves.
SUPPORT = frozenset({Instrument.services, Instrument.in_kind, Instrument.fast_track})


def support_beside(programs: dict[str, Program], profile: Profile, asked: Sequence[Instrument]) -> list[str]:
    """Programs of free support made for a need other than money (their first need) that the asker states beside the
    money she asks for, when that money's kind lets no support through: candidates to cover that need (cover_needs),
    never ranked among the money. Tried and not kept (2026-12-05): letting every program of a need asked apart pass
    the filter, which pushed the loans asked out of the first fits."""
    if not asked or any(SUPPORT & ALLOWED.get(a, frozenset({a})) for a in asked):
        return []
    wanted = set(profile.needs) - MONEY_NEEDS
    return [pid for pid, p in programs.items()
            if p.needs and p.needs[0] in wanted and p.instrument in SUPPORT and p.instrument not in profile.excluded]


def needs_to_cover(profile: Profile, weights: dict[Need, float]) -> list[Need]:
    """The needs the first fits must serve: those stated, else those a plain funding question implies (weight 1: a
    grant and a tax credit). Non-repayable money asked alone (« subventions non remboursables », "which grants") is
    a grant and a tax credit too, as advisors answer it. Measured 2026-12-02 (session 6), once Mitacs Entrepreneur
    International no longer stood for R&D money: advisor cases 36 → 37 of 44, dev golden unchanged. (Added to every
    question stating non-repayable money, in an earlier session, it took the place of programs asked for.)"""
    stated = list(profile.needs)
    if grants_only(stated) and Instrument.tax_credit not in profile.excluded:
        stated.append(Need.tax_credit)
    if not set(stated) - PURPOSES:  # R&D alone: the money a funding question implies pays for it
        stated += [n for n, w in weights.items() if w >= 1.0 and n not in stated]
    return stated


def grants_only(needs: Sequence[Need]) -> bool:
    """Non-repayable money asked alone (« subventions non remboursables », "which grants"), which advisors answer with
    grants and tax credits."""
    return [n for n in needs if n not in PURPOSES] == [Need.non_dilutive]  # « pour notre R-D »: what the grants pay


def asked_instruments(profile: Profile) -> list[Instrument]:
    return list(getattr(profile, "instruments", None) or [])


def instrument_ok(p: Program, asked: Sequence[Instrument], excluded: Sequence[Instrument] = ()) -> bool:
    """True when nothing was asked, or the program's instrument is one the asker wants; never one they ruled out
    (« pas de crédits d'impôt » beside « subventions »), unless they asked for it since ("And loans?")."""
    if p.instrument in excluded and p.instrument not in asked:
        return False
    if not asked:
        return True
    return any(p.instrument in ALLOWED.get(a, frozenset({a})) for a in asked)


def of_group_asked(p: Program, profile: Profile) -> bool:
    """The program is reserved for a group whose support the question asks about ("a fund for women entrepreneurs")."""
    return bool({a.group for a in p.audience} & set(getattr(profile, "groups_asked", None) or []))


def for_group_asked(programs: dict[str, Program], profile: Profile, asked: Sequence[Instrument]) -> set[str]:
    """The programs reserved for a group the question asks about ("any for women founders?"), when none of them is of
    an instrument asked (no women-focused investor after an investors' list): they pass the instrument filter, so the
    answer gives the group's loans rather than nothing of theirs."""
    if not asked:
        return set()
    theirs = {pid for pid, p in programs.items() if of_group_asked(p, profile)}
    return set() if any(instrument_ok(programs[pid], asked) for pid in theirs) else theirs


def government_ok(p: Program, asked: Government | None) -> bool:
    """True when no government was asked for, or the program is that government's ("Is there federal support?": the
    federal programs, not Québec's, a city's or a private fund's)."""
    return asked is None or asked in p.government


def cover_needs(fits: list[Match], pool: list[Match], needs: Sequence[Need], first: int = FIRST) -> list[Match]:
    """`fits` reordered so that each of `needs` is served by one of the first `first` fits, taking the best-ranked
    program of `pool` that serves a missing need (the ranking order is kept otherwise)."""
    needs = list(needs)
    if not needs:
        return fits
    out = list(fits)
    for need in needs:
        if any(serves(m.program, need, needs) for m in out[:first]):
            continue
        serving = [m for m in pool if need in m.program.needs and m not in out[:first]]
        # a program made for the need (its first declared need) before one that also serves it
        extra = next((m for m in serving if m.program.needs[0] == need), serving[0] if serving else None)
        if extra is None:
            continue
        if extra in out:
            out.remove(extra)
        keep = _replaceable(out[:first], needs)
        if keep is None:
            out.insert(min(first - 1, len(out)), extra)
        else:  # the replaceable fit steps out of the head, not the last one (which may serve another need)
            out.insert(first, out.pop(keep))
            out.insert(keep, extra)
    return out


def serves(p: Program, need: Need, asked: Sequence[Need]) -> bool:
    """`p` serves `need` for this asker: made for it (its first need), or serving it beside a need she asked (a tax
    holiday for hiring foreign researchers is a tax credit, but it answers a grant request only for one who hires)."""
    return need in p.needs and (p.needs[0] == need or p.needs[0] in asked)


def _replaceable(head: list[Match], needs: list[Need]) -> int | None:
    """The last position of `head` whose program is not the only one serving a stated need."""
    for i in range(len(head) - 1, -1, -1):
        served = [n for n in needs if serves(head[i].program, n, needs)]
        if all(sum(serves(m.program, n, needs) for m in head) > 1 for n in served):
            return i
    return None


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


def other_kind(programs: dict[str, Program], needs: Sequence[Need], profile: Profile, lang: str) -> list[str]:
    """Up to two open programs made for one of `needs` (their first need), of a kind the asker did not ask for, that
    her company may use: what the instrument asked hid ("a loan to hire": the hiring programs are grants). None when
    no kind was asked."""
    if not profile.instruments:
        return []
    today = dt.date.today()
    return [f"**{p.name.get(lang)}**" for p in programs.values()
            if p.needs and p.needs[0] in needs and not instrument_ok(p, profile.instruments) and not p.ended(today)
            and p.intake.status in (Intake.open, Intake.continuous) and check(p, profile, lang).fit != "not_eligible"][:2]


# One program far ahead of every other by the question's own words ("a forum or a showcase to present our solution",
# "support for the travel and legal costs of an R&D partnership with a US company"): the question describes it, so it
# is shown first when the company can use it, whatever the needs read around it weigh (2026-12-06, two dev sets of
# ours: such programs stood 0.66-0.81, 0.22-0.26 ahead of the second, and were missing from the list).
STANDOUT, STANDOUT_LEAD = 0.6, 0.2


def standout(rel: dict[str, float], pool: Sequence[Match], today: dt.date) -> Match | None:
    """The usable match (`pool`: matches in score order) of the program standing far ahead in relevance `rel`."""
    top = sorted(rel.items(), key=lambda pr: (-pr[1], pr[0]))[:2] + [("", 0.0)]
    if top[0][1] < STANDOUT or top[0][1] - top[1][1] < STANDOUT_LEAD:
        return None
    return next((m for m in pool if m.program.id == top[0][0] and m.fit != "not_eligible"
                 and not m.program.ended(today) and not m.program.between_calls(today)), None)
