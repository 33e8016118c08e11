"""Briefing sections built from cited record figures: table cells, combining programs, ecosystem context, to verify."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.answer.amounts import headline_award, paid_elsewhere
from assistant.answer.compose import Composer
from assistant.answer.evidence import CitationBook
from assistant.answer.match import Match, money
from assistant.answer.passages import rank_facts
from assistant.answer.rank import FUNDING_KINDS
from assistant.answer.texts import t
from assistant.briefing.doc import Block, Bullets, Derived, Para, Table, compute
from assistant.briefing.texts import FIELD_NAMES, bt, names
from common import figures
from common.citations import MARK
from common.labels import phrase
from common.lang import detect, fold
from common.records import Program, Sourced
from common.vocab import Intake, Kind

STACK_WORDS = re.compile(r"\bcumul|\bstack|aide publique totale|total public aid")
SPEED = {"continuous": 0, "open": 0, "calls": 1, "unknown": 2}
MAX_EXAMPLE = 4
MAX_ECO = 5
NOTE_WORDS = re.compile(r"\bil ne faut\b|\bpas affirmer\b|\bmust not claim\b|\bone must not\b|\bclaim check\b|"
                        r"\bfiche de faits\b|\bfact sheet\b|\bnotre fiche\b|\bour fact\b")  # notes to writers


@dataclass
class Ctx:
    """What every section needs: the language, the citation book, the composer (passages, reports) and today."""

    lang: str
    book: CitationBook
    composer: Composer
    today: dt.date
    derived: list[Derived] = field(default_factory=list)

    def derive(self, op: str, args: list[float]) -> tuple[float, str]:
        value = compute(op, args)
        text = money(value, self.lang)
        self.derived.append(Derived(op, args, value, text))
        return value, text

    def name(self, p: Program) -> str:
        return p.name.get(self.lang)


def cited_figure(ctx: Ctx, p: Program, value: float, kind: str) -> tuple[str, int] | None:
    """The figure `value` as written in the record's fact that states it (briefing language), and its citation."""
    want = figures._fmt(value)
    for f in p.facts:
        text = f.get(ctx.lang)
        if any(fig.kind == kind and fig.value == want for fig in figures.extract(text)):
            fig = next(g for g in figures.extract(text) if g.kind == kind and g.value == want)
            n = ctx.composer.passages.cite_text(ctx.book, p.id, ctx.lang, "facts", text)
            if n:
                return fig.text, n
    return None


def award_figure(p: Program, name: str) -> Sourced[float] | None:
    """A figure of the headline per-company award ('max', 'rate_pct'…) with the award's source; never an envelope."""
    a = headline_award(p)
    value = getattr(a, name) if a is not None else None
    return None if a is None or value is None else Sourced[float](value=value, source=a.source, uncertain=a.uncertain)


def sourced(ctx: Ctx, p: Program, s: Sourced[float] | None, kind: str) -> tuple[float, str] | None:
    """(value, 'figure [n]' with a to-verify mark when uncertain) for a funding figure a fact states, else None."""
    if s is None:
        return None
    found = cited_figure(ctx, p, float(s.value), kind)
    if found is None:
        return None
    text = f"{found[0]} [{found[1]}]" + (f" ({bt(ctx.lang, 'to_verify')})" if s.uncertain else "")
    return float(s.value), text


def status_cite(ctx: Ctx, p: Program) -> int | None:
    """Cite the record's status line ('Status: … (seen …); facts checked ….')."""
    cited = ctx.composer.passages.cite_status(ctx.book, p.id, ctx.lang)
    return cited[1] if cited else None


def deadline_cite(ctx: Ctx, p: Program) -> str | None:
    """'deadline: May 15, 2024 [n]' when a fact states the record's deadline."""
    deadline = p.intake.next_deadline or p.intake.last_deadline
    if not deadline:
        return None
    iso = deadline.isoformat()
    for f in p.facts:
        text = f.get(ctx.lang)
        fig = next((g for g in figures.extract(text) if g.kind == "date" and g.value == iso), None)
        if fig:
            n = ctx.composer.passages.cite_text(ctx.book, p.id, ctx.lang, "facts", text)
            if n:
                return f"{bt(ctx.lang, 'deadline')} {fig.text} [{n}]"
    return None


def amount_cell(ctx: Ctx, p: Program) -> str:
    parts = []
    mx = sourced(ctx, p, award_figure(p, "max"), "money")
    if mx:
        parts.append(f"{bt(ctx.lang, 'max')} {mx[1]}")
    share = sourced(ctx, p, award_figure(p, "rate_pct"), "pct")
    if share:
        parts.append(share[1].replace(" [", f" {bt(ctx.lang, 'of_costs')} [", 1))
    return "; ".join(parts) or bt(ctx.lang, "not_stated")


def cap_cell(ctx: Ctx, p: Program) -> str:
    cap = sourced(ctx, p, p.funding.stacking_cap_pct, "pct")
    return cap[1] if cap else bt(ctx.lang, "not_stated")


