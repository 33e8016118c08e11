"""The UI language, its strings (from ui.strings) and labels for enum values (from the one table, common.labels)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import streamlit as st

from common.labels import label as common_label
from ui.strings import EXAMPLES, STRINGS

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
LANG_NAMES: dict[str, str] = {"fr": "Français", "en": "English"}
LANG_KEY = "lang"
__all__ = ["EXAMPLES", "STRINGS", "LANGS", "LANG_NAMES", "LANG_KEY", "Lang", "examples", "formatter", "label", "lang", "t"]

# UI-only groups; enum values (kind, stage, sector, need, intake, fit, region …) come from common.labels
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "reason": {
        "outdated": ("Information périmée", "Outdated information"),
        "wrong_amount": ("Montant erroné", "Wrong amount"),
        "wrong_program": ("Mauvais programme", "Wrong program"),
        "missing_program": ("Programme manquant", "Missing program"),
        "wrong_language": ("Mauvaise langue", "Wrong language"),
        "other": ("Autre", "Other"),
    },
    "field": {
        "name.fr": ("nom exact du programme", "exact program name in French"),
        "name.en": ("nom exact en anglais", "exact program name"),
        "intake.status": ("statut", "status"),
        "funding.max_amount": ("montant maximal", "maximum amount"),
        "funding.per_company": ("montant par entreprise", "amount per company"),
        "funding.min_amount": ("montant minimal", "minimum amount"),
        "funding.cost_share_pct": ("taux de financement", "funding rate"),
        "funding.stacking_cap_pct": ("plafond de cumul", "stacking cap"),
        "stages": ("stades", "stages"),
        "sectors": ("secteurs", "sectors"),
        "kind": ("type", "kind"),
        "region": ("région", "region"),
        "operator": ("organisme", "operator"),
        "url": ("adresse web", "web address"),
        "rules.requires_partner": ("partenaire requis", "partner required"),
        "rules.requires_quebec_establishment": ("établissement au Québec", "Québec establishment"),
        "rules.max_employees": ("nombre maximal d'employés", "maximum headcount"),
        "rules.incorporated": ("constitution en société", "incorporation"),
        "rules.for_profit": ("but lucratif", "for-profit status"),
        "rules.canadian_controlled": ("contrôle canadien", "Canadian control"),
    },
    "yes_no": {"yes": ("Oui", "Yes"), "no": ("Non", "No")},
}


def lang() -> Lang:
    """The UI language chosen in the sidebar (French until the user picks English)."""
    value = st.session_state.get(LANG_KEY, "fr")
    return "en" if value == "en" else "fr"


def t(key: str, **kw: object) -> str:
    """The string `key` in the UI language, formatted with `kw`."""
    fr, en = STRINGS[key]
    text = fr if lang() == "fr" else en
    return text.format(**kw) if kw else text


def label(group: str, value: object, language: str | None = None) -> str:
    """The label of an enum value in `language` (default: the UI language); the raw value when unknown."""
    key = str(getattr(value, "value", value))
    if group not in LABELS:
        return common_label(group, key, language or lang())
    pair = LABELS[group].get(key)
    if pair is None:
        return key
    return pair[0] if (language or lang()) == "fr" else pair[1]


def formatter(group: str) -> Callable[[Any], str]:
    """A widget's format_func for an enum group, fixed to the UI language of this run."""
    language = lang()
    return lambda value: label(group, value, language)


def examples() -> list[str]:
    """Example questions in the UI language."""
    return EXAMPLES[lang()]
