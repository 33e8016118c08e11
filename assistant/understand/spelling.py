"""A program's name misspelled in a question ("Mitacs Accelarate", « Innovaton Corporation »): which program it meant."""

from __future__ import annotations

import difflib
import re

from assistant.understand.text import norm

# One or two letters apart in a dozen, word for word ("Accelarate" for "Accelerate"); shorter names say too little of
# what was meant.
CLOSE_SPELLING, MIN_CLOSE_CHARS = 0.88, 8
_WORD = re.compile(r"[a-z0-9]+")


def _spelled_like(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= CLOSE_SPELLING


def misspelled(names: dict[str, list[str]], name: str | None) -> list[str]:
    """The key one of whose `names` (or as many of its last words) is spelled like `name`, a name the corpus does not
    use, word for word within CLOSE_SPELLING (not « Élan Santé Numérique » for « … de santé numérique »); [] for
    none, or for several."""
    words = _WORD.findall(norm(name or ""))
    if len(" ".join(words)) < MIN_CLOSE_CHARS:
        return []
    found = {key for key, ns in names.items() for n in ns for w in [_WORD.findall(norm(n))[-len(words):]]
             if len(w) == len(words) and w != words and all(_spelled_like(a, b) for a, b in zip(w, words, strict=True))}
    return sorted(found) if len(found) == 1 else []
