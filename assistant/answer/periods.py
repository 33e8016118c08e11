"""The period a figure question asks (a year, a later edition: « la phase 3 ») and whether the sentences stating a
figure are for it."""

from __future__ import annotations

import re

from common.lang import fold

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
# The figure asked for a year ("in 2025", « en 2025 »): a sentence states it only when it names that year
_YEAR_ASKED = re.compile(r"\b(?:in|en|for|pour|during|durant|au cours de|since|depuis|as of|en date de) ((?:19|20)\d\d)\b")
_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b")


def year_asked(ask: str) -> str | None:
    """The year the asking part names for its figure ("in 2025", « en 2025 »), if any."""
    m = _YEAR_ASKED.search(fold(ask))
    return m.group(1) if m else None


def covers(text: str, year: str) -> bool:
    """The text names the year, or a period that holds it ("2022-2025" holds 2024)."""
    return any(m.group(1) <= year <= (m.group(2) or m.group(1)) for m in _YEARS.finditer(text))


# A record's status sentence ("Status: open (seen March 1, 2023); facts checked December 1, 2026"): its dates say when a page was read, not the period a figure is for
_SEEN = re.compile(r"\((?:seen|constate le) |\b(?:facts checked|faits verifies le)\b")
# An edition after those the sources hold: "the next strategy", « celle qui suivra 2022-2025 », "a phase 3"
_LATER = re.compile(r"\b(?:next|upcoming|future|following|prochaine?s?|futur(?:e|s|es)?|suivante?s?)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:strateg\w*|phases?|plans?|budgets?|editions?|mandats?|politiques?|polic(?:y|ies))\b|"
                    r"\b(?:qui suivra|qui va suivre|that follows|that will follow|comes after|coming after|"
                    r"apres (?:celle|celui) (?:de )?)\s*(?:la |le |the )?(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d\d\s*[-\u2013]\s*)?((?:19|20)\d\d)?|"
                    r"\b(?:phase (?:3|4|iii|iv|trois|three|quatre|four)|(?:third|fourth|troisieme|quatrieme) phase)\b")
_NEXT_SAID = re.compile(r"\b(?:next|upcoming|future|prochaine?s?|futur\w*|suivante?s?|a venir|phase (?:3|4|iii|iv)|"
                        r"(?:third|fourth|troisieme|quatrieme) phase)\b")


def period_unstated(ask: str, text: str, stating: list[str], year: str | None) -> bool:
    """The question asks a figure for a year (or a later edition: "the next strategy", « la phase 3 ») that no
    sentence stating a figure is for: a source's figure for another period is not the one asked. A year is held
    when a figure's sentence covers it or the text names it outside a range ("(2019)" in a study's title, not a
    strategy's "2017-2027"); status sentences' dates do not count."""
    facts = " ".join(s for s in SENTENCE.split(text) if not _SEEN.search(fold(s)))
    if year is not None and not (any(covers(s, year) for s in stating)
                                 or any(m.group(1) == year and not m.group(2) for m in _YEARS.finditer(facts))):
        return True
    later = _LATER.search(fold(ask))
    if later is None:
        return False
    after = later.group(1)
    return not any(_NEXT_SAID.search(fold(s)) or (after and any(y.group(1) > after for y in _YEARS.finditer(s)))
                   for s in stating if not _SEEN.search(fold(s)))
