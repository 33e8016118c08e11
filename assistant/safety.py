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
