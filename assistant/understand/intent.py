"""What kind of question is this: which programs fit, a fact about a program, a report figure, a comparison, or off topic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from common.lang import fold

Intent = Literal["programs", "fact", "report", "compare", "off_topic"]
Focus = Literal["amount", "rate", "date", "status", "eligibility", "apply", "stacking", "general"]

_COMPARE = re.compile(r"\b(compar\w*|versus|vs\.?|difference entre|difference between|differences?)\b")
_REPORT = re.compile(
    r"\b(rapport|etude|report|study|survey|sondage|strategie|strategy|budget|loi|law|act|politique|policy|"
    r"ecosysteme|ecosystem|combien d[e']|how many|selon|according to|invivo|sqri2?|sqsv|ai4h|pancanadienne|"
    r"pan-canadian|recommand\w*|recommend\w*|forces?|strengths?|defis?|challenges?)\b"
)
_REPORT_STRONG = re.compile(
    r"\b(rapport|etude|report|study|survey|sondage|selon|according to|invivo|sqri2?|sqsv|ai4h|loi|law|budget)\b")
_PROGRAMS = re.compile(
    r"\b(quels? programmes?|quelles? (aides|subventions|options)|which (programs?|funding|grants?)|what (programs?|"
    r"funding|grants?|support)|programmes? (pour|adaptes?)|programs? (for|that)|options? de financement|"
    r"funding options?|ou trouver|where (can|do) (i|we)|suits?|convien\w*|admissibles? a quoi|eligible for what|"
    r"je dirige|we are|nous sommes|our (startup|company)|notre (entreprise|jeune pousse|startup)|what fits|"
    r"qu.est.ce qui (convient|existe|s.applique)|what (exists|is available|applies)|quoi demander)\b"
)
_DOMAIN = re.compile(
    r"\b(programm?e?s?|subventions?|grants?|financ\w*|fund\w*|credits? d.impot|tax credits?|capital|investiss\w*|"
    r"invest\w*|pret|loans?|startup|jeune pousse|entreprise|company|companies|pme|sme|accelerat\w*|incubat\w*|"
    r"stagi\w*|intern\w*|donnees|data|sante|health|medtech|biotech|pharma|ia|ai|intelligence artificielle|"
    r"sciences? de la vie|life sciences?|innovation|r&d|rs&de|sr&ed|export\w*|quebec|canada|montreal|mitacs|"
    r"eligib\w*|admissib\w*|appel|call|montant|amount|taux|rate|cumul|stacking|programmes?)\b"
)
_FOCUS: list[tuple[Focus, re.Pattern[str]]] = [
    ("eligibility", re.compile(r"\b(employes?|employees?|headcount|effectif|taille de l.entreprise|company size)\b")),
    ("stacking", re.compile(r"\b(cumul\w*|stack\w*|combin\w*|plafond d.aide|aide publique totale)\b")),
    ("rate", re.compile(r"\b(taux|rate|pourcentage|percentage|%|quelle part|what share|cost.share|partage des couts)\b")),
    ("date", re.compile(r"\b(date limite|deadline|quand|when|echeance|due|depuis quand|since when|date)\b")),
    ("status", re.compile(r"\b(ouvert|open|ferme|closed|encore|still|actif|active|statut|status|suspendu|paused|"
                          r"remplace|replaced|termine|ended|existe)\b")),
    ("amount", re.compile(r"\b(combien|how much|montant|amount|maximum|max|jusqu.a|up to|valeur|value|taille|size|"
                          r"enveloppe|envelope|\$)")),
    ("eligibility", re.compile(r"\b(admissib\w*|eligib\w*|qui peut|who can|conditions?|criteres?|criteria|requis|"
                               r"required|requirements?)\b")),
    ("apply", re.compile(r"\b(postuler|apply|application|demande|soumettre|submit|comment obtenir|how to get)\b")),
]


@dataclass(frozen=True)
class Question:
    intent: Intent
    focus: Focus
    programs: tuple[str, ...]


def focus_of(text: str) -> Focus:
    f = fold(text)
    for name, pat in _FOCUS:
        if pat.search(f):
            return name
    return "general"


def classify(text: str, mentioned: list[str], has_profile: bool) -> Question:
    """Rules, in order: comparison of named programs; a named program's fact; report figures; which programs fit."""
    f = fold(text)
    focus = focus_of(text)
    progs = tuple(mentioned)
    if len(progs) >= 2 and (_COMPARE.search(f) or " et " in f or " and " in f or " ou " in f or " or " in f):
        return Question("compare", focus, progs)
    if progs and not _PROGRAMS.search(f):
        return Question("fact", focus, progs)
    if _REPORT.search(f) and not _PROGRAMS.search(f) and (not has_profile or _REPORT_STRONG.search(f)):
        return Question("report", focus, progs)
    if _PROGRAMS.search(f) or has_profile or progs:
        return Question("programs", focus, progs)
    if _DOMAIN.search(f):
        return Question("programs" if focus == "general" else "report", focus, progs)
    return Question("off_topic", focus, progs)
