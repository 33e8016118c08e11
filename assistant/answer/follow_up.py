"""One question back when it matters: the stage or the need is unknown and would change the shortlist. The choices
are short answers the profile reader understands when they come back as the next message."""

from __future__ import annotations

from assistant.models import FollowUp, Profile

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


def follow_up(profile: Profile, intent: str, lang: str, shown: int) -> FollowUp | None:
    """Ask for the stage first, then for the need, when a program question leaves them unknown."""
    if intent != "programs" or shown == 0:
        return None
    texts = TEXTS["fr" if lang == "fr" else "en"]
    if profile.stage is None:
        q, choices = texts["stage"]
    elif not profile.needs and not getattr(profile, "instruments", None):
        q, choices = texts["need"]
    else:
        return None
    return FollowUp(question=q, choices=list(choices))
