"""Answers about named programs: the facts asked for (each focus of the question), what this company can get and
whether it qualifies, then the status — each line cited."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.answer.evidence import CitationBook, best_sentences, sentences
from assistant.answer.figure_asks import described_ask, question_parts
from assistant.answer.match import Match, check
from assistant.answer.measures import Measure, asked_measures, asks_fee, states, support_focuses
from assistant.answer.passages import ProgramPassages, amount_fact, award_facts, rank_facts, threshold_fact
from assistant.answer.reports import LEAD_DEPTH, ReportAnswerer
from assistant.answer.shortlist import ALLOWED
from assistant.answer.texts import t
from assistant.models import Profile
from assistant.retrieval.retrieve import Hit
from assistant.understand.intent import Focus, Question, asks_document, focuses_of
from assistant.understand.names import mentioned_programs, with_short_names
from assistant.understand.text import company_voice
from common import figures
from common.labels import label, phrase
from common.lang import fold
from common.records import Program
from common.vocab import Instrument

SHOWN_FACTS = 3  # facts per program for one focus; one more per further focus the question asks
# Who runs the program asked ("who runs it?", « qui gère ce programme? », « c'est offert par qui? »): its operator
# A loan's terms asked of a program that lends nothing: its type of support answers them
_LOAN_TERMS = {"interest", "collateral"}
_LENDS = ALLOWED[Instrument.loan] | {Instrument.fund_of_funds}  # what a loan ask is answered by, and funds of funds
_WHO_RUNS = re.compile(r"\b(?:who (?:runs|operates|manages|offers|administers|delivers|is behind|is running)|"
                       r"(?:run|operated|managed|offered|administered|delivered) by (?:whom|who)|qui (?:gere|offre|"
                       r"administre|opere|s'occupe|est derriere|chapeaute|pilote)|(?:gere|offert|administre|opere)e? par qui|"
                       r"quel organisme (?:gere|offre|administre|s'occupe))\b")
SIZE_FACTS = ("employees", "revenue", "founder_age")
COMPANY_FACTS = ("stage", "region", "incorporated", "audience", "sectors")


def ranked_facts(p: Program, question: str, focuses: list[Focus], lang: str, others: Sequence[str] = (),
                 parts: Sequence[str] | None = None) -> list[int]:
    """Fact indexes, best first: the best fact of each focus the question asks ("when, and what would it cost?"),
    then the best fact of each of `others` (the asks no focus is ranked on: other_asks), then the rest for the first
    focus, then the closest context when few facts answer it. `parts`: the question's parts, when already split."""
    question = described_ask(question)  # the facts asked, not those the description of the program repeats
    parts = question_parts(question) if parts is None else parts  # each focus ranked on the part that asks it
    own = {f: next((x for x in parts if f in focuses_of(x)), question) if len(parts) > 1 else question
           for f in focuses}
    per_focus = [rank_facts(p, own[f], f, lang) for f in focuses]
    # an ask whose focus an earlier one already took, or none ("and which form do we use?", « pis quelle mise de
    # fonds? »): its own best fact, by its words
    rest = [r[0] for x in others if (r := rank_facts(p, x, "general", lang))]
    out = [r[0] for r in per_focus if r] + rest + [i for r in per_focus[:1] for i in r]
    if focuses[0] != "general" and len(set(out)) < SHOWN_FACTS:
        out += rank_facts(p, question, "general", lang)
    return list(dict.fromkeys(out))


def facts_stating(p: Program, asked: Sequence[Measure], lang: str) -> list[int]:
    """The indexes of the facts stating a measure asked ("participation is free")."""
    return [i for i, f in enumerate(p.facts) if any(states(x, f.get(lang)) for x in asked)]


def overview_stating(pas: ProgramPassages, book: CitationBook, p: Program, asked: Sequence[Measure], lang: str) -> list[str]:
    """The overview's sentence stating a measure asked ("a free MSSS service…"), cited: for a record no fact of which
    states it (facts_stating)."""
    said = next((s for s in sentences(p.summary.get(lang)) if any(states(x, s) for x in asked)), None)
    n = pas.cite_text(book, p.id, lang, "overview", said) if said else None
    return [f"{said} [{n}]"] if n else []


def other_asks(parts: list[str], focuses: list[Focus]) -> list[str]:
    """The asks of a question in parts that no focus of `focuses` is ranked on: none of their own, or only focuses an
    earlier part asks ("the maximum loan, and how much do the founders put in?")."""
    if len(parts) < 2:
        return []
    taken: set[Focus] = set()
    out = []
    for x in parts:
        own = [f for f in focuses_of(x) if f in focuses]
        if not own or set(own) <= taken:
            out.append(x)
        taken.update(own)
    return out


