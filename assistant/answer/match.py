"""Eligibility matching: check a program's rules against a profile → eligible | likely | check | not_eligible, with reasons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.answer.amounts import money
from assistant.answer.sectors import HEALTH, other_family
from assistant.answer.texts import t, table
from assistant.models import Fit, Profile
from assistant.understand.places import EUROPE, METROPOLITAN, QUEBEC_REGIONS, program_countries, with_europe
from common.labels import label, phrase
from common.records import Program, Sourced
from common.vocab import Applicant, Instrument, Intake, Region, Stage

LARGE_REQUEST = 1_000_000  # a minimum contribution this large is for projects far beyond a small company's
SMALL_COMPANY = 50  # employees
CONTRIBUTIONS = frozenset({Instrument.grant, Instrument.repayable_contribution})  # money for a project's costs
RESEARCHERS = frozenset({Applicant.academic_researcher, Applicant.student_or_postdoc})
ACCESS = frozenset({Instrument.services, Instrument.in_kind})  # data, platforms: reached through a research partner
REVENUE_PER_HEAD = 60_000  # CAD a year per employee: well under what health-tech and manufacturing firms bring in
PAST_EARLY = 30  # employees: a company this size is past the pre-seed and seed stages, whatever it calls itself
EARLY = frozenset({Stage.pre_seed, Stage.seed})


@dataclass
class Reason:
    text: str
    verdict: str  # ok | fail | unknown | info
    value: float | None = None  # a figure from the record the reason states (to cite it)


@dataclass
class Match:
    program: Program
    fit: Fit
    reasons: list[Reason] = field(default_factory=list)

    def fit_now(self, today: dt.date) -> Fit:  # no fit once no one can apply (closed, paused, replaced, past its call)
        return "not_eligible" if self.program.ended(today) else self.fit


def _num(v: float, lang: str) -> str:
    text = f"{v:,.0f}"
    return text.replace(",", "\u00a0") if lang == "fr" else text


def _bound(rule: Sourced[int] | Sourced[float] | None, have: float | None, is_max: bool, words: dict[str, str],
           lang: str, fmt: str, unit: str = "") -> Reason | None:
    if rule is None:
        return None
    v = float(rule.value)
    shown = (money(v, lang) if fmt == "money" else _num(v, lang)) + unit
    need = f"{words['max'] if is_max else words['min']} {shown}"
    sep = t(lang, "sep")
    if have is None:
        return Reason(f"{need}{sep}{words['unknown']}", "unknown", v)
    ok = have <= v if is_max else have >= v
    # the asker's own money is not repeated: a figure shown is one a source states (yours are within it ✓)
    mine = words["you_ok" if ok else "you_fail"] if fmt == "money" else f"{words['you']} {_num(have, lang)}"
    return Reason(f"{need}{sep}{mine} {'✓' if ok else '✗'}", "ok" if ok else "fail", v)


def _revenue_cap(p: Program, prof: Profile, lang: str) -> Reason | None:
    """A revenue cap this headcount is far past when no revenue is given: even at a low REVENUE_PER_HEAD, 250 people."""
    cap = p.rules.max_revenue
    if cap is None or prof.revenue is not None or prof.employees is None or prof.employees * REVENUE_PER_HEAD <= cap.value:
        return None
    text = t(lang, "r_revenue_implied", n=prof.employees, amount=money(float(cap.value), lang))
    return Reason(f"{text} ✗", "fail", float(cap.value))


BOOL_RULES = {  # rule: the profile attribute that answers it
    "incorporated": "incorporated", "for_profit": "for_profit", "canadian_controlled": "canadian_controlled",
    "requires_partner": "has_partner", "requires_incubator": "in_incubator", "software_business": "software",
}


ADMIN_REGIONS = {r.value for r in Region} - {"CA", "QC"}
PROFILE_REGION = {"MTL": "montreal"}  # the asker's profile may name Montréal before it knows other regions


def shares_country(p: Program, prof: Profile) -> bool:
    """The program's foreign country is one the question names (Europe counting for its countries, unless it names which)."""
    named = frozenset(prof.countries)
    asked = named if named & (EUROPE - {"EU"}) else with_europe(named)
    return bool(program_countries(p) & asked)


