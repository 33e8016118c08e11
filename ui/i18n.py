"""Every UI string in French and English (French by default), and labels for the catalog's enum values."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import streamlit as st

from common.labels import label as common_label

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")
LANG_NAMES: dict[str, str] = {"fr": "Français", "en": "English"}
LANG_KEY = "lang"

STRINGS: dict[str, tuple[str, str]] = {
    "sep": (" : ", ": "),
    # navigation and shell
    "nav.chat": ("Assistant", "Assistant"),
    "nav.programs": ("Programmes", "Programs"),
    "nav.briefing": ("Note d'information", "Briefing"),
    "language": ("Langue", "Language"),
    "colon": ("\u00a0: ", ": "),
    "tagline": ("Financement et accompagnement pour les entreprises en IA et sciences de la vie au Québec",
                "Funding and support for AI × life-sciences companies in Québec"),
    # API errors
    "api.unavailable": ("Le service Boussole est injoignable pour le moment. Réessayez dans un instant.",
                        "The Boussole service cannot be reached right now. Please try again in a moment."),
    "api.timeout": ("Le service Boussole n'a pas répondu à temps. Réessayez dans un instant.",
                    "The Boussole service did not answer in time. Please try again in a moment."),
    "api.error": ("Le service a refusé la demande : {detail}", "The service refused the request: {detail}"),
    # chat
    "chat.title": ("Trouver le bon programme", "Find the right program"),
    "chat.intro": ("Posez une question sur les subventions, crédits d'impôt, prêts, accélérateurs ou autres programmes "
                   "pour votre entreprise. Chaque réponse cite ses sources.",
                   "Ask about grants, tax credits, loans, accelerators or other programs for your company. "
                   "Every answer cites its sources."),
    "chat.examples": ("Exemples de questions", "Example questions"),
    "chat.placeholder": ("Votre question…", "Your question…"),
    "chat.thinking": ("Recherche dans les programmes et les sources…", "Searching the programs and sources…"),
    "chat.abstained": ("Aucune source du corpus ne permet de répondre précisément.",
                       "No source in the corpus answers this precisely."),
    "chat.programs": ("Programmes repérés ({n})", "Programs found ({n})"),
    "chat.sources": ("Sources ({n})", "Sources ({n})"),
    "chat.page": ("p. {page}", "p. {page}"),
    "chat.open_source": ("ouvrir la source", "open the source"),
    "chat.failed": ("Pas de réponse à cette question.", "No answer to this question."),
    # feedback
    "fb.ask": ("Cette réponse vous a-t-elle aidé ?", "Was this answer helpful?"),
    "fb.reason": ("Qu'est-ce qui ne va pas ?", "What is wrong?"),
    "fb.comment": ("Commentaire (facultatif)", "Comment (optional)"),
    "fb.send": ("Envoyer", "Send"),
    "fb.thanks": ("Merci, votre avis a été transmis.", "Thank you, your feedback was sent."),
    # profile sidebar
    "pf.title": ("Votre entreprise", "Your company"),
    "pf.help": ("Facultatif : ces renseignements accompagnent chaque question.",
                "Optional: this is sent with each question."),
    "pf.understood": ("Ce que j'ai compris de votre dernière question : {summary}. Corrigez ci-dessous au besoin ; "
                      "c'est ce qui sera envoyé avec la prochaine.",
                      "What I understood from your last question: {summary}. Correct it below if needed; "
                      "that is what the next question will send."),
    "pf.nothing": ("rien de précis", "nothing specific"),
    "pf.stage": ("Stade", "Stage"),
    "pf.sectors": ("Secteurs", "Sectors"),
    "pf.needs": ("Besoins", "Needs"),
    "pf.employees": ("Nombre d'employés", "Headcount"),
    "pf.revenue": ("Revenus annuels ($ CA)", "Annual revenue (CAD)"),
    "pf.region": ("Région", "Region"),
    "pf.any": ("—", "—"),
    "pf.reset": ("Nouvelle conversation", "New conversation"),
    "pf.employees_n": ("{n} employés", "{n} employees"),
    # programs page
    "pg.title": ("Programmes", "Programs"),
    "pg.intro": ("Tous les programmes du corpus, avec leur statut et la date à laquelle les faits ont été vérifiés.",
                 "Every program in the corpus, with its status and the date its facts were checked."),
    "pg.search": ("Rechercher un nom", "Search a name"),
    "pg.kind": ("Type", "Kind"),
    "pg.stage": ("Stade", "Stage"),
    "pg.sector": ("Secteur", "Sector"),
    "pg.status": ("Statut", "Status"),
    "pg.all": ("Tous", "All"),
    "pg.count": ("{n} programme(s)", "{n} program(s)"),
    "pg.none": ("Aucun programme ne correspond à ces filtres.", "No program matches these filters."),
    "pg.col.name": ("Programme", "Program"),
    "pg.col.operator": ("Organisme", "Operator"),
    "pg.col.region": ("Région", "Region"),
    "pg.col.as_of": ("Vérifié le", "Checked on"),
    "pg.detail": ("Fiche d'un programme", "Program details"),
    "pg.pick": ("Choisir un programme", "Pick a program"),
    "pg.compare": ("Comparer des programmes", "Compare programs"),
    "pg.compare_pick": ("Choisir de 2 à 4 programmes", "Pick 2 to 4 programs"),
    "pg.compare_hint": ("Choisissez au moins deux programmes pour les comparer côte à côte.",
                        "Pick at least two programs to compare them side by side."),
    # program record fields
    "f.name": ("Nom", "Name"),
    "f.operator": ("Organisme", "Operator"),
    "f.summary": ("Résumé", "Summary"),
    "f.eligibility": ("Admissibilité", "Eligibility"),
    "f.kind": ("Type", "Kind"),
    "f.region": ("Région", "Region"),
    "f.stages": ("Stades", "Stages"),
    "f.sectors": ("Secteurs", "Sectors"),
    "f.amount": ("Montant pour une entreprise", "Amount for one company"),
    "f.min_amount": ("Montant minimal", "Minimum amount"),
    "f.budget": ("Enveloppe du programme (contexte, pas un montant par entreprise)",
                 "Program envelope (context, not an amount per company)"),
    "f.not_published": ("Montant par entreprise non publié", "Amount per company not published"),
    "f.rate": ("Taux de financement", "Funding rate"),
    "f.stacking": ("Plafond de cumul", "Stacking cap"),
    "f.intake": ("Statut", "Status"),
    "f.deadline": ("Date limite : {date}", "Deadline: {date}"),
    "f.replaced_by": ("Remplacé par : {name}", "Replaced by: {name}"),
    "f.seen": ("constaté le {date}", "seen on {date}"),
    "f.as_of": ("faits vérifiés le {date}", "facts checked on {date}"),
    "f.checked": ("vérifié le {date}", "checked {date}"),
    "f.why": ("Pourquoi", "Why"),
    "f.facts": ("Faits", "Facts"),
    "f.funding": ("Financement", "Funding"),
    "f.sources": ("Sources", "Sources"),
    "f.official": ("Page officielle", "Official page"),
    "f.uncertain": ("à vérifier", "to verify"),
    "f.unknown": ("non précisé", "not stated"),
    "f.source_kind.official": ("officielle", "official"),
    "f.source_kind.news": ("presse", "news"),
    "f.source_kind.third_party": ("tierce", "third party"),
    # briefing page
    "br.title": ("Note d'information pour une rencontre", "Briefing for a meeting"),
    "br.intro": ("Décrivez l'entreprise : Boussole prépare une liste de programmes datée et sourcée, "
                 "à télécharger en Markdown ou en PDF.",
                 "Describe the company: Boussole prepares a dated, sourced shortlist of programs, "
                 "to download as Markdown or PDF."),
    "br.name": ("Nom de l'entreprise", "Company name"),
    "br.language": ("Langue de la note", "Briefing language"),
    "br.incorporated": ("Constituée en société", "Incorporated"),
    "br.for_profit": ("À but lucratif", "For profit"),
    "br.project": ("Description du projet", "Project description"),
    "br.budget": ("Budget du projet ($ CA, facultatif)", "Project budget (CAD, optional)"),
    "br.submit": ("Préparer la note", "Prepare the briefing"),
    "br.need_name": ("Indiquez le nom de l'entreprise.", "Enter the company name."),
    "br.working": ("Préparation de la note…", "Preparing the briefing…"),
    "br.preview": ("Aperçu", "Preview"),
    "br.download_md": ("Télécharger (Markdown)", "Download (Markdown)"),
    "br.download_pdf": ("Télécharger (PDF)", "Download (PDF)"),
    "br.no_pdf": ("Le PDF n'est pas disponible pour cette note.", "The PDF is not available for this briefing."),
}

EXAMPLES: dict[str, list[str]] = {
    "fr": [
        "Quels programmes de subvention pour une medtech en série A au Québec ?",
        "Quels crédits d'impôt pour la R-D d'une jeune pousse en santé numérique ?",
        "Quels accélérateurs pour une startup en IA santé au stade d'amorçage à Montréal ?",
        "Comment financer un stagiaire de recherche en IA ?",
    ],
    "en": [
        "What grants can an AI digital health startup in Montreal get?",
        "Which tax credits apply to R&D in a Québec medtech?",
        "Which accelerators fit a seed-stage health AI startup in Montreal?",
        "How can I fund an AI research intern?",
    ],
}

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
        "name.fr": ("nom français", "French name"),
        "name.en": ("nom anglais", "English name"),
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