def about_company(profile: Profile, focus: Focus, texts: list[str]) -> bool:
    """The asker asks who qualifies, states the company's size, revenue or age, or speaks for a company she
    describes ("a seed startup like ours", « notre PME de Sherbrooke »): say how this one fares."""
    known = profile.known()
    if focus == "eligibility" or any(k in known for k in SIZE_FACTS):
        return True
    return any(k in known for k in COMPANY_FACTS) and any(company_voice(x) for x in texts)


def about_programs(found: str, lead: list[Hit], programs: list[Program]) -> bool:
    """The leading document's lines name one of `programs`, or its title does (an announcement of that program)."""
    text = " ".join([found, *(h.row.meta.title for h in lead[:1])])
    return bool(mentioned_programs(text, {p.id: with_short_names(p.all_names()) for p in programs}))


def rule_facts(m: Match, p: Program) -> list[int]:
    """Facts that state the thresholds the company's fit turns on (a minimum request, a headcount ceiling)."""
    found = (threshold_fact(p, r.value) for r in m.reasons if r.value is not None and r.verdict != "info")
    return [i for i in found if i is not None]


class FactAnswerer:
    """A named program's facts, answering what the question asks first."""

    def __init__(self, programs: dict[str, Program], passages: ProgramPassages, reports: ReportAnswerer) -> None:
        self.programs, self.passages, self.reports = programs, passages, reports

    def answer(self, q: Question, lang: str, profile: Profile, book: CitationBook,
               texts: list[str]) -> tuple[str, list[Match]]:
        """Cited lines for the (at most two) programs the question (`texts[-1]`, after the earlier messages) names,
        and their matches for this profile."""
        question = texts[-1]
        lines: list[str] = []
        matches = []
        pas = self.passages
        if q.listed:  # "which of them is open?": one line per program of the list just shown
            return self.list_lines(q, lang, profile, book), [check(self.programs[p], profile, lang)
                                                             for p in q.programs if p in self.programs]
        records = [r for (pid, _, _), rows in pas.rows.items() if pid in q.programs[:2] for r in rows]
        # "is it still open?": the record's status answers; an announcement that names the program does not
        lead = [] if q.focus == "status" else self.reports.leading(question, q.programs[:2], records,
                                                                     study=asks_document(question))
        found = self.reports.answer(question, q.focus, lang, book, lead) if lead else ""
        if found and not about_programs(found, lead, [self.programs[p] for p in q.programs[:2] if p in self.programs]):
            found = ""  # a digest that mentions the program somewhere, answering with other programs' figures
        if found:
            lines += [found, ""]  # the study's or announcement's figure first, the records' facts as context
            book.retrieved = [h.row.id for h in lead[:LEAD_DEPTH]] + [r.id for r in records]
        else:
            book.retrieved = []  # no search: the passages it cites are what the answer used
        focuses = support_focuses(question) or ["general" if asks_fee(question) else q.focus]  # a fee asked: no amount
        for pid in q.programs[:2]:
            p = self.programs.get(pid)
            if p is not None:
                m = check(p, profile, lang)
                matches.append(m)
                lines += self.program_lines(m, q, focuses, lang, profile, book, texts) + [""]
        return "\n".join(lines).strip(), matches

    def program_lines(self, m: Match, q: Question, focuses: list[Focus], lang: str, profile: Profile,
                      book: CitationBook, texts: list[str]) -> list[str]:
        p, pas, lines, question = m.program, self.passages, [], texts[-1]
        parts = question_parts(question)
        others = other_asks(parts, focuses)
        stating = facts_stating(p, asked := asked_measures(question), lang)  # the first of them before the closest facts
        ranked = list(dict.fromkeys(stating[:1] + ranked_facts(p, question, focuses, lang, others, parts)))
        known = set().union(*(figures.keys(f.en) for f in p.facts)) if p.facts else set()
        own = {("money", figures._fmt(profile.revenue))} if profile.revenue else set()  # the company's revenue
        claimed = [f for f in figures.extract(question) if f.kind in ("money", "pct") and f.key not in known and f.key not in own]
        false_figs = [f.text for f in claimed]
        money_claim = any(f.kind == "money" for f in claimed)  # a claimed rate ("100% of salaries") is answered by the rate
        top = amount_fact(p, profile.employees, profile.request)
        if top is not None and (money_claim or "amount" in focuses or focuses == ["general"]):
            # what this company can get first (also when nothing in particular is asked: "IRAP funding for a 5-person
            # startup?"); against a claimed figure ("IRAP gives $50M to everyone?"), every
            # per-company award the sources state, so the reader sees the real range
            ranked = list(dict.fromkeys([top, *(award_facts(p) if money_claim else []), *ranked]))
        company = about_company(profile, "eligibility" if "eligibility" in focuses else q.focus, texts)
        if company:
            ranked = list(dict.fromkeys([*ranked[:1], *rule_facts(m, p), *ranked[1:]]))
        name = p.name.get(lang)
        if q.focus in ("status", "date"):  # "is it still open?": the status answers it, before other facts
            lines.append(f"**{name}** — " + pas.status_line(book, p, lang))
        if _WHO_RUNS.search(fold(question)):  # the overview passage opens with its operator
            said = f"{label('record', 'operator', lang)} {p.operator.get(lang)}."  # as ingest wrote it: the citation finds it
            n = pas.cite_text(book, p.id, lang, "overview", said)
            lines.append(f"**{name}** — {said}" + (f" [{n}]" if n else ""))
        lines += [] if stating else [f"**{name}** — {said}" for said in overview_stating(pas, book, p, asked, lang)]
        step = pas.next_step(book, p, lang) if "apply" in focuses else None
        if step:  # "how do we apply?": the record's how-to-apply answers it, before other facts
            lines.append(f"**{name}** — {step}")
        lines += premise_lines(question, false_figs, p, lang)
        if top is None and "amount" in focuses:
            lines.append(t(lang, "no_amount"))
        if ranked:
            shown = SHOWN_FACTS + len(focuses) - 1 + len(others)
            lines.append(t(lang, "fact_lead", name=name) + t(lang, "sep")
                         + " ".join(pas.fact_line(book, p, lang, i) for i in ranked[:shown]))
        elif q.focus != "status" and not step:  # the status or the how-to-apply line above answers it
            lines.append(t(lang, "fact_missing", name=name))
            part = "eligibility" if q.focus == "eligibility" else "overview"
            for row in pas.part(p.id, lang, part)[:1]:
                lines += [f"{s} [{book.cite(row, s)}]" for s in best_sentences(row, question, k=2)
                          if not (row.meta.status_line and s.strip() in row.meta.status_line)]  # said below
        if "eligibility" in focuses and ranked:  # "how much, and is there an age limit?": who qualifies too
            lines += pas.who_qualifies(book, p, lang, question)
        if company:
            lines += self.fit_line(m, lang, book)
        if q.focus not in ("status", "date"):
            lines.append(pas.status_line(book, p, lang))
        if q.focus == "status" and not step and not p.ended(dt.date.today()) and (nxt := pas.next_step(book, p, lang)):
            lines.append(nxt)
        new = pas.programs.get(p.intake.replaced_by or "")
        if new is not None:  # what replaced it is what the asker can use now: its status and first step
            lines.append(f"**{new.name.get(lang)}** — " + pas.status_line(book, new, lang))
            step = pas.next_step(book, new, lang) if not new.ended(dt.date.today()) else None
            if step:
                lines.append(step)
        return lines

    def list_lines(self, q: Question, lang: str, profile: Profile, book: CitationBook) -> str:
        """Each program's status (or, when an amount is asked, what one company can get), open ones first."""
        book.retrieved = []
        today = dt.date.today()
        progs = sorted((self.programs[p] for p in q.programs if p in self.programs), key=lambda p: not p.accepting(today))
        lines = []
        for p in progs:
            top = amount_fact(p, profile.employees, profile.request) if q.focus == "amount" else None
            what = (self.passages.amount_line(book, p, lang, top, profile.employees, profile.request) if top is not None else
                    t(lang, "no_amount") if q.focus == "amount" else self.passages.status_line(book, p, lang))
            lines.append(f"- **{p.name.get(lang)}** — {what}")
        return "\n".join(lines)

    def fit_line(self, m: Match, lang: str, book: CitationBook) -> list[str]:
        """'For your company: *to check* — at most 50 employees ✓; …', each rule's figure cited."""
        why = self.passages.reasons(book, m, lang)
        today = dt.date.today()  # no one applies to an ended program now, whatever the rules say: its reason first
        fit, why = m.fit_now(today), [t(lang, "r_not_open"), *why] if m.program.ended(today) else why
        return [f"{t(lang, 'for_you')}{t(lang, 'sep')}*{phrase('fit', fit, lang)}* — " + "; ".join(why)] if why else []


def premise_lines(question: str, false_figs: list[str], p: Program, lang: str) -> list[str]:
    """What the question presumes that the record does not say: figures no source of `p` states ("$500K"), and a
    loan's terms asked of a program that lends nothing ("IRAP's interest rate?": its type of support answers it)."""
    name, out = p.name.get(lang), []
    if false_figs:
        out.append(t(lang, "premise", figs=" / ".join(t(lang, "quote", text=x) for x in false_figs), name=name))
    if {a.name for a in asked_measures(question)} & _LOAN_TERMS and p.instrument not in _LENDS:
        out.append(t(lang, "not_loan", name=name, kind=label("instrument", p.instrument, lang).lower()))
    return out