def _country_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    """A program for partners in one country does not serve a project with another country."""
    theirs = program_countries(p)
    if not theirs or not prof.countries:
        return None
    names = table(lang, "countries")  # each country's name in the asker's language
    text = t(lang, "r_countries", theirs=", ".join(sorted(names[c] for c in theirs - {"EU"} or theirs)))
    if shares_country(p, prof):
        return Reason(f"{text} ✓", "ok")
    named = ", ".join(names[c] for c in prof.countries)
    return Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_you_named', named=named)} ✗", "fail")


def _region_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    wanted = {r.value for r in p.regions}
    local = wanted & ADMIN_REGIONS
    need_qc = bool(p.rules.requires_quebec_establishment and p.rules.requires_quebec_establishment.value)
    if "CA" in wanted and not need_qc and not local:
        return None
    places = ", ".join(label("region", r, lang) for r in sorted(local)) if local and "QC" not in wanted else None
    most = places is not None and len(local) > len(ADMIN_REGIONS) // 2  # all Québec but Montréal: said by what is left
    text = t(lang, "r_based_outside", places=", ".join(label("region", r, lang) for r in sorted(ADMIN_REGIONS - local))) if most \
        else t(lang, "r_based_in", places=places) if places else t(lang, "r_qc_establishment")
    sep = t(lang, "sep")
    mine = PROFILE_REGION.get(prof.region or "", prof.region)
    if mine is None:
        return Reason(f"{text}{sep}{t(lang, 'r_region_unknown')}", "unknown")
    in_quebec = mine == "QC" or mine in ADMIN_REGIONS
    if not places:
        return Reason(f"{text} {'✓' if in_quebec else '✗'}", "ok" if in_quebec else "fail")
    if mine == "QC":
        return Reason(f"{text}{sep}{t(lang, 'r_city')}", "unknown")
    ok = mine in local
    return Reason(f"{text} {'✓' if ok else '✗'}", "ok" if ok else "fail")


def at_site(profile: Profile, site: str) -> bool:
    """The company is where the program's services are delivered, or in the same metropolitan community (Laval for
    a Montréal incubator). An asker who names no place is taken to be in Québec, as Boussole's users are."""
    region = profile.region or "QC"
    in_quebec = region == "QC" or region in QUEBEC_REGIONS
    if site == "QC" or site in QUEBEC_REGIONS:
        return in_quebec and (region in (site, "QC") or site == "QC" or region in METROPOLITAN.get(site, ()))
    return region == site


def _site_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    """Services delivered in another province (a labs incubator in Toronto): the company would have to move there."""
    if not p.site or p.site == "QC" or p.site in ADMIN_REGIONS:
        return None  # a Québec site only lowers the rank (rank.W_AWAY): a Laval company may use Montréal's labs
    ok = at_site(prof, p.site)
    return Reason(t(lang, "r_site", place=label("region", p.site, lang)) + (" ✓" if ok else " ✗"), "ok" if ok else "fail")


