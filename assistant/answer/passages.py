"""A program's own passages in the index, by language and part, and the cited lines built from them."""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer.amounts import company_amount, headline_award
from assistant.answer.evidence import CitationBook, best_sentences, heading, overlap, sentences
from assistant.answer.match import Match
from assistant.answer.texts import t
from assistant.retrieval.snapshot import ChunkRow, Snapshot
from assistant.understand.intent import SINCE_WHEN, Focus, asks_who_applies
from common import figures
from common.lang import fold
from common.records import Program
from common.tokens import tokenize

FOCUS_WORDS = {"apply": r"(appl|postul|demande|contact)", "stacking": r"(cumul|stack|combin|jumel)",
               # "aged 18 to 35", « âgés de… »; who must own the company (« appartenir à au moins 25 % à… »)
               "eligibility": r"(admissib|eligib|employ|requi|\bage[sd]?\b|\bowned\b|appartenir|detenue?s?\b)",
               "status": r"(ferm|clos|suspend|paus|remplac|replac|termin|open|ouvert)",
               "duration": r"(delai|deadline|duree|\b(?:jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?|ans|"
                           r"annees?|years?)\b)",
               # a deadline is a date or a delay after an event ("Filing deadline: 18 months after the tax year")
               "date": r"(date limite|deadline|echeance|delai|au plus tard|no later than)"}
_COUNT_ASKED = re.compile(r"\b(?:how many|number of|combien d(?:e |')|nombre d(?:e |'))")  # a count: a fact with one
_APPLICANT = re.compile(r"\b(applicants?|demandeu(?:r|se)s?|the applicant|who applies)\b")  # who files the application
FOCUS_FIGURE = {"amount": "money", "rate": "pct", "date": "date"}
# "Since when does it apply?", « en vigueur depuis quand? »: the date a rule took effect, not a deadline
SINCE_ASKED = re.compile(rf"\b({SINCE_WHEN}|in force|en vigueur|takes? effect|took effect|entre\w* en vigueur|"
                         r"a partir de quel\w*|starting (?:with|from|in) which|(?:which|what) tax years?|quelles annees)\b")
SINCE_WORDS = r"(en vigueur|in force|effective|depuis|since|a compter|commencant|beginning|starting|a partir)"


