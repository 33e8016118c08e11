"""Eligibility matching: check a program's rules against a profile → eligible | likely | check | not_eligible, with reasons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.answer.amounts import money
from assistant.models import Fit, Profile
from common.labels import label
from common.records import Program, Sourced
from common.vocab import Intake, Region

FIT_ORDER: dict[str, int] = {"eligible": 0, "likely": 1, "check": 2, "not_eligible": 3}

STAGE_NAMES = {
    "fr": {"pre_seed": "pré-amorçage", "seed": "amorçage", "series_a": "série A", "series_b_plus": "série B et plus",
           "growth": "croissance", "established": "entreprise établie"},
    "en": {"pre_seed": "pre-seed", "seed": "seed", "series_a": "Series A", "series_b_plus": "Series B and later",
           "growth": "growth", "established": "established company"},
}
SECTOR_NAMES = {
    "fr": {"medtech": "technologies médicales", "biotech": "biotechnologies", "pharma": "pharmaceutique",
           "digital_health": "santé numérique", "ai": "IA", "cro": "recherche contractuelle", "all": "tous secteurs"},
    "en": {"medtech": "medtech", "biotech": "biotech", "pharma": "pharma", "digital_health": "digital health",
           "ai": "AI", "cro": "contract research", "all": "all sectors"},
}


@dataclass
class Reason:
    text: str
    verdict: str  # ok | fail | unknown | info
    value: float | None = None  # a figure from the record the reason states (to cite it)
    source: str | None = None


@dataclass
class Match:
    program: Program
    fit: Fit
    reasons: list[Reason] = field(default_factory=list)

    @property
    def order(self) -> tuple[int, int]:
        return (FIT_ORDER[self.fit], 0 if self.program.accepting(dt.date.today()) else 1)


def _num(v: float, lang: str) -> str:
    return f"{v:,.0f}".replace(",", "\u00a0") if lang == "fr" else f"{v:,.0f}"


def _bound(rule: Sourced[int] | Sourced[float] | None, have: float | None, is_max: bool, label: dict[str, str],
           lang: str, fmt: str, unit: str = "") -> Reason | None:
    if rule is None:
        return None
    v = float(rule.value)
    shown = (money(v, lang) if fmt == "money" else _num(v, lang)) + unit
    need = (f"{label['max'] if is_max else label['min']} {shown}")
    if have is None:
        return Reason(f"{need} : {label['unknown']}" if lang == "fr" else f"{need}: {label['unknown']}", "unknown",
                      v, rule.source)
    ok = have <= v if is_max else have >= v
    mine = money(have, lang) if fmt == "money" else _num(have, lang)
    sep = " : " if lang == "fr" else ": "
    return Reason(f"{need}{sep}{label['you']} {mine} {'✓' if ok else '✗'}", "ok" if ok else "fail", v, rule.source)


LABELS = {
    "fr": {"emp_max": {"max": "au plus", "min": "au moins", "unknown": "nombre d'employés inconnu → à vérifier",
                       "you": "vous en avez"},
           "rev_min": {"max": "revenus d'au plus", "min": "revenus d'au moins", "unknown": "revenus inconnus → à vérifier",
                       "you": "les vôtres :"}},
    "en": {"emp_max": {"max": "at most", "min": "at least", "unknown": "headcount unknown → check", "you": "you have"},
           "rev_min": {"max": "revenue at most", "min": "revenue at least", "unknown": "revenue unknown → check",
                       "you": "yours:"}},
}

BOOL_RULES = {
    # rule: (profile attribute, fr text, en text)
    "incorporated": ("incorporated", "entreprise constituée en société", "incorporated company"),
    "for_profit": ("for_profit", "entreprise à but lucratif", "for-profit company"),
    "canadian_controlled": ("canadian_controlled", "société privée sous contrôle canadien", "Canadian-controlled"),
    "requires_partner": ("has_partner", "partenaire (université ou entreprise) requis", "partner required"),
    "requires_incubator": ("in_incubator", "accompagnement par un incubateur ou accélérateur requis",
                           "incubator or accelerator support required"),
}


ADMIN_REGIONS = {r.value for r in Region} - {"CA", "QC"}
PROFILE_REGION = {"MTL": "montreal"}  # the asker's profile may name Montréal before it knows other regions


def _region_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    fr = lang == "fr"
    wanted = {r.value for r in p.regions}
    local = wanted & ADMIN_REGIONS
    need_qc = bool(p.rules.requires_quebec_establishment and p.rules.requires_quebec_establishment.value)
    if "CA" in wanted and not need_qc and not local:
        return None
    places = ", ".join(label("region", r, lang) for r in sorted(local)) if local and "QC" not in wanted else None
    text = (f"{'entreprise située en' if fr else 'company based in'} {places}" if places
            else ("établissement au Québec" if fr else "Québec establishment"))
    sep = " : " if fr else ": "
    mine = PROFILE_REGION.get(prof.region or "", prof.region)
    if mine is None:
        return Reason(f"{text}{sep}{'région inconnue → à vérifier' if fr else 'region unknown → check'}", "unknown")
    in_quebec = mine == "QC" or mine in ADMIN_REGIONS
    if not places:
        return Reason(f"{text} {'✓' if in_quebec else '✗'}", "ok" if in_quebec else "fail")
    if mine == "QC":
        return Reason(f"{text}{sep}{'ville à confirmer' if fr else 'city to confirm'}", "unknown")
    ok = mine in local
    return Reason(f"{text} {'✓' if ok else '✗'}", "ok" if ok else "fail")


def check(p: Program, prof: Profile, lang: str = "fr") -> Match:
    """Every rule of `p` against `prof`; one reason per rule, and the fit they add up to."""
    fr = lang == "fr"
    reasons: list[Reason] = []
    if prof.stage is not None:
        mine = STAGE_NAMES[lang][prof.stage.value]
        if prof.stage in p.stages:
            reasons.append(Reason(f"{'stade' if fr else 'stage'} {mine} ✓", "ok"))
        else:
            names = ", ".join(STAGE_NAMES[lang][s.value] for s in p.stages)
            reasons.append(Reason(f"{'vise' if fr else 'serves'} {names} ✗", "fail"))
    if prof.sectors:
        secs = {s.value for s in p.sectors}
        shared = [s.value for s in prof.sectors if s.value in secs]
        if "all" in secs or shared:
            shown = SECTOR_NAMES[lang][shared[0]] if shared else SECTOR_NAMES[lang]["all"]
            reasons.append(Reason(f"{'secteur' if fr else 'sector'} {shown} ✓", "ok"))
        else:
            names = ", ".join(SECTOR_NAMES[lang][s] for s in sorted(secs))
            reasons.append(Reason(f"{'vise' if fr else 'serves'} {names} ✗", "fail"))
    lab = LABELS[lang]
    unit = " employés" if fr else " employees"
    for emp_rule, is_max in ((p.rules.max_employees, True), (p.rules.min_employees, False)):
        r = _bound(emp_rule, prof.employees, is_max, lab["emp_max"], lang, "num", unit)
        if r:
            reasons.append(r)
    for rule, is_max in ((p.rules.max_revenue, True), (p.rules.min_revenue, False)):
        r = _bound(rule, prof.revenue, is_max, lab["rev_min"], lang, "money")
        if r:
            reasons.append(r)
    for rule_name, (attr, fr_text, en_text) in BOOL_RULES.items():
        rule = getattr(p.rules, rule_name)
        if rule is None or rule.value is not True:
            continue
        have = getattr(prof, attr)
        text = fr_text if fr else en_text
        if have is None:
            reasons.append(Reason(f"{text} : {'à vérifier' if fr else 'check'}" if fr else f"{text}: check", "unknown",
                                  source=rule.source))
        else:
            reasons.append(Reason(f"{text} {'✓' if have else '✗'}", "ok" if have else "fail", source=rule.source))
    if not p.company_can_apply():
        who = label("applicant", p.applicant, lang)
        reasons.append(Reason(f"{'demande déposée par' if fr else 'applicant'} : {who} ✗" if fr
                              else f"applicant: {who} ✗", "fail"))
    region = _region_reason(p, prof, lang)
    if region:
        reasons.append(region)
    if p.intake.status in (Intake.closed, Intake.paused, Intake.replaced):
        word = {"closed": ("fermé", "closed"), "paused": ("suspendu", "paused"), "replaced": ("remplacé", "replaced")}
        w = word[p.intake.status.value][0 if fr else 1]
        extra = f" → {p.intake.replaced_by}" if p.intake.replaced_by else ""
        reasons.append(Reason(f"{'programme' if fr else 'program'} {w}{extra}", "info"))
    verdicts = {r.verdict for r in reasons}
    fit: Fit
    if "fail" in verdicts:
        fit = "not_eligible"
    elif "unknown" in verdicts:
        fit = "check"
    elif any(r.verdict == "ok" for r in reasons) and not p.uncertain and _has_rules(p):
        fit = "eligible"
    else:
        fit = "likely"
    return Match(p, fit, reasons)


def _has_rules(p: Program) -> bool:
    return any(getattr(p.rules, f) is not None for f in type(p.rules).model_fields)
