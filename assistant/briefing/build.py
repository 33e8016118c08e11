"""Advisor briefings: a company profile → a cited, dated shortlist with stacking figures, context and checks to make."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from assistant.answer.amounts import headline_award, paid_elsewhere
from assistant.answer.compose import first_fail
from assistant.answer.evidence import CitationBook
from assistant.answer.match import Match, check, money
from assistant.answer.rank import Ranking, program_hits, rank_programs
from assistant.answer.shortlist import family, profile_candidates
from assistant.briefing.doc import (
    Block,
    Briefing,
    Bullets,
    Heading,
    Para,
    Section,
    Table,
    figure_check,
    keep_supported,
    renumber_blocks,
)
from assistant.briefing.profile import CompanyProfile, load_profile
from assistant.briefing.sections import Ctx, cap_cell, combining, ecosystem, status_cell, verify
from assistant.briefing.summary import amount_text, summary_blocks
from assistant.briefing.texts import bt
from assistant.models import Profile
from common.labels import LABELS, label, long_date, phrase
from common.records import Program
from common.vocab import Applicant, Intake, Kind, Need

if TYPE_CHECKING:
    from assistant.service import Assistant

MAX_SHORTLIST = 8
PER_NEED = 2  # the best programs for each stated need are kept first, so every need is covered
# Federal and Québec R&D credits and the Québec AI credit are claimed together; a hiring company weighs internships,
# wage subsidies and youth streams side by side.
PER_NEED_MORE = {Need.tax_credit: 3, Need.talent: 3}
FIT_BONUS = {"eligible": 0.3, "likely": 0.1, "check": 0.0, "not_eligible": -9.0}  # added to the relevance score
MAX_FACTS = 4
NEED_WORDS = {"non_dilutive": ("crédit d'impôt recherche développement", "R&D tax credit"),  # retrieval words
              "talent": ("stagiaires embauche", "interns hiring")}
DIRECT = 0.2  # added to the worth of a program the company applies to alone
PRIMARY = 0.15  # … and of one whose first need is one the company states
NO_AMOUNT = 0.3  # subtracted from the worth of a program that publishes no amount for one company
ELSEWHERE = 0.3  # … and of one whose money is paid to a partner (university, researchers, intern)
NEED_ALSO = {Need.non_dilutive: [Need.tax_credit]}  # what a stated need also asks for, in the corpus's needs
__all__ = ["CompanyProfile", "build_briefing", "load_profile"]


# ---- the shortlist -------------------------------------------------------------------------------------------------
def _query(company: CompanyProfile, lang: str) -> str:
    bits = [phrase("sector", s, lang) for s in company.known_sectors()]
    bits += [phrase("need", n, lang) for n in company.known_needs()]
    return " ".join([*bits, company.project[:500]]).strip()


def need_queries(company: CompanyProfile, lang: str) -> list[str]:
    """One short search per stated need (the whole profile in one query drowns the needs in the project text)."""
    sectors = " ".join(phrase("sector", s, lang) for s in company.known_sectors())
    return [f"{phrase('need', n, lang)} {NEED_WORDS.get(n.value, ('', ''))[0 if lang == 'fr' else 1]} {sectors}"
            for n in company.known_needs()]


def widened(profile: Profile) -> Profile:
    """The profile with the needs its stated needs imply (tax credits are non-dilutive funding too)."""
    extra = [n for need in profile.needs for n in NEED_ALSO.get(need, []) if n not in profile.needs]
    return profile.model_copy(update={"needs": [*profile.needs, *dict.fromkeys(extra)]})


def candidate_pool(ranking: Ranking, programs: dict[str, Program], cands: set[str], profile: Profile,
                   lang: str) -> list[Match]:
    """The ranking's programs that match the profile's needs and sectors, plus the ones it left out only because two
    of their family were shown already (a briefing has room for a program's other streams), checked the same way."""
    pool = [m for m in ranking.shown if m.program.id in cands]
    seen = {m.program.id for m in [*ranking.shown, *ranking.closed, *ranking.ruled_out]}
    more = [check(programs[pid], profile, lang) for pid in ranking.scores if pid in cands and pid not in seen]
    return pool + [m for m in more if m.fit != "not_eligible"]


def worth(m: Match, score: float, needs: list[Need]) -> float:
    """The chat ranking's score + fit + value for the company (its largest published award), more when the company
    applies alone and when the program's main need is one the company states; money paid to a research partner, or no
    published amount, counts less."""
    award = headline_award(m.program)
    tops = [a.max or a.typical_max or 0.0 for a in m.program.funding.per_company if not a.select]
    top = max(tops, default=0.0)
    value = 0.05 * math.log10(max(float(top), 1.0)) if top else 0.0
    if award is None:
        value -= NO_AMOUNT
    elif paid_elsewhere(award) and m.program.kind != Kind.internship_subsidy:  # an intern's pay is the point
        value -= ELSEWHERE
    direct = DIRECT if m.program.applicant == Applicant.company else 0.0  # applies alone, no partner needed
    primary = PRIMARY if m.program.needs[0] in needs else 0.0  # the program is first of all for a stated need
    return score + FIT_BONUS[m.fit] + value + direct + primary


def per_family(matches: list[Match], most: int = 2) -> list[Match]:
    """At most `most` programs of one family (streams of one program), in order."""
    count: dict[str, int] = {}
    out = []
    for m in matches:
        fam = family(m.program)
        if count.get(fam, 0) < most:
            out.append(m)
            count[fam] = count.get(fam, 0) + 1
    return out


def shortlist(ctx: Ctx, company: CompanyProfile) -> tuple[list[Match], list[Match], list[Match], str]:
    """(shortlisted, closed ones set aside, ruled out, why nothing fits). Only programs whose needs and sectors match
    the profile are considered, ranked by relevance (rank.score_program) + fit + value (the record's maximum amount);
    the best PER_NEED for each need are taken first so every need is covered, then the best of the rest."""
    lang = ctx.lang
    unknown = company.unknown_terms()
    if (not company.known_sectors() and not company.known_needs()) or (company.needs and not company.known_needs()):
        why = bt(lang, "none_why_scope", items=", ".join(unknown)) if unknown else bt(lang, "none_why_empty")
        return [], [], [], why
    retriever = ctx.composer.retriever
    programs = retriever.snapshot.programs
    profile = widened(company.to_profile())
    query = _query(company, lang)
    hits = [h for q in [query, *need_queries(company, lang)] for h in program_hits(retriever, q)]
    ranking = rank_programs(retriever, programs, query, profile, lang, show=len(programs), hits=hits, by_part=False)
    if ranking is None:
        return [], [], [], bt(lang, "none_why_empty")
    cands = profile_candidates(programs, profile)
    pool = candidate_pool(ranking, programs, cands, profile, lang)

    def key(m: Match) -> float:
        return -worth(m, ranking.scores.get(m.program.id, 0.0), profile.needs)

    live = sorted((m for m in pool if not m.program.ended(ctx.today)), key=key)
    picked: list[Match] = []
    for need in profile.needs:  # the best for each need, one stream per program family
        serving = per_family([m for m in live if need in m.program.needs and m not in picked], most=1)
        picked += serving[:PER_NEED_MORE.get(need, PER_NEED)]
    picked += [m for m in live if m not in picked]
    chosen = sorted(per_family(picked)[:MAX_SHORTLIST], key=key)
    aside = [m for m in pool if m.program.ended(ctx.today)][:4]
    ruled = [m for m in ranking.ruled_out if m.program.id in cands]
    why = ""
    if not chosen:
        items = "; ".join(f"{ctx.name(m.program)} ({first_fail(m)})" for m in ruled)
        why = bt(lang, "none_why_rules", items=items) if ruled else bt(lang, "none_why_empty")
    return chosen, aside, ruled, why


def shortlist_blocks(ctx: Ctx, chosen: list[Match], aside: list[Match], ruled: list[Match],
                     employees: int | None) -> list[Block]:
    lang = ctx.lang
    other = "en" if lang == "fr" else "fr"
    rows = [[f"**{ctx.name(m.program)}**\n{m.program.name.get(other)}", phrase("kind", m.program.kind, lang),
             amount_text(ctx, m.program, employees), cap_cell(ctx, m.program), status_cell(ctx, m.program),
             phrase("fit", m.fit, lang), f"[{bt(lang, 'link')}]({m.program.url})"] for m in chosen]
    header = [bt(lang, k) for k in ("col_name", "col_kind", "col_amount", "col_cap", "col_status", "col_fit",
                                    "col_source")]
    blocks: list[Block] = [Para(bt(lang, "shortlist_lead")),
                           Table(header, rows, [0.21, 0.13, 0.19, 0.1, 0.15, 0.13, 0.09])]
    set_aside = [(0, f"{ctx.name(m.program)} — " + (bt(lang, "call_over") if m.program.intake.status == Intake.calls
                                                     else phrase("intake", m.program.intake.status, lang)))
                 for m in aside]
    pas = ctx.composer.passages
    for m in ruled:
        fail = next((r for r in m.reasons if r.verdict == "fail"), None)
        n = pas.fact_stating(ctx.book, m.program, lang, fail.value) if fail and fail.value is not None else None
        set_aside.append((0, f"{ctx.name(m.program)} — {first_fail(m)}" + (f" [{n}]" if n else "")))
    if set_aside:
        blocks += [Para(bt(lang, "set_aside")), Bullets(set_aside)]
    for m in chosen:
        blocks += program_blocks(ctx, m, employees)
    return blocks


def program_blocks(ctx: Ctx, m: Match, employees: int | None) -> list[Block]:
    """One program: kind and fit, names and operator, cited summary, then Composer.program_item's lines and facts."""
    p, lang, pas = m.program, ctx.lang, ctx.composer.passages
    other = "en" if lang == "fr" else "fr"
    sep = bt(lang, "sep")
    item = ctx.composer.program_item(m, lang, ctx.book)
    kind_fit = item[0].split("** ", 1)[-1]
    blocks: list[Block] = [Heading(ctx.name(p)), Para(
        f"{kind_fit} · {bt(lang, 'other_name')}{sep}{p.name.get(other)} · {bt(lang, 'operator')}{sep}"
        f"{p.operator.get(lang)} · [{bt(lang, 'official_page')}]({p.url})")]
    n = pas.cite_text(ctx.book, p.id, lang, "overview", p.summary.get(lang))
    blocks.append(Para(p.summary.get(lang) + (f" [{n}]" if n else "")))
    bullets = [(0, line.strip()[2:]) for line in item[1:]]
    bullets[0] = (0, f"{bt(lang, 'col_company_amount')}{sep}{amount_text(ctx, p, employees)}")  # as in the table
    shown = {line for _, line in bullets}
    facts = [pas.fact_line(ctx.book, p, lang, i) for i in range(len(p.facts))]
    facts = [f for f in facts if not any(f in s for s in shown)][:MAX_FACTS]
    if facts:
        bullets.append((0, f"{bt(lang, 'key_facts')}{sep}"))
        bullets += [(1, f) for f in facts]
    return [*blocks, Bullets(bullets)]


# ---- the whole briefing --------------------------------------------------------------------------------------------
def profile_blocks(company: CompanyProfile, lang: str) -> list[Block]:
    sep = bt(lang, "sep")
    unknown, scope = bt(lang, "unknown"), bt(lang, "out_of_scope")

    def listed(values: list[str], group: str) -> str:
        known = LABELS[group]
        return ", ".join(phrase(group, v, lang) if v in known else f"{v} ({scope})" for v in values) or unknown

    def yes_no(v: bool | None) -> str:
        return unknown if v is None else bt(lang, "yes" if v else "no")

    rows = [("company", company.name), ("stage", phrase("stage", company.stage, lang) if company.stage else unknown),
            ("sectors", listed(company.sectors, "sector")),
            ("needs", listed(company.needs, "need")),
            ("employees", f"{company.employees} {bt(lang, 'employees_unit')}" if company.employees is not None
             else unknown),
            ("revenue", money(company.revenue, lang) if company.revenue is not None else unknown),
            ("region", company.region_name(lang) or unknown), ("incorporated", yes_no(company.incorporated)),
            ("for_profit", yes_no(company.for_profit)),
            ("budget", money(company.budget, lang) if company.budget is not None else unknown)]
    if company.government:  # a restriction the advisor chose, shown only when set
        rows.append(("government", label("government", company.government.value, lang)))
    items = [(0, f"**{bt(lang, k)}**{sep}{v}") for k, v in rows]
    if company.project:
        items.append((0, f"**{bt(lang, 'project')}**{sep}{company.project}"))
    return [Bullets(items)]


def eco_queries(company: CompanyProfile, lang: str) -> list[str]:
    """Questions for the report digests: the sectors with funding words, then one per need that the digests cover."""
    sectors = " ".join(phrase("sector", s, lang) for s in company.known_sectors())
    base = bt(lang, "eco_base")
    extra = {"equity": ("capital de risque investissement", "venture capital investment"),
             "talent": ("talents formation main-d'œuvre", "talent training workforce"),
             "export": ("exportation marchés", "export markets"),
             "non_dilutive": ("subventions financement public", "grants public funding")}
    out = [f"{sectors} {base}"]
    out += [f"{sectors} {extra[n.value][0 if lang == 'fr' else 1]}" for n in company.known_needs() if n.value in extra]
    return [" ".join(dict.fromkeys(q.split())) for q in out]


def build_briefing(assistant: Assistant, company: CompanyProfile, today: dt.date | None = None) -> Briefing:
    """The briefing for `company`, in its language, from the assistant's current snapshot."""
    assistant.retriever.refresh()
    lang = company.language
    today = today or dt.date.today()
    ctx = Ctx(lang=lang, book=CitationBook(), composer=assistant.composer, today=today)
    chosen, aside, ruled, why = shortlist(ctx, company)
    sections = [Section("profile", bt(lang, "s_profile"), profile_blocks(company, lang))]
    if chosen:
        sections = [Section("summary", bt(lang, "s_summary"),
                            summary_blocks(ctx, company.name, chosen, company.employees)), *sections]
        sections += [
            Section("shortlist", bt(lang, "s_shortlist"), shortlist_blocks(ctx, chosen, aside, ruled,
                                                                           company.employees)),
            Section("combining", bt(lang, "s_combining"), combining(ctx, chosen, company.budget)),
            Section("ecosystem", bt(lang, "s_ecosystem"), ecosystem(ctx, eco_queries(company, lang))),
            Section("verify", bt(lang, "s_verify"), verify(ctx, chosen))]
    else:
        sections.append(Section("shortlist", bt(lang, "s_shortlist"),
                                [Para(f"**{bt(lang, 'none_fit')}**"), Para(why), Para(bt(lang, "scope"))]))
    programs = assistant.retriever.snapshot.programs
    support = company.support() + [n for p in programs.values() for n in (p.name.fr, p.name.en)]
    support += [c.title for c in ctx.book.items] + [d.text for d in ctx.derived]
    quotes = {c.n: c.quote for c in ctx.book.items}
    dropped: list[str] = []
    for sec in sections:
        sec.blocks = [k for b in sec.blocks if (k := keep_supported(b, quotes, support, dropped)) is not None]
    citations = [c.model_copy(update={"title": programs[c.program_id].name.get(lang)})
                 if c.program_id in programs else c for c in renumber_blocks(sections, ctx.book.items)]
    dates = sorted(m.program.as_of for m in chosen)
    as_of = (long_date(dates[0], lang) if dates[0] == dates[-1] else
             f"{long_date(dates[0], lang)} – {long_date(dates[-1], lang)}") if dates else bt(lang, "as_of_none")
    version = str(assistant.retriever.snapshot.meta.get("version") or assistant.retriever.snapshot.version)
    briefing = Briefing(
        company=company.name, lang=lang, date=long_date(today, lang), corpus_version=version, as_of_range=as_of,
        title=bt(lang, "title"), header_lines=[(bt(lang, "date"), long_date(today, lang)), (bt(lang, "checked"), as_of)],
        sections=sections, citations=citations, shortlist=[m.program.id for m in chosen],
        shortlist_names=[ctx.name(m.program) for m in chosen], derived=ctx.derived, support=support, dropped=dropped)
    briefing.unsupported = figure_check(briefing)
    return briefing