class ProgramPassages:
    """Chunks of every program record, found by (program, language, part: overview|eligibility|facts|intake)."""

    def __init__(self, snap: Snapshot) -> None:
        self.programs = snap.programs
        self.rows: dict[tuple[str, str, str], list[ChunkRow]] = {}
        for r in snap.chunks.values():
            if r.meta.program_id:
                self.rows.setdefault((r.meta.program_id, r.meta.language, r.meta.part), []).append(r)

    def part(self, pid: str, lang: str, part: str) -> list[ChunkRow]:
        other = "en" if lang == "fr" else "fr"
        return self.rows.get((pid, lang, part)) or self.rows.get((pid, other, part)) or []

    def cite_text(self, book: CitationBook, pid: str, lang: str, part: str, text: str) -> int | None:
        for row in self.part(pid, lang, part):
            if text in row.text:
                return book.cite(row, text)
        return None

    def cite_status(self, book: CitationBook, pid: str, lang: str) -> tuple[str, int] | None:
        """The record's status line ('Status: … (seen …); facts checked ….') and its citation number."""
        for row in self.part(pid, lang, "overview"):
            line = row.meta.status_line
            if line and line in row.text:
                return line, book.cite(row, line)
        return None

    def status_line(self, book: CitationBook, p: Program, lang: str) -> str:
        """'Status: … [n]', then a passed deadline's note and the replacement, if any."""
        cited = self.cite_status(book, p.id, lang)
        if cited is None:
            return f"{t(lang, 'status')}: {p.intake.status.value}"
        return f"{cited[0]} [{cited[1]}]{status_notes(p, self.programs, lang)}"

    def fact_line(self, book: CitationBook, p: Program, lang: str, index: int) -> str:
        f = p.facts[index]
        n = self.cite_text(book, p.id, lang, "facts", f.get(lang))
        return f.get(lang) + (f" [{n}]" if n else "") + (f" ({t(lang, 'to_verify')})" if f.uncertain else "")

    def amount_line(self, book: CitationBook, p: Program, lang: str, index: int, employees: int | None,
                    request: float | None = None) -> str:
        """The amount fact, or, when that sentence also gives a fund size or an envelope, the per-company award in
        our words citing it (the envelope is context, never what one company gets)."""
        f = p.facts[index]
        budget = {figures._fmt(b.value) for b in p.funding.program_budget}
        if not any(fig.kind == "money" and fig.value in budget for fig in figures.extract(f.en)):
            return self.fact_line(book, p, lang, index)
        n = self.cite_text(book, p.id, lang, "facts", f.get(lang))
        return company_amount(p, lang, employees, request) + (f" [{n}]" if n else "") + (
            f" ({t(lang, 'to_verify')})" if f.uncertain else "")

    def fact_stating(self, book: CitationBook, p: Program, lang: str, value: float) -> int | None:
        """Cite the fact that states `value` (a rule threshold or an amount)."""
        i = threshold_fact(p, value)
        return None if i is None else self.cite_text(book, p.id, lang, "facts", p.facts[i].get(lang))

    def reasons(self, book: CitationBook, m: Match, lang: str) -> list[str]:
        """The match's reasons that decide the fit (not the notes), each rule's figure cited."""
        out = []
        for r in m.reasons:
            if r.verdict != "info":
                n = self.fact_stating(book, m.program, lang, r.value) if r.value is not None else None
                out.append(r.text + (f" [{n}]" if n else ""))
        return out

    def next_step(self, book: CitationBook, p: Program, lang: str) -> str | None:
        """'Next step: … [n]' (how to apply, cited), or None when the record's passage cannot be cited."""
        step = p.how_to_apply.get(lang)
        n = self.cite_text(book, p.id, lang, "apply", step)
        return f"{t(lang, 'next_step')}{t(lang, 'sep')}{step} [{n}]" if n else None

    def who_qualifies(self, book: CitationBook, p: Program, lang: str, question: str) -> list[str]:
        """The record's eligibility sentence closest to `question`, cited; the one naming the applicant when the
        question asks who applies ("The applicant is a faculty member…", « Le demandeur est un professeur… »)."""
        out = []
        for row in self.part(p.id, lang, "eligibility")[:1]:
            said = [s for s in sentences(row.text) if s.strip() != heading(row)]
            named = [s for s in said if _APPLICANT.search(fold(s))] if asks_who_applies(question) else []
            out += [f"{s} [{book.cite(row, s)}]" for s in (named[:1] or best_sentences(row, question, k=1))]
        return out


def status_notes(p: Program, programs: dict[str, Program], lang: str, today: dt.date | None = None) -> str:
    """' — this deadline has passed …' and ' → replaced by **X**': both when both apply."""
    extra = ""
    deadline = p.intake.next_deadline or p.intake.last_deadline
    today = today or dt.date.today()
    if deadline and deadline < today:
        extra += " — " + t(lang, "between_calls" if p.between_calls(today) else "deadline_passed")
    elif p.intake.dormant(today):
        extra += " — " + t(lang, "no_call_since")
    if p.intake.replaced_by and p.intake.replaced_by in programs:
        extra += " → " + t(lang, "replaced_by", name=programs[p.intake.replaced_by].name.get(lang))
    return extra


def facts_stating(p: Program, value: float, kind: str = "money") -> list[int]:
    """Indexes of the facts whose English text states `value` as a figure of `kind` (money, pct)."""
    want = figures._fmt(float(value))
    return [i for i, f in enumerate(p.facts) if any(fig.kind == kind and fig.value == want for fig in figures.extract(f.en))]


def threshold_fact(p: Program, value: float) -> int | None:
    """The first fact that states a rule's threshold (a headcount, a minimum request), however it is written."""
    v = figures._fmt(value)
    return next((i for i, f in enumerate(p.facts) if {("any", v), ("number", v)} & figures.keys(f.en)), None)


def amount_fact(p: Program, employees: int | None = None, request: float | None = None) -> int | None:
    """The fact that states what one company can get (the headline per-company award); None when no per-company
    figure is published — an envelope or a fund size is never taken for an amount."""
    award = headline_award(p, employees, request)
    if award is None:
        return None
    for value, kind in ((award.max, "money"), (award.typical_max, "money"), (award.min, "money"),
                        (award.typical_min, "money"), (award.rate_pct, "pct")):
        if value is None:
            continue
        stating = facts_stating(p, value, kind)
        if stating:  # the fact that reads most like the award ("SMEs: …"), not another one with the same figure
            label = set(tokenize(award.label.en)) if award.label else set()
            return max(stating, key=lambda i: (len(label & set(tokenize(p.facts[i].en))), -i))
    return None


