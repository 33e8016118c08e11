"""What one recipient gets: a question asking the amount for one company, project, team or person."""

from __future__ import annotations

import re

from common.lang import fold

# What one recipient gets ("per project", "each startup", "give a researcher", « par startup », « donne à une entreprise »): a program's envelope or a call's total does not answer it (2026-12-07, dev sets of ours)
_ONE = (r"(?:compan(?:y|ies)|startups?|start-ups?|firms?|business(?:es)?|projects?|trips?|researchers?|founders?|"
        r"applicants?|participants?|teams?|winners?|entreprises?|compagnies?|jeunes? pousses?|pme|projets?|voyages?|chercheu\w+|fondat\w+|demandeurs?|equipes?|gagnant\w*|laureat\w*)")
_PER_ONE = re.compile(rf"\b(?:per|each|every|a single|par|chaque)\s+(?:[a-z-]+\s+){{0,2}}?{_ONE}\b|"
                      r"\b(?:give|gives|put|puts|invest|invests|lend|lends|award|awards|offer|offers|provide|provides|"
                      r"donne|donnent|met|mettent|investit|investissent|prete|pretent|accorde|accordent|offre|offrent)\s+"
                      r"(?:combien\s+(?:(?:en|de|d')\s*[a-z]+\s+)?)?"  # « donne combien en financement à un chercheur »
                      rf"(?:(?:into|in|to|a|aux?)\s+)?(?:a|an|each|one|une?|chaque)\s+(?:[a-z-]+\s+){{0,2}}?{_ONE}\b|"
                      # what one can get: "a project can get", « qu'un projet peut aller chercher »; a prize's winner
                      rf"\b(?:(?:can|could|may|will|would)\s+)?(?:a|an|one|une?)\s+(?:[a-z-]+\s+){{0,2}}?{_ONE}\s+"
                      r"(?:(?:can|could|may|will|would|peut|pourrait|pourra|va)(?:-(?:il|elle))?\s+)?"
                      r"(?:aller\s+)?(?:get|receive|obtain|claim|win|chercher|obtenir|recevoir|toucher|decrocher|avoir|gagner)\b|"
                      r"\bwinn(?:ing|er'?s?)\s+(?:team|startup|company|project|founder)s?\b|\bthe winners?\b|"
                      r"\b(?:equipe|startup|entreprise|projet)s?\s+(?:gagnant|laureat)\w*|\b(?:le|la|les) (?:gagnant|laureat)\w*")


def asks_per_one(question: str) -> bool:
    """The amount asked is what one company, project or person gets, not a program's total."""
    return bool(_PER_ONE.search(fold(question)))

