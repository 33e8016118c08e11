"""Page one of the briefing (the top programs with the company's amount, status and next step) and the amount text
that the summary, the shortlist table and each program's section all share."""

from __future__ import annotations

import re

from assistant.answer.amounts import describe_award, headline_award, paid_elsewhere
from assistant.answer.match import Match
from assistant.answer.passages import amount_fact
from assistant.briefing.doc import Block, Para, Table
from assistant.briefing.sections import Ctx, status_cell
from assistant.briefing.texts import bt
from common import figures
from common.records import Award, Program
from common.vocab import Kind

MAX_SUMMARY = 5
MAX_STEP = 170
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _supported(text: str, quote: str) -> bool:
    return not figures.unsupported(text, [quote])


def _award_words(a: Award, lang: str, currency: str, quote: str) -> str | None:
    """The award in words as the cited fact supports it: the whole award, else its maximum or its rate alone."""
    for variant in (a.model_copy(update={"label": None}),
                    a.model_copy(update={"label": None, "min": None, "typical_min": None, "typical_max": None}),
                    a.model_copy(update={"label": None, "min": None, "typical_min": None, "typical_max": None,
                                         "max": None}) if a.rate_pct is not None else None):
        if variant is not None:
            text = describe_award(variant, lang, currency)
            if _supported(text, quote):
                return text
    return None


def amount_text(ctx: Ctx, p: Program, employees: int | None) -> str:
    """What the company can get, in words, cited to the fact that states it; money the record says is paid to a
    partner (university, researchers, intern) says so. The same text in the summary, the table and the section."""
    lang = ctx.lang
    a, i = headline_award(p, employees), amount_fact(p, employees)
    if a is None or i is None:
        return bt(lang, "amount_none")
    quote = p.facts[i].get(lang)
    words = _award_words(a, lang, p.funding.currency, quote)
    n = ctx.composer.passages.cite_text(ctx.book, p.id, lang, "facts", quote)
    if words is None or n is None:
        return bt(lang, "amount_none")
    if paid_elsewhere(a):
        words += " — " + bt(lang, "paid_to_intern" if p.kind == Kind.internship_subsidy else "paid_elsewhere")
    return f"{words} [{n}]"


def next_step(ctx: Ctx, p: Program) -> str:
    """The first sentence of how to apply, cited (shortened at a word when it is long)."""
    step = " ".join(p.how_to_apply.get(ctx.lang).split())
    first = _SENTENCE.split(step, 1)[0]
    if len(first) > MAX_STEP:
        first = first[:MAX_STEP].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    raw = p.how_to_apply.get(ctx.lang)
    n = ctx.composer.passages.cite_text(ctx.book, p.id, ctx.lang, "apply", raw)
    return first + (f" [{n}]" if n else "")


def summary_blocks(ctx: Ctx, company: str, chosen: list[Match], employees: int | None) -> list[Block]:
    lang = ctx.lang
    rows = [[f"**{ctx.name(m.program)}**", amount_text(ctx, m.program, employees), status_cell(ctx, m.program),
             next_step(ctx, m.program)] for m in chosen[:MAX_SUMMARY]]
    header = [bt(lang, "col_program"), bt(lang, "col_company_amount"), bt(lang, "col_status"), bt(lang, "col_next")]
    return [Para(bt(lang, "summary_lead", company=company)), Table(header, rows, [0.24, 0.25, 0.19, 0.32])]
