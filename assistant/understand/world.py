"""The world's countries in French and English, from pycountry's ISO 3166 tables, for those the hand table lacks."""

from __future__ import annotations

import gettext
import re
from functools import cache

import pycountry

from common.lang import fold

# Names that are also common words, first names or places here: « réunion » is a meeting, Maurice a first name and
# the Mauricie's root, Saint-Barthélemy, Sainte-Lucie and Saint-Martin are Québec towns or streets, Chad and Jordan
# first names, "turkey" a bird, « Dominique » and Salomon first names, « grenade » a weapon, "Christmas" a holiday,
# « chili » a dish, Salvador a Brazilian city, "Korea" South Korea's short name in the hand table; "Georgia" and "Jersey" are US states as well (abroad too,
# but the country's code would be wrong). Canada is home.
_SKIP_NAMES = frozenset({"reunion", "maurice", "saint-barthelemy", "saint barthelemy", "sainte-lucie", "saint lucia",
                         "saint-martin", "saint martin", "chad", "jordan", "turkey", "dominique", "georgia", "jersey",
                         "guernsey", "guernesey", "man", "sainte-helene", "saint helena", "canada", "christmas",
                         "grenade", "chili", "salomon", "salvador", "korea", "coree"})
_SKIP_CODES = frozenset({"CA"})


def _clean(name: str) -> str:
    """'Iran, Islamic Republic of' → 'iran'; 'Saint-Martin (partie française)' → 'saint-martin' (folded)."""
    return fold(re.sub(r"\s*\(.*?\)", "", name).split(",")[0]).strip()


@cache
def world(known: frozenset[str]) -> dict[str, tuple[str, str, str]]:
    """code → (French name, English name, folded names joined by '|') for the countries not in `known` codes."""
    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    out: dict[str, tuple[str, str, str]] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        if code in known or code in _SKIP_CODES:
            continue
        en = getattr(c, "common_name", None) or c.name
        fr_name = fr.gettext(c.name)
        names = {_clean(n) for n in (c.name, en, fr_name)} - _SKIP_NAMES
        names = {n for n in names if len(n) >= 4 and re.fullmatch(r"[a-z' -]+", n)}
        if names:
            out[code] = (re.sub(r"\s*\(.*?\)", "", fr_name).split(",")[0], en.split(",")[0], "|".join(sorted(names)))
    return out