def _profile_reasons(p: Program, prof: Profile, lang: str) -> list[Reason]:
    """Stage and sector of the asker against the program's."""
    reasons: list[Reason] = []
    if prof.stage is None and prof.employees is not None and prof.employees >= PAST_EARLY and set(p.stages) <= EARLY:
        names = ", ".join(phrase("stage", s, lang) for s in p.stages)
        reasons.append(Reason(t(lang, "r_past_early", names=names, n=prof.employees), "fail"))
    elif prof.stage is not None:
        if prof.stage in p.stages:
            reasons.append(Reason(t(lang, "r_stage", stage=phrase("stage", prof.stage, lang)), "ok"))
        else:
            names = ", ".join(phrase("stage", s, lang) for s in p.stages)
            reasons.append(Reason(t(lang, "r_serves", names=names), "fail"))
    if prof.sectors:
        secs = {s.value for s in p.sectors}
        # AI in common only: a non-drug program does not serve a drug developer, nor the reverse (other_family)
        shared = [] if other_family(p, prof) else [s.value for s in prof.sectors if s.value in secs]
        if "all" in secs or shared:
            shown = phrase("sector", shared[0] if shared else "all", lang)
            reasons.append(Reason(t(lang, "r_sector", sector=shown), "ok"))
        elif {s.value for s in prof.sectors} == {"ai"} and secs & HEALTH:  # AI for health: which field is unsaid
            names = ", ".join(phrase("sector", s, lang) for s in sorted(secs))
            reasons.append(Reason(t(lang, "r_serves_check", names=names), "unknown"))
        else:
            names = ", ".join(phrase("sector", s, lang) for s in sorted(secs))
            reasons.append(Reason(t(lang, "r_serves", names=names), "fail"))
    return reasons


def _rule_reasons(p: Program, prof: Profile, lang: str) -> list[Reason]:
    """Headcount, revenue and yes/no rules of the program against the profile."""
    bounds = table(lang, "bounds")
    reasons = [r for r in (
        _bound(p.rules.max_employees, prof.employees, True, bounds["emp_max"], lang, "num", t(lang, "r_employees")),
        _bound(p.rules.min_employees, prof.employees, False, bounds["emp_max"], lang, "num", t(lang, "r_employees")),
        _revenue_cap(p, prof, lang) or _bound(p.rules.max_revenue, prof.revenue, True, bounds["rev_min"], lang, "money"),
        _bound(p.rules.min_revenue, prof.revenue, False, bounds["rev_min"], lang, "money"),
    ) if r]
    for rule_name, attr in BOOL_RULES.items():
        rule = getattr(p.rules, rule_name)
        if rule is None or rule.value is not True:
            continue
        have = getattr(prof, attr)
        text = table(lang, "rules")[rule_name]
        if have is None:
            reasons.append(Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_check')}", "unknown"))
        else:
            reasons.append(Reason(f"{text} {'✓' if have else '✗'}", "ok" if have else "fail"))
    return reasons


def _audience_reasons(p: Program, prof: Profile, lang: str) -> list[Reason]:
    """Programs reserved for some founders (women, Black entrepreneurs, youth…) and founder-age limits."""
    out: list[Reason] = []
    sep = t(lang, "sep")
    groups = {a.group for a in p.audience}
    if groups:
        names = ", ".join(phrase("audience", g, lang) for g in sorted(groups))
        text = t(lang, "r_audience", groups=names)
        if in_audience(p, prof):
            out.append(Reason(f"{text} ✓", "ok"))
        else:
            out.append(Reason(f"{text}{sep}{t(lang, 'r_check')}", "unknown"))
    age = p.rules.max_founder_age
    if age is not None:
        text = t(lang, "r_founder_age", age=age.value)
        if prof.founder_age is None:
            out.append(Reason(f"{text}{sep}{t(lang, 'r_check')}", "unknown", age.value))
        else:  # the age cited from the fact that states it, or the line falls to the figure check
            ok = prof.founder_age <= age.value
            out.append(Reason(f"{text} {'✓' if ok else '✗'}", "ok" if ok else "fail", age.value))
    return out


def in_audience(p: Program, prof: Profile) -> bool:
    """The asker belongs to a group the program is reserved to: one she names, or one bounded by an age she is within
    (a 29-year-old founder is among Futurpreneur's 18-to-39-year-olds without saying "young")."""
    return any(a.group in prof.audience or (a.max_age is not None and prof.founder_age is not None
                                            and prof.founder_age <= a.max_age) for a in p.audience)


def of_community(p: Program, prof: Profile) -> bool:
    """The asker names a university the program is reserved to, or the program is reserved to none."""
    rule = p.rules.institutions
    return rule is None or bool(set(rule.value) & set(prof.institutions))


def institution_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    """A program reserved for a university's community (McGill X-1) against the universities the asker names: one of
    them ✓; only others ✗ (unless the source says outsiders may also be taken: to check); none named: to check."""
    rule = p.rules.institutions
    if rule is None:
        return None
    text = t(lang, "r_institutions", names=", ".join(label("institution", i, lang) for i in rule.value))
    sep = t(lang, "sep")
    if of_community(p, prof):
        return Reason(f"{text} ✓", "ok")
    if not prof.institutions:
        return Reason(f"{text}{sep}{t(lang, 'r_check')}", "unknown")
    named = t(lang, "r_you_named", named=", ".join(label("institution", i, lang) for i in prof.institutions))
    if rule.uncertain:
        return Reason(f"{text}{sep}{named}{sep}{t(lang, 'r_check')}", "unknown")
    return Reason(f"{text}{sep}{named} ✗", "fail")


def _size_reason(p: Program, prof: Profile, lang: str) -> Reason | None:
    """A smallest award above the sum the company seeks (or its project's cost) does not fit it; a minimum
    contribution of a million dollars or more is for large projects: never a small or early company's."""
    floor = min((a.min for a in p.funding.per_company if a.min and not a.select), default=0.0)
    if prof.request and floor > prof.request:
        text = t(lang, "r_min_award", amount=money(floor, lang))
        return Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_above_request', asked=money(prof.request, lang))} ✗", "fail",
                      floor)
    if floor < LARGE_REQUEST or p.instrument not in CONTRIBUTIONS:
        return None
    text = t(lang, "r_min_request", amount=money(floor, lang))
    if prof.employees is not None and prof.employees < SMALL_COMPANY:
        return Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_small_company', n=prof.employees)} ✗", "fail", floor)
    if prof.stage in EARLY:
        return Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_early_stage')} ✗", "fail", floor)
    return Reason(f"{text}{t(lang, 'sep')}{t(lang, 'r_check')}", "unknown", floor)


