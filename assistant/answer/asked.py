"""What money and support a question asks for, each with the weight the ranking gives it."""

from __future__ import annotations

import re

from assistant.answer.shortlist import grants_only
from assistant.models import Profile
from assistant.understand.stated import PURPOSES
from common.lang import fold
from common.vocab import Instrument, Need

# Money asked beside a need, coordinated with it (« accompagnement et financement »); not money for the need ("funding
# for a real-world demonstration": the pilot is the need), nor "capital" (« sans participation au capital »).
MONEY_TOO = re.compile(r"\b(?:et|and|ou|or|plus|as well as)\s+(?:de\s+|du\s+|d'|of\s+)?(?:[a-z-]+\s+)?"
                       r"(?:financ\w*|funding|argent|money)\b|"
                       r"\b(?:financ\w*|funding|argent|money)\s+(?:et|and|ou|or)\s")
FUNDING_WORDS = re.compile(r"\b(fund\w*|financ\w*|argent|money|capital|subvention\w*|grants?|investi\w*)\b")
UNSTATED = 0.5  # the weight of money needs when the question states no need at all
# A plain "which funding" question: money the company keeps and does not repay comes first, as advisors order it, and
# the first fits hold a grant and a tax credit (needs of weight 1), whatever the question's words are closest to.
GENERIC_FUNDING = {Need.non_dilutive: 1.0, Need.tax_credit: 1.0, Need.equity: 0.7, Need.loan: 0.6}
# A company with no revenue that names no round (« sans revenus », "pre-revenue", no seed nor Series A said): money it
# keeps comes first, as advisors order it; venture funds investing millions per company come after (2026-12-06,
# probes51: a 5-person pre-revenue startup asking "what funding exists for us?" had four venture funds first).
W_EQUITY_NO_ROUND = 0.35
# Grants asked alone: tax credits are weighed as a need too, below the grants asked (2026-12-03, session 14: with 0.7,
# the advisor shared case in Sherbrooke passes, IRAP, SR&ED and MEDTEQ+ among its first fits; dev golden, the other
# advisor cases and our profile set unchanged; 1.0 put tax credits before the grants asked and lost two dev questions).
W_TAX_BESIDE_GRANTS = 0.7


def generic_funding(profile: Profile) -> dict[Need, float]:
    """Every kind of money, weighed for this company (W_EQUITY_NO_ROUND when it has no revenue and names no round)."""
    if profile.revenue == 0 and profile.stage is None:
        return GENERIC_FUNDING | {Need.equity: W_EQUITY_NO_ROUND}
    return GENERIC_FUNDING


def asked_needs(profile: Profile, query: str) -> dict[Need, float]:
    """The needs the asker states (weight 1); a plain "which funding" question asks for every kind of money."""
    f = fold(query)
    generic = generic_funding(profile)
    if profile.needs:
        needs = dict.fromkeys(profile.needs, 1.0)
        if grants_only(profile.needs) and Instrument.tax_credit not in profile.excluded:
            needs[Need.tax_credit] = W_TAX_BESIDE_GRANTS  # ranked as well as covered (needs_to_cover)
        if not needs.keys() - PURPOSES:  # "we do a lot of R&D": what money is for, not which kind: money is asked
            return needs | {n: w * (1.0 if FUNDING_WORDS.search(f) else UNSTATED)
                            for n, w in generic.items()}
        if (MONEY_TOO.search(f) or profile.request) and not needs.keys() & generic.keys():
            # « accompagnement et financement de démarrage », "I need about $40K and mentoring": money is asked too
            needs |= {n: w * UNSTATED for n, w in generic.items()}
        return needs
    if FUNDING_WORDS.search(f):
        return dict(generic)
    return {n: w * UNSTATED for n, w in generic.items()}  # most askers want money: a lighter default
