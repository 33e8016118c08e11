"""Where a company goes instead of a fund of funds it asked about: the funds that invest in companies directly."""

from __future__ import annotations

from assistant.answer.match import Match
from assistant.answer.rank import rank_programs
from assistant.models import Profile
from assistant.retrieval.retrieve import Retriever
from common.records import Program
from common.vocab import Instrument, Need

DIRECT_SHOWN = 3  # the direct investors named after the fund of funds' facts


def direct_investors(retriever: Retriever, programs: dict[str, Program], gone: Program, profile: Profile,
                     lang: str) -> list[Match]:
    """For a company asking about a fund of funds (`gone`), which it cannot approach: the equity programs it can apply
    to itself, ranked for its profile (stage, sector, region) by what the fund of funds backs; [] for another program
    or an asker who says nothing of a company."""
    if gone.instrument is not Instrument.fund_of_funds or not profile.known().keys() - {"language"}:
        return []
    direct = {k: p for k, p in programs.items()
              if p.company_can_apply() and p.instrument is Instrument.equity and p.id != gone.id}
    prof = profile.model_copy(update={"needs": [Need.equity], "instruments": [Instrument.equity]})
    ranking = rank_programs(retriever, direct, gone.summary.get(lang), prof, lang,
                            show=DIRECT_SHOWN, by_part=False)
    return ranking.shown if ranking is not None else []