def award_facts(p: Program) -> list[int]:
    """The facts stating each per-company award of the record, the largest ceiling first (a claimed figure is
    answered with the range the sources give: small projects and the ceiling for select firms)."""
    out: list[tuple[float, int]] = []
    for a in p.funding.per_company:
        for value in (a.max, a.typical_max):
            if value is None:
                continue
            out += [(-float(value), i) for i in facts_stating(p, value)][:1]
            break
    return list(dict.fromkeys(i for _, i in sorted(out)))


def envelope_fact(p: Program) -> int | None:
    """The fact that states the record's first envelope or fund size (context: never what one company gets)."""
    return next((i for b in p.funding.program_budget for i in facts_stating(p, b.value)), None)


def past_award_fact(p: Program, lang: str) -> int | None:
    """For a program that ended and no longer publishes an award: the fact that stated what one company got, if one
    does ("an award of $60,000 per year"); never a fact stating an envelope or a fund size of the record."""
    if not p.ended(dt.date.today()) or p.funding.per_company:
        return None
    envelopes = {figures._fmt(float(b.value)) for b in p.funding.program_budget}
    for i in rank_facts(p, "montant amount", "amount", lang):
        found = [f for f in figures.extract(p.facts[i].en) if f.kind == "money"]
        if found and not any(f.value in envelopes for f in found):
            return i
    return None


# The size of the program itself asked ("how big is its fund", « relancé avec combien », "target size"): its envelope
# or fund size is the answer, as context, not what one company gets
# the program's size asked ("how big is the fund"), not one award's ("how big are the loans", « la taille des prêts »)
SIZE_ASKED = re.compile(r"\b(?:how big(?! (?:are|is) (?:the |their |its |a )?(?:loans?|grants?|awards?|cheques?|checks?|"
                        r"investments?|tickets?|contributions?|subsid\w+))|(?:target|fund) size|size of (?:the|its|their)(?! "
                        r"(?:loans?|grants?|awards?|cheques?|investments?))|taille(?! (?:des|du|d'un|d'une) "
                        r"(?:prets?|subventions?|bourses?|cheques?|investissements?))|its fund|son fonds|"
                        r"envelopes?|enveloppes?|relaunch\w*|relance\w*|renew\w*|renouvel\w*|in total|au total)\b")


def latest_budget(p: Program) -> float:
    """The value of the record's latest envelope or fund size (by its year; the first listed when none is dated)."""
    return max(p.funding.program_budget, key=lambda b: b.year or "").value


def rank_facts(p: Program, question: str, focus: Focus, lang: str) -> list[int]:
    """Indexes of the facts that answer `question`, best first (only those that plausibly do)."""
    want = FOCUS_FIGURE.get(focus) or ("number" if _COUNT_ASKED.search(fold(question)) else None)
    words = SINCE_WORDS if focus == "date" and SINCE_ASKED.search(fold(question)) else FOCUS_WORDS.get(focus)
    sized = focus == "amount" and bool(SIZE_ASKED.search(fold(question)))
    budget = {figures._fmt(b.value) for b in p.funding.program_budget}
    envelopes = budget if focus == "amount" and not sized else set()
    asked_words = bool(words and re.search(words, fold(question)))
    scored = []
    for i, f in enumerate(p.facts):
        text = f.get(lang)
        s = overlap(question, text) + overlap(question, f.en if lang == "fr" else f.fr) * 0.5
        # a figure of the kind asked; for an amount, not only a fund's size or an envelope (context, not an award)
        if want and any(fig.kind == want and fig.value not in envelopes for fig in figures.extract(text)):
            s += 1.0
        stated = {fig.value for fig in figures.extract(f.en)} if sized else set()
        if stated & budget:  # the size asked: the fact that states it, the latest one most (its fund now)
            s += 1.0 if figures._fmt(latest_budget(p)) in stated else 0.5
        hits = {m.group(0) for m in re.finditer(words, fold(text))} if words else set()
        if hits:  # more of the focus's words, a closer answer ("Délai de production : 18 mois"), and more again
            # when the question uses them too (« la date limite pour réclamer »: a deadline, not any date)
            s += 1.0 + 0.25 * (min(len(hits), 3) - 1) + (0.5 if asked_words else 0.0)
        if s > 0.2:
            scored.append((s, -i, i))
    scored.sort(reverse=True)
    best = scored[0][0] if scored else 0.0
    return [i for s, _, i in scored if s >= min(1.0, best * 0.6)]
