"""The side of an earlier message a follow-up narrows to ("Let's just focus on the hospital side", « pour le volet
hôpitaux »): the clause of that message that speaks of it, whose needs the follow-up asks about."""

from __future__ import annotations

import re

from common.lang import fold

# "the hospital side", "on the trial front", « le volet hôpitaux », « côté export » (not « à côté de »)
_SIDE = re.compile(r"\b(?:the|that|this) ((?:[a-z'-]+ )?[a-z'-]+)[ -](?:side|part|front|piece|aspect|angle)\b|"
                   r"(?<!\ba )\b(?:volet|cote|partie|aspect)(?: (?:des|de|du|de la|d'|la|le|les|l'))? ([a-z'-]+(?: [a-z'-]+)?)")
_CLAUSE = re.compile(r"[.;:!?]\s*|,\s*|\s(?:and|et|pis|puis|plus|then|also|aussi|but|mais)\s", re.IGNORECASE)
_PLAIN = frozenset({"our", "your", "their", "the", "this", "that", "with", "nous", "vous", "notre", "nos", "votre", "leur",
                    "chez", "avec", "pour", "des", "les", "une", "just", "juste", "first", "premier", "premiere"})
_STEM = 5  # letters a word and its plural or other form share ("hospital", "hospitals"; « hôpital », « hôpitaux »)


def side_clause(message: str, earlier: list[str]) -> str | None:
    """The clause of the latest earlier message that holds a word of the side the message names, as written; None
    when it names no side or no earlier clause speaks of it."""
    m = _SIDE.search(fold(message))
    if m is None:
        return None
    stems = {w[:_STEM] for w in re.split(r"[\s'-]+", m.group(1) or m.group(2)) if len(w) > 2 and w not in _PLAIN}
    for text in reversed(earlier):
        for clause in _CLAUSE.split(text):
            if stems & {w[:_STEM] for w in re.findall(r"[a-z]+", fold(clause)) if len(w) > 2 and w not in _PLAIN}:
                return clause.strip()
    return None
