"""Where a company goes instead of a program it cannot approach: a fund of funds, a program taking no applications, or
one of another region."""

from __future__ import annotations

import datetime as dt

from assistant.answer.match import Match, check
from assistant.answer.rank import rank_programs
from assistant.answer.shortlist import family
from assistant.models import Profile
from assistant.retrieval.retrieve import Retriever
from common.records import Program
from common.vocab import Instrument, Need

DIRECT_SHOWN = 3  # the programs named after the facts of the one the company cannot approach


def instead_of(retriever: Retriever, programs: dict[str, Program], gone: Program, profile: Profile,
               lang: str) -> tuple[str, list[Match]]:
    """For a company asking about a program it cannot approach (`gone`), the programs it can apply to itself, ranked
    for its profile (stage, sector, region) by what `gone` serves, with the label of their lead line:
    - a fund of funds: the equity programs that invest in companies directly ("direct_lead");
    - a program closed, paused or past its call, with no replacement in the corpus: the open ones serving the needs
      it served that the company asks for, or all of its needs when it asks none ("open_lead"; "quiet_lead" when dormant);
    - a program of another region than the company's, which only that rules out: the open ones of the same
      instrument for those needs, of other families ("fit_lead").
    ("", []) for another program, or an asker who says nothing of a company."""
    if not profile.known().keys() - {"language"}:
        return "", []
    today = dt.date.today()
    if gone.instrument is Instrument.fund_of_funds:
        needs, label, keep = [Need.equity], "direct_lead", lambda p: p.instrument is Instrument.equity
    elif gone.ended(today) and gone.intake.replaced_by not in programs:
        needs = [n for n in gone.needs if n in profile.needs] or list(gone.needs)
        label = "quiet_lead" if gone.intake.dormant(today) else "open_lead"  # dormant: not seen open, not known closed
        keep = lambda p: bool(set(p.needs) & set(needs)) and not p.ended(today)  # noqa: E731
    elif profile.region and check(gone, profile, lang).fit == "not_eligible" and check(  # where it is alone rules it out
            gone, profile.model_copy(update={"region": None}), lang).fit != "not_eligible":
        needs, label = [n for n in gone.needs if n in profile.needs] or list(gone.needs), "fit_lead"
        keep = lambda p: p.instrument is gone.instrument and family(p) != family(gone) and bool(set(p.needs) & set(needs)) and not p.ended(today)  # noqa: E731
    else:
        return "", []
    pool = {k: p for k, p in programs.items() if p.company_can_apply() and k != gone.id and keep(p)}
    prof = profile.model_copy(update={"needs": needs, "instruments": [Instrument.equity] if label == "direct_lead" else profile.instruments})
    ranking = rank_programs(retriever, pool, gone.summary.get(lang), prof, lang, show=DIRECT_SHOWN, by_part=False)
    shown = [m for m in ranking.shown if m.fit_now(today) != "not_eligible"] if ranking is not None else []
    return (label, shown) if shown else ("", [])
