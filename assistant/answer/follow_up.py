"""One question back when it matters: the stage or the need is unknown and would change the shortlist. The choices
are short answers the profile reader understands when they come back as the next message."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.models import FollowUp, Profile
from common.records import Program
from common.vocab import Stage

TEXTS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "fr": {
        "stage": ("À quel stade est votre entreprise?", ["Pré-amorçage", "Amorçage", "Série A", "Série B et plus"]),
        "need": ("Que cherchez-vous d'abord?", ["Des subventions non remboursables", "Des investisseurs",
                                                 "Un prêt", "Embaucher des stagiaires"]),
    },
    "en": {
        "stage": ("What stage is your company at?", ["Pre-seed", "Seed", "Series A", "Series B or later"]),
        "need": ("What are you looking for first?", ["Non-repayable grants", "Investors", "A loan",
                                                      "Hiring interns"]),
    },
}


def follow_up(profile: Profile, intent: str, lang: str, shown: Sequence[Program]) -> FollowUp | None:
    """Ask for the stage when it is unknown and some program shown serves only some stages; else for the need when
    none is known and the programs shown are of more than one instrument. Nothing when neither would change the list."""
    if intent != "programs" or not shown:
        return None
    texts = TEXTS["fr" if lang == "fr" else "en"]
    if profile.stage is None and any(len(set(p.stages)) < len(Stage) for p in shown):
        q, choices = texts["stage"]
    elif not profile.needs and not profile.instruments and len({p.instrument for p in shown}) > 1:
        q, choices = texts["need"]
    else:
        return None
    return FollowUp(question=q, choices=list(choices))
