"""Shortlist rules an advisor applies after ranking: only the instruments asked for, the audience a program targets,
and every need asked served by one of the first fits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from common.records import Program
from common.vocab import Instrument, Need

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


def asked_instruments(profile: Profile) -> list[Instrument]:
    return list(getattr(profile, "instruments", None) or [])


def instrument_ok(p: Program, asked: Sequence[Instrument]) -> bool:
    """True when nothing was asked, or the program's instrument is one the asker wants."""
    if not asked:
        return True
    return any(p.instrument in ALLOWED.get(a, frozenset({a})) for a in asked)


def cover_needs(fits: list[Match], pool: list[Match], profile: Profile, first: int = FIRST,
                implied: Sequence[Need] = ()) -> list[Match]:
    """`fits` reordered so that each need the asker states (else each `implied` one) is served by one of the first
    `first` fits, taking the best-ranked program of `pool` that serves a missing need (the order is kept otherwise)."""
    needs = list(profile.needs) or list(implied)
    if not needs:
        return fits
    out = list(fits)
    for need in needs:
        if any(need in m.program.needs for m in out[:first]):
            continue
        extra = next((m for m in pool if need in m.program.needs and m not in out[:first]), None)
        if extra is None:
            continue
        if extra in out:
            out.remove(extra)
        keep = _replaceable(out[:first], needs)
        pos = min(first - 1, len(out)) if keep is None else keep
        out.insert(pos, extra)
    return out


def _replaceable(head: list[Match], needs: list[Need]) -> int | None:
    """The last position of `head` whose program is not the only one serving a stated need."""
    for i in range(len(head) - 1, -1, -1):
        served = [n for n in needs if n in head[i].program.needs]
        if all(sum(n in m.program.needs for m in head) > 1 for n in served):
            return i
    return None
