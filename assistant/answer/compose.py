"""The built-in answer composer: ranked programs, direct facts, report figures or comparisons — cited, or an abstention."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assistant.answer.amounts import company_amount
from assistant.answer.direct import instead_of
from assistant.answer.evidence import CitationBook, enforce_grounding, renumber
from assistant.answer.facts import FactAnswerer
from assistant.answer.gaps import GapFinder
from assistant.answer.match import Match, check
from assistant.answer.measures import amount_alone, said_unstated, states_money
from assistant.answer.passages import (
    ProgramPassages,
    amount_fact,
    award_facts,
    envelope_fact,
    past_award_fact,
    rank_facts,
)
from assistant.answer.rank import Ranking, rank_programs
from assistant.answer.recipient import asks_per_one
from assistant.answer.reports import ReportAnswerer
from assistant.answer.shortlist import instrument_ok, of_group_asked, other_kind
from assistant.answer.texts import describe, label, t
from assistant.models import Answer, Lang, Profile, ProgramFit
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.understand.intent import Focus, Question, focuses_of
from common.labels import label as region_label
from common.labels import phrase, reader_dates


@dataclass
class Turn:
    """What the composer needs to know of the conversation."""

    texts: list[str]  # the asker's messages, oldest first, the current one last


@dataclass
class Draft:
    """An answer before its guard: text with [n] markers, the programs shown, the citations it may use, and what
    else its figures may lean on (the asker's words, names, document titles)."""

    question: Question
    lang: str
    profile: Profile
    text: str
    fits: list[ProgramFit]
    book: CitationBook
    support: list[str]
    abstained: bool = False  # what the question asks is not in the sources; the text gives what they say instead


def lang_code(lang: str) -> Lang:
    return "fr" if lang == "fr" else "en"


def guard(d: Draft) -> Answer:
    """Drop the sentences whose figures no cited quote supports, then number the citations still used 1..n."""
    text, _dropped = enforce_grounding(d.text, d.book, d.support)
    text, cites = renumber(text, d.book)
    text = reader_dates(text, d.lang)  # quotes keep the source's form; the answer reads as prose
    return Answer(answer=text, language=lang_code(d.lang), profile=d.profile, programs=d.fits, citations=cites,
                  intent=d.question.intent, retrieved=d.book.retrieved, abstained=d.abstained)


def program_fit(m: Match, lang: str, employees: int | None = None, request: float | None = None) -> ProgramFit:
    """A match in the answer's structured form: what one company gets, who applies, status, next step."""
    p = m.program
    confirmed = p.intake.last_confirmed
    return ProgramFit(
        id=p.id, name=p.name.get(lang), kind=p.kind.value, instrument=p.instrument.value,
        applicant=p.applicant.value, fit=m.fit_now(dt.date.today()), reasons=[r.text for r in m.reasons],
        amount=company_amount(p, lang, employees, request), intake=p.intake.status.value,
        last_confirmed=confirmed.date.isoformat() if confirmed else None,
        next_deadline=p.intake.next_deadline.isoformat() if p.intake.next_deadline else None,
        last_deadline=p.intake.last_deadline.isoformat() if p.intake.last_deadline else None,
        how_to_apply=p.how_to_apply.get(lang), as_of=p.as_of.isoformat(), url=str(p.url),
        replaced_by=p.intake.replaced_by, uncertain=list(p.uncertain),
    )


def item_head(m: Match, lang: str) -> str:
    """'- **Name** (grant) — *eligible*': a program's list item, before its details."""
    p = m.program
    return f"- **{p.name.get(lang)}** ({phrase('kind', p.kind, lang)}) — *{phrase('fit', m.fit_now(dt.date.today()), lang)}*"


class Composer:
    """Composes answers from one snapshot of the index (rebuilt by the service when the snapshot changes)."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        snap = retriever.snapshot
        self.programs = snap.programs
        self.passages = ProgramPassages(snap)
        self.reports = ReportAnswerer(retriever, self.passages)
        self.facts = FactAnswerer(self.programs, self.passages, self.reports)
        self.gaps = GapFinder(self.reports)

    def compose(self, q: Question, lang: str, profile: Profile, turn: Turn, query: str) -> Answer:
        """Draft and guard in one call (retrieval and ranking done here)."""
        d = self.draft(q, lang, profile, turn, query)
        return d if isinstance(d, Answer) else guard(d)

    @staticmethod
    def abstains(q: Question) -> bool:
        """True when the answer abstains: decided from retrieval evidence when the question was understood."""
        return q.intent == "off_topic"

    def draft(self, q: Question, lang: str, profile: Profile, turn: Turn, query: str,
              hits: list[Hit] | None = None, ranking: Ranking | None = None) -> Draft | Answer:
        """The cited text before the figure check, or an abstention. `hits` and `ranking` come from the service's
        retrieve and rank steps; without them they are computed here."""
        book = CitationBook()
        if q.intent == "off_topic":  # decided from retrieval evidence when the question was understood
            return self._abstain(lang, profile, q)
        fits: list[ProgramFit] = []
        unpublished = False  # "how much is it worth?" about programs whose sources publish no amount for one company
        if q.intent == "fact":
            text, fits, unpublished = self._fact(q, lang, profile, book, turn.texts)
        elif q.intent == "compare":
            text, fits = self._compare(q, lang, profile, book, turn.texts[-1])
        elif q.intent == "report":
            text = self.reports.answer(query, q.focus, lang, book, hits)
        else:
            if ranking is None and hits is None:  # called without the service's retrieve and rank steps
                ranking = rank_programs(self.retriever, self.programs, query, profile, lang)
            text, fits = self._programs(ranking, lang, profile, book)
            gap = self.gaps.line(query, lang, book) if text else ""
            text = f"{gap}\n\n{text}" if gap else text  # what no source states, before the closest programs
        if not text:
            return self._abstain(lang, profile, q)
        # "IRAP's approval rate?", "which one decides fastest?": no source states it, said first
        fixed = any(amount_fact(self.programs[f.id], profile.employees, profile.request) is not None for f in fits[:2])
        text, unstated = said_unstated(turn.texts[-1], text, lang, q.focus if q.intent == "report" else None, fixed)
        # a program that takes no applications: its status answers what a company applying to it asks
        alone = (unpublished or unstated) and not (q.intent == "fact" and fits and self.programs[fits[0].id].ended(dt.date.today()) and "apply" in focuses_of(turn.texts[-1]))
        support = [*turn.texts, *(f.name for f in fits), *(c.title for c in book.items), *([f"{profile.employees}"] if profile.employees else [])]  # "Two cofounders": 2, the asker's
        return Draft(q, lang, profile, text, fits, book, support, abstained=alone)

    def _abstain(self, lang: str, profile: Profile, q: Question) -> Answer:
        """The abstention, naming what the corpus does not cover when the understanding said what it was."""
        msg = t(lang, "abstain")
        if q.uncovered:
            kind, what = q.uncovered
            name = (label(lang, "countries", what) if kind in ("country", "regulator") else
                    region_label("region", what, lang) if kind == "province" else what)
            msg = t(lang, {"program": "abstain_unknown", "regulator": "abstain_regulator"}.get(kind, "abstain_place"),
                    terms=name) + " " + msg
            related = [self.programs[pid].name.get(lang) for pid in q.programs if pid in self.programs]
            if kind == "program" and related:  # the record the longer name starts from, which does not cover it
                msg += " " + t(lang, "abstain_related", names="; ".join(f"**{n}**" for n in related))
        return Answer(answer=msg, language=lang_code(lang), abstained=True, profile=profile, intent=q.intent)

    # ---- which programs fit ------------------------------------------------------------------------------------

    def _programs(self, ranking: Ranking | None, lang: str, profile: Profile,
                  book: CitationBook) -> tuple[str, list[ProgramFit]]:
        if ranking is None:
            return "", []
        shown, ruled_out = ranking.shown, ranking.ruled_out
        book.retrieved = ranking.retrieved
        who = describe(profile, lang)
        level = t(lang, f"level_{profile.government.value}") if profile.government else ""  # the government asked for
        lines = [t(lang, "lead_programs", who=who, level=level) if shown else t(lang, "none_fit", who=who), ""]
        unserved = [n for n in profile.needs if not any(n in m.program.needs for m in shown)]
        if shown and unserved:  # a stated need no fit serves: said first, with the ended programs that served it
            ended = [m.program.name.get(lang) for m in ranking.closed if set(unserved) & set(m.program.needs)]
            other = other_kind(self.programs, unserved, profile, lang)  # "a loan to hire": hiring programs are grants
            gap = t(lang, "need_other_kind" if other else "need_unserved",
                    needs=", ".join(phrase("need", n, lang) for n in unserved), names="; ".join(other),
                    kinds=", ".join(phrase("instrument", i, lang) for i in profile.instruments),
                    ended=t(lang, "need_ended", names="; ".join(ended)) if ended else "")
            lines = [gap, ""] if len(unserved) == len(profile.needs) else [lines[0], gap, ""]
        if shown and of_group_asked(shown[0].program, profile) and not any(
                of_group_asked(m.program, profile) and instrument_ok(m.program, profile.instruments) for m in shown):
            # "any investors for women founders?": none of theirs is equity, say so before their loans
            lines[1:1] = ["", t(lang, "group_other_kind", kinds=", ".join(phrase("instrument", i, lang)
                                                                         for i in profile.instruments),
                                groups=", ".join(phrase("audience", g, lang) for g in profile.groups_asked))]
        if not shown:
            shown, ruled_out = ruled_out, []
        for m in shown:
            lines += self.program_item(m, lang, book, profile.employees, profile.request)
        verify = [f"{m.program.name.get(lang)} ({', '.join(doubts)})" for m in shown
                  if (doubts := uncertain_labels(m, lang))]
        if verify:
            lines += ["", t(lang, "verify_line", items="; ".join(verify))]
        if ruled_out:
            items = [f"{m.program.name.get(lang)} ({first_fail(m)})" for m in ruled_out]
            lines += ["", t(lang, "ruled_out", items="; ".join(items))]
        if ranking.closed:
            lines += ["", t(lang, "closed_line")]
            for m in ranking.closed:
                lines.append(f"- {self.passages.status_line(book, m.program, lang).replace(chr(10), ' ')}"
                             .replace("- ", f"- **{m.program.name.get(lang)}** — ", 1))
        lines += ["", t(lang, "footer")]
        return "\n".join(lines), [program_fit(m, lang, profile.employees, profile.request) for m in shown]

    def program_item(self, m: Match, lang: str, book: CitationBook, employees: int | None = None,
                     request: float | None = None) -> list[str]:
        """A program as a Markdown list item: name, kind, fit; amount; status; why — each line cited."""
        p, pas = m.program, self.passages
        sep = t(lang, "sep")
        out = [item_head(m, lang)]
        ai = amount_fact(p, employees, request)
        out.append(f"  - {t(lang, 'amount')}{sep}{pas.amount_line(book, p, lang, ai, employees, request)}" if ai is not None
                   else f"  - {t(lang, 'no_amount')}")
        out.append(f"  - {pas.status_line(book, p, lang)}")
        why = pas.reasons(book, m, lang)
        if why:
            out.append(f"  - {t(lang, 'why')}{sep}" + "; ".join(why))
        step = pas.next_step(book, p, lang)
        if step:
            out.append(f"  - {step}")
        return out

    # ---- a fact about named programs ---------------------------------------------------------------------------
    def _fact(self, q: Question, lang: str, profile: Profile, book: CitationBook,
              texts: list[str]) -> tuple[str, list[ProgramFit], bool]:
        """The named programs' facts, what replaced an ended one, and what a fund of funds' applicant approaches
        instead; and whether an amount alone was asked of programs publishing none for one company."""
        text, matches = self.facts.answer(q, lang, profile, book, texts)
        ids = {m.program.id for m in matches}  # what replaced an ended one, as its answer says: what the asker can use
        new = [self.programs[r] for m in matches if (r := m.program.intake.replaced_by) in self.programs and r not in ids]
        lead, direct = instead_of(self.retriever, self.programs, matches[0].program, profile, lang) if len(matches) == 1 else ("", [])
        no_amount = all(amount_fact(m.program, profile.employees, profile.request) is None for m in matches)  # for one
        unpublished = bool(matches) and amount_alone(texts[-1]) and ((no_amount and asks_per_one(texts[-1])) or not (
            states_money(text) or any(states_money(f.en) for m in matches for f in m.program.facts)))  # no sum: a call's, a fee
        if direct:  # a fund of funds or a program taking no applications: what the company can approach instead
            text += "\n\n" + "\n".join([t(lang, lead), *(x for m in direct for x in self.program_item(m, lang, book, profile.employees, profile.request))])
        return text, [program_fit(m, lang, profile.employees, profile.request) for m in [*matches, *(check(p, profile, lang) for p in new), *direct]], unpublished

    # ---- comparison --------------------------------------------------------------------------------------------
    def _compare(self, q: Question, lang: str, profile: Profile, book: CitationBook,
                 question: str) -> tuple[str, list[ProgramFit]]:
        progs = [self.programs[p] for p in q.programs[:4] if p in self.programs]
        lines = [t(lang, "compare_lead", names=", ".join(p.name.get(lang) for p in progs)), ""]
        fits = []
        focuses = focuses_of(question)
        for p in progs:
            m = check(p, profile, lang)
            fits.append(program_fit(m, lang, profile.employees, profile.request))
            lines.append(item_head(m, lang))
            # What tells two programs apart: what one company gets (a past award for a program that ended), the
            # rate, who can apply, and stacking. The first line is always the amount, or says it is not published.
            amount = amount_fact(p, profile.employees, profile.request)
            if amount is None:
                amount = past_award_fact(p, lang)
            cost: list[int] = []
            if amount is None:
                lines.append(f"  - {t(lang, 'no_amount')}")
                # what the company pays or gives up instead (an accelerator's fee or stake, a membership): it tells
                # two offers apart; read by its words, not by a sum (a grant to the organization is no cost)
                cost = rank_facts(p, "coût cost frais fees paie pays membership adhésion equity participation "
                                     "gratuit free", "general", lang)[:1]
            # then what the question asks about ("which one has the later deadline?"), then the usual differences
            asked = [i for f in focuses if f not in ("general", "amount")
                     for i in rank_facts(p, question, f, lang)[:1]]
            # a question about the amounts gets each tier a company can get (I2I's phase IIa and IIb), not the first
            tiers = award_facts(p)[:2] if "amount" in focuses else []
            picks = [amount, *tiers, *cost, *asked]
            usual: tuple[tuple[str, Focus], ...] = (
                ("taux rate %", "rate"), ("admissibilité eligibility employés employees", "eligibility"),
                ("cumul stacking", "stacking"))
            for words, focus in usual:  # each adds a fact not shown yet (a rate's split, not the rate again)
                picks += [i for i in rank_facts(p, words, focus, lang) if i not in picks][:1]
            for i in dict.fromkeys(i for i in picks if i is not None):
                lines.append(f"  - {self.passages.fact_line(book, p, lang, i)}")
            if "eligibility" in focuses:  # "who applies, the company or the university?": the record says who
                lines += [f"  - {x}" for x in self.passages.who_qualifies(book, p, lang, question)]
            envelope = envelope_fact(p)  # two funds also differ by size: shown as context, never as an amount
            if envelope is not None and envelope not in picks:
                lines.append(f"  - {t(lang, 'envelope')}{t(lang, 'sep')}{self.passages.fact_line(book, p, lang, envelope)}")
            lines.append(f"  - {self.passages.status_line(book, p, lang)}")
        return "\n".join(lines), fits


# Doubts that change nothing for the asker (how a name is translated, which page or operator) stay in the record.
NOT_FOR_FOUNDERS = frozenset({"name.fr", "name.en", "url", "operator", "kind", "funding.currency", "facts",
                              "funding.program_budget", ""})


def uncertain_labels(m: Match, lang: str) -> list[str]:
    """'funding.max_amount' → 'maximum amount' / 'montant maximal'; rules.* → the rule's own words."""
    out = []
    for f in m.program.uncertain:
        if f.split("[")[0] in NOT_FOR_FOUNDERS:
            continue
        name = label(lang, "fields", f.split("[")[0])
        out.append(name if name != f else f.split(".")[-1].replace("_", " "))
    return list(dict.fromkeys(out))


def first_fail(m: Match) -> str:
    return next((r.text.rstrip(" ✗") for r in m.reasons if r.verdict == "fail"), "")