def status_cell(ctx: Ctx, p: Program) -> str:
    n = status_cite(ctx, p)
    cell = phrase("intake", p.intake.status, ctx.lang) + (f" [{n}]" if n else "")
    dl = deadline_cite(ctx, p)
    deadline = p.intake.next_deadline or p.intake.last_deadline
    passed = f" ({bt(ctx.lang, 'passed')})" if dl and deadline and deadline < ctx.today else ""
    return cell + (f"; {dl}{passed}" if dl else "")


# ---- combining programs --------------------------------------------------------------------------------------------
def combining(ctx: Ctx, matches: list[Match], budget: float | None) -> list[Block]:
    lang = ctx.lang
    rows, said, shares, caps, elsewhere = [], [], [], [], []
    for m in matches:
        p = m.program
        if p.kind == Kind.equity:
            continue
        share = sourced(ctx, p, award_figure(p, "rate_pct"), "pct")
        mx = sourced(ctx, p, award_figure(p, "max"), "money")
        cap = sourced(ctx, p, p.funding.stacking_cap_pct, "pct")
        award = headline_award(p)
        away = award is not None and paid_elsewhere(award)
        if share or mx or cap:
            ns, who = bt(lang, "not_stated"), bt(lang, "paid_to_intern" if p.kind == Kind.internship_subsidy
                                                   else "paid_elsewhere")
            rows.append([f"**{ctx.name(p)}**" + (f"\n*{who}*" if away else ""), share[1] if share else ns,
                         mx[1] if mx else ns, cap[1] if cap else ns])
        if share and away:  # a partner's money is never the company's
            elsewhere.append((0, bt(lang, "example_elsewhere", name=ctx.name(p))))
        elif share and p.kind.value in FUNDING_KINDS:  # a cost share of a project budget (not an accelerator's fee)
            shares.append((p, share, mx))
        if cap:
            caps.append((cap[0], cap[1], ctx.name(p)))
        for i in rank_facts(p, "cumul stacking", "stacking", lang)[:2]:
            if STACK_WORDS.search(fold(p.facts[i].get(lang))):
                said.append((0, f"**{ctx.name(p)}** — {ctx.composer.passages.fact_line(ctx.book, p, lang, i)}"))
    blocks: list[Block] = [Para(bt(lang, "comb_lead"))]
    if rows:
        blocks.append(Table([bt(lang, "col_program"), bt(lang, "col_share"), bt(lang, "col_max"), bt(lang, "col_cap")],
                            rows, [0.4, 0.2, 0.22, 0.18]))
    else:
        blocks.append(Para(bt(lang, "comb_none")))
    if said:
        blocks += [Para(bt(lang, "stack_said")), Bullets(said)]
    lowest = min(caps, key=lambda c: c[0]) if caps else None
    blocks.append(Para(bt(lang, "lowest_cap", pct=lowest[1], name=lowest[2]) if lowest else bt(lang, "no_cap")))
    blocks += worked_example(ctx, shares[:MAX_EXAMPLE], lowest, budget)
    if elsewhere and budget is not None:
        blocks.append(Bullets(elsewhere))
    order = sorted(matches, key=lambda m: (m.program.kind == Kind.equity, SPEED.get(m.program.intake.status.value, 2)))
    blocks += [Para(bt(lang, "order_lead")),
               Bullets([(0, f"**{ctx.name(m.program)}** — {phrase('kind', m.program.kind, lang)}, "
                            f"{phrase('intake', m.program.intake.status, lang)}") for m in order])]
    return blocks


def worked_example(ctx: Ctx, shares: list[tuple[Program, tuple[float, str], tuple[float, str] | None]],
                   lowest: tuple[float, str, str] | None, budget: float | None) -> list[Block]:
    """budget × cost share, capped at the maximum amount; the total capped at the lowest stacking cap."""
    lang = ctx.lang
    if budget is None:
        return [Para(bt(lang, "no_budget"))]
    if not shares:
        return [Para(bt(lang, "example_none"))]
    b_text = money(budget, lang)
    items: list[tuple[int, str]] = []
    kept: list[float] = []
    for p, (share, share_text), mx in shares:
        aid, aid_text = ctx.derive("share", [budget, share])
        line = bt(lang, "example_line", name=ctx.name(p), budget=b_text, pct=share_text, aid=aid_text)
        if mx:
            line += bt(lang, "example_capped" if aid > mx[0] else "example_under", max=mx[1])
            aid, _ = ctx.derive("min", [aid, mx[0]])
        items.append((0, line))
        kept.append(aid)
    total = kept[0]
    if len(kept) > 1 and not lowest and sum(kept) > budget:  # never a total above the budget itself
        items.append((0, bt(lang, "example_over", budget=b_text)))
        return [Para(bt(lang, "example_lead", budget=b_text)), Bullets(items)]
    if len(kept) > 1:
        total, sum_text = ctx.derive("sum", kept)
        items.append((0, bt(lang, "example_sum", sum=sum_text)))
    if lowest:
        cap_total, cap_text = ctx.derive("share", [budget, lowest[0]])
        items.append((0, bt(lang, "example_total_cap", budget=b_text, pct=lowest[1], total=cap_text)))
        total, _ = ctx.derive("min", [total, cap_total])
    elif len(kept) > 1:
        items.append((0, bt(lang, "example_no_cap")))
    if lowest or len(kept) == 1:
        _, rest_text = ctx.derive("sub", [budget, total])
        items.append((0, bt(lang, "example_rest", rest=rest_text)))
    return [Para(bt(lang, "example_lead", budget=b_text)), Bullets(items)]


