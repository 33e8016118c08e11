"""Text inside documents and questions is data: spot passages that try to instruct the assistant."""

from __future__ import annotations

import re

INJECTION = re.compile(
    r"ignore (?:all |any |the |your )?(?:previous |prior |above )?(?:instructions|rules)|"
    r"ignorez? (?:toutes )?(?:les |vos )?(?:instructions|consignes|règles)(?: précédentes)?|"
    r"disregard (?:the |all |any )?(?:previous|above|prior)|system prompt|invite système|"
    r"you are now|tu es maintenant|vous êtes maintenant|new instructions|nouvelles instructions|"
    r"reveal (?:your|the) (?:prompt|instructions)|révèle(?:z)? (?:ton|votre) (?:prompt|invite)",
    re.I,
)


def is_suspicious(text: str) -> bool:
    """True for text that tries to give the assistant instructions; such text is never quoted or obeyed."""
    return bool(INJECTION.search(text))


_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_CLAUSE = re.compile(r",\s+|\s+(?:puis|ensuite|then|and then|et ensuite|after that|après quoi)\s+", re.I)


def strip_instructions(text: str) -> str:
    """The question without its sentences (or clauses) that try to instruct the assistant; '' if nothing is left."""
    kept = []
    for sentence in _SENTENCE.split(text):
        if not is_suspicious(sentence):
            kept.append(sentence)
            continue
        clauses = [c for c in _CLAUSE.split(sentence) if c.strip() and not is_suspicious(c)]
        kept.append(" ".join(clauses))
    return " ".join(k.strip() for k in kept if k.strip()).strip()