def fit_of(reasons: list[Reason], p: Program) -> Fit:
    """What the reasons add up to: any failure → not_eligible; any unknown → check; else eligible or likely."""
    verdicts = {r.verdict for r in reasons}
    if "fail" in verdicts:
        return "not_eligible"
    if "unknown" in verdicts:
        return "check"
    if "ok" in verdicts and not p.uncertain and any(getattr(p.rules, f) is not None for f in type(p.rules).model_fields):
        return "eligible"
    return "likely"


def check(p: Program, prof: Profile, lang: str = "fr") -> Match:
    """Every rule of `p` against `prof`; one reason per rule, and the fit they add up to."""
    reasons = _profile_reasons(p, prof, lang) + _rule_reasons(p, prof, lang) + _audience_reasons(p, prof, lang)
    if p.applicant == Applicant.individual_founder:  # the founder asking applies herself (Futurpreneur, D3…)
        reasons.append(Reason(t(lang, "r_founder"), "info"))
    elif p.applicant in RESEARCHERS and prof.academic:  # a researcher asking: she applies herself
        reasons.append(Reason(t(lang, "r_researcher_applies"), "info"))
    elif p.applicant == Applicant.academic_researcher and p.instrument in ACCESS:
        reasons.append(Reason(t(lang, "r_through_partner") + t(lang, "sep") + t(lang, "r_check"), "unknown"))
    elif not p.company_can_apply():
        reasons.append(Reason(t(lang, "r_applicant", who=label("applicant", p.applicant, lang)), "fail"))
    size = _size_reason(p, prof, lang)
    if size:
        reasons.append(size)
    for place in (_region_reason(p, prof, lang), _country_reason(p, prof, lang), _site_reason(p, prof, lang),
                  institution_reason(p, prof, lang)):
        if place:
            reasons.append(place)
    if p.intake.status in (Intake.closed, Intake.paused, Intake.replaced):
        extra = f" → {p.intake.replaced_by}" if p.intake.replaced_by else ""
        reasons.append(Reason(t(lang, "r_program", status=phrase("intake", p.intake.status, lang)) + extra, "info"))
    return Match(p, fit_of(reasons, p), reasons)