# ---- ecosystem context ---------------------------------------------------------------------------------------------
def ecosystem(ctx: Ctx, queries: list[str]) -> list[Block]:
    """Cited figures (amounts, rates) from the report and policy digests, for queries built from the profile: never a
    note to writers, and one figure per subject (a program or fund named in the quote); a conflict is marked once."""
    lang, book = ctx.lang, ctx.book
    groups: dict[str, list[tuple[int, str]]] = {}
    subjects: dict[str, str] = {}  # folded alias → the alias as first written
    for a in (a for p in ctx.composer.programs.values() for a in p.aliases if len(a) >= 5):
        subjects.setdefault(fold(a), a)
    first: dict[str, tuple[str, int]] = {}  # subject → (group, index) of the bullet that gives its figure
    seen: set[str] = set()
    for text in eco_bullets(ctx, queries):
        marks = MARK.findall(text)
        cite = book.items[int(marks[-1]) - 1] if marks else None
        if cite is None or cite.program_id or cite.quote in seen or sum(map(len, groups.values())) >= MAX_ECO:
            continue
        quote = fold(cite.quote)
        if NOTE_WORDS.search(quote) or not any(f.kind in ("money", "pct") for f in figures.extract(cite.quote)):
            continue
        seen.add(cite.quote)
        named = [a for k, a in subjects.items() if k in quote]
        taken = next((a for a in named if a in first), None)
        if taken is not None:  # a second figure for a subject: dropped, and the first one marked (once)
            g, i = first[taken]
            lvl, old = groups[g][i]
            if bt(lang, "eco_conflict", subject="").split("{")[0][:12] not in old:
                groups[g][i] = (lvl, f"{old} {bt(lang, 'eco_conflict', subject=taken)}")
            continue
        note = t(lang, "other_lang") if detect(cite.quote, default=lang) != lang else ""
        key = t(lang, "report_lead", title=cite.title) + note
        groups.setdefault(key, []).append((0, text))
        first.update({a: (key, len(groups[key]) - 1) for a in named})
    if not groups:
        return [Para(bt(lang, "eco_none"))]
    blocks: list[Block] = [Para(bt(lang, "eco_lead"))]
    for lead, items in groups.items():
        blocks += [Para(lead), Bullets(items)]
    return blocks


def eco_bullets(ctx: Ctx, queries: list[str]) -> list[str]:
    """The report answers' bullets for each query (a bullet's continuation lines joined to it)."""
    out: list[str] = []
    for q in queries:
        bullets: list[str] = []
        for line in ctx.composer.reports.answer(q, "amount", ctx.lang, ctx.book).split("\n"):
            if line.startswith("- "):
                bullets.append(line[2:])
            elif line.startswith("  ") and bullets:
                bullets[-1] += "\n" + line.strip()
        out += bullets
    return out


# ---- to verify -----------------------------------------------------------------------------------------------------
def uncertain_fields(p: Program) -> list[str]:
    out = list(p.uncertain)
    for group in ("rules", "funding"):
        g = getattr(p, group)
        out += [f"{group}.{f}" for f in type(g).model_fields
                if isinstance(getattr(g, f), Sourced) and getattr(g, f).uncertain]
    return list(dict.fromkeys(out))


def verify(ctx: Ctx, matches: list[Match]) -> list[Block]:
    lang, pas = ctx.lang, ctx.composer.passages
    items: list[tuple[int, str]] = []
    for m in matches:
        p = m.program
        sub: list[tuple[int, str]] = []
        fields = uncertain_fields(p)
        if fields:
            sub.append((1, bt(lang, "uncertain_fields", fields=", ".join(names(FIELD_NAMES, lang, f) for f in fields))))
        sub += [(1, pas.fact_line(ctx.book, p, lang, i)) for i, f in enumerate(p.facts) if f.uncertain]
        if (ctx.today - p.as_of).days > 365:
            sub.append((1, f"{bt(lang, 'stale')} — {pas.status_line(ctx.book, p, lang)}"))
        if p.intake.status == Intake.unknown:
            sub.append((1, bt(lang, "status_unknown")))
        if (p.intake.next_deadline or p.intake.last_deadline or ctx.today) < ctx.today:
            dl = deadline_cite(ctx, p)
            sub.append((1, bt(lang, "deadline_past") + (f" ({dl})" if dl else "")))
        if sub:
            items += [(0, f"**{ctx.name(p)}**"), *sub]
    blocks: list[Block] = [Bullets(items) if items else Para(bt(lang, "verify_none"))]
    return [*blocks, Para(bt(lang, "verify_footer"))]
