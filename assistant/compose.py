"""The built-in answer composer: ranked programs, direct facts, report figures or comparisons — cited, or an abstention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import figures
from assistant.catalog import Intake, Program
from assistant.evidence import CitationBook, best_sentences, enforce_grounding, overlap, renumber, sentences
from assistant.intent import Focus, Question
from assistant.lang import fold
from assistant.match import SECTOR_NAMES, STAGE_NAMES, Match, check
from assistant.models import Answer, Profile, ProgramFit
from assistant.retrieve import Hit, Retriever
from assistant.snapshot import ChunkRow
from assistant.texts import label, t

SHOW = 5
MIN_DENSE_SIM = 0.25
MIN_OVERLAP = 0.34
OFF_DOMAIN = re.compile(
    r"\b(restaurants?|restauration|meteo|weather|recette|recipe|tourism\w*|agricult\w*|ferme laitiere|farm|"
    r"minier|mining|immobilier|real estate|hockey|football|soccer|film|cinema|musique|music|mode|fashion|"
    r"horoscope|bitcoin|crypto\w*|casino|voyage|travel|vacances|vacation)\b"
)
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][A-Za-z0-9&-]{2,}(?:\s+[A-Z][A-Za-z0-9&-]{2,})*)")


@dataclass
class Turn:
    """What the composer needs to know of the conversation."""

    texts: list[str]  # the asker's messages, oldest first, the current one last
    last_programs: list[str] = field(default_factory=list)


class Composer:
    def __init__(self, retriever: Retriever, programs: dict[str, Program]) -> None:
        self.retriever = retriever
        self.programs = programs
        self._rows: dict[tuple[str, str, str], list[ChunkRow]] = {}
        self._words: set[str] = set()
        self._indexed_version = ""

    # ---- index of program chunks by (program, language, part) -------------------------------------------------
    def _ensure_index(self) -> None:
        snap = self.retriever.snapshot
        if snap.version == self._indexed_version:
            return
        rows: dict[tuple[str, str, str], list[ChunkRow]] = {}
        words: set[str] = set()
        for r in snap.chunks.values():
            pid = str(r.meta.get("program_id") or "")
            if pid:
                rows.setdefault((pid, str(r.meta.get("language")), str(r.meta.get("part"))), []).append(r)
            words.update(re.findall(r"[a-z0-9&]+", fold(r.text)))
        for p in self.programs.values():
            words.update(re.findall(r"[a-z0-9&]+", fold(" ".join([p.name.fr, p.name.en, *p.aliases]))))
        self._rows, self._words, self._indexed_version = rows, words, snap.version

    def _part(self, pid: str, lang: str, part: str) -> list[ChunkRow]:
        return self._rows.get((pid, lang, part)) or self._rows.get((pid, "en" if lang == "fr" else "fr", part)) or []

    def _cite_text(self, book: CitationBook, pid: str, lang: str, part: str, text: str) -> int | None:
        for row in self._part(pid, lang, part):
            if text in row.text:
                return book.cite(row, text)
        return None

    def _status_line(self, book: CitationBook, p: Program, lang: str) -> str:
        for row in self._part(p.id, lang, "overview"):
            line = row.text.split("\n")[2] if row.text.count("\n") >= 2 else ""
            if line:
                n = book.cite(row, line)
                extra = ""
                if p.intake.replaced_by and p.intake.replaced_by in self.programs:
                    extra = " → " + t(lang, "replaced_by", name=self.programs[p.intake.replaced_by].name.get(lang))
                return f"{line} [{n}]{extra}"
        return f"{t(lang, 'status')}: {p.intake.status.value}"

    def _fact_line(self, book: CitationBook, p: Program, lang: str, fact_index: int) -> str:
        f = p.facts[fact_index]
        n = self._cite_text(book, p.id, lang, "facts", f.get(lang))
        mark = f" [{n}]" if n else ""
        unsure = f" ({t(lang, 'to_verify')})" if f.uncertain else ""
        return f"{f.get(lang)}{mark}{unsure}"

    def _amount_fact(self, p: Program) -> int | None:
        want = []
        if p.funding.max_amount:
            want.append(figures._fmt(float(p.funding.max_amount.value)))
        for i, f in enumerate(p.facts):
            vals = {fig.value for fig in figures.extract(f.en) if fig.kind == "money"}
            if want and vals & set(want):
                return i
        for kind in ("money", "pct"):
            for i, f in enumerate(p.facts):
                if any(fig.kind == kind for fig in figures.extract(f.en)):
                    return i
        return None

    # ---- entry point -------------------------------------------------------------------------------------------
    def compose(self, q: Question, lang: str, profile: Profile, turn: Turn, query: str) -> Answer:
        self._ensure_index()
        book = CitationBook()
        support = list(turn.texts)
        unknown = self._unknown_terms(turn.texts[-1])
        if q.intent == "off_topic" or (OFF_DOMAIN.search(fold(turn.texts[-1])) and not q.programs):
            return self._abstain(lang, profile, q)
        if unknown and not q.programs:
            return self._abstain(lang, profile, q, unknown)
        if q.intent == "fact":
            text, fits = self._fact(q, lang, profile, book, turn)
        elif q.intent == "compare":
            text, fits = self._compare(q, lang, profile, book)
        elif q.intent == "report":
            text, fits = self._report(query, q.focus, lang, book)
            if not text:
                return self._abstain(lang, profile, q)
        else:
            found = self._programs(query, lang, profile, book)
            if found is None:
                return self._abstain(lang, profile, q)
            text, fits = found
        support += [self.programs[f.id].name.get(lang) for f in fits if f.id in self.programs]
        text, _dropped = enforce_grounding(text, book, support)
        text, cites = renumber(text, book)
        return Answer(answer=text, language="fr" if lang == "fr" else "en", profile=profile, programs=fits,
                      citations=cites, intent=q.intent)

    def _abstain(self, lang: str, profile: Profile, q: Question, unknown: list[str] | None = None) -> Answer:
        msg = t(lang, "abstain")
        if unknown:
            msg = t(lang, "abstain_unknown", terms=", ".join(unknown)) + " " + msg
        return Answer(answer=msg, language="fr" if lang == "fr" else "en", abstained=True, profile=profile,
                      intent=q.intent)

    def _unknown_terms(self, text: str) -> list[str]:
        """Proper names in the question that appear nowhere in the corpus (a program we do not cover)."""
        out = []
        for m in _PROPER.finditer(text):
            words = re.findall(r"[a-z0-9&]+", fold(m.group(1)))
            if words and not any(w in self._words for w in words):
                out.append(m.group(1))
        return out

    # ---- which programs fit --------------------------------------------------------------------------------------
    def _programs(self, query: str, lang: str, profile: Profile, book: CitationBook) -> tuple[str, list[ProgramFit]] | None:
        hits = self.retriever.search(query, k=30, favour="programs", per_source=4,
                                     where=lambda r: not r.meta.get("suspicious"))
        rel: dict[str, float] = {}
        best_sim = 0.0
        for h in hits:
            if h.program_id:
                rel[h.program_id] = rel.get(h.program_id, 0.0) + h.score
        dense_top = self.retriever.snapshot.dense(query, 3)
        best_sim = max((s for _, s in dense_top), default=0.0)
        best_overlap = max((overlap(query, h.row.text) for h in hits[:5]), default=0.0)
        if not profile.known().keys() - {"language"} and best_sim < MIN_DENSE_SIM and best_overlap < MIN_OVERLAP:
            return None
        cands = set(sorted(rel, key=lambda k: -rel[k])[:12]) | self._profile_candidates(profile)
        top = max(rel.values(), default=1.0)
        scored: list[tuple[float, Match]] = []
        for pid in cands:
            if pid not in self.programs:
                continue
            p = self.programs[pid]
            m = check(p, profile, lang)
            s = rel.get(pid, 0.0) / top
            if profile.needs and set(profile.needs) & set(p.needs):
                s += 0.4
            if profile.sectors and {x.value for x in profile.sectors} & ({x.value for x in p.sectors} - {"all"}):
                s += 0.25
            if profile.stage and profile.stage in p.stages:
                s += 0.15
            s += 0.1 if p.is_open() else -0.6
            scored.append((s, m))
        scored.sort(key=lambda sm: (sm[1].fit == "not_eligible", -sm[0]))
        shown = [m for _, m in scored if m.fit != "not_eligible"][:SHOW]
        ruled_out = [m for _, m in scored if m.fit == "not_eligible"][:3]
        who = self._who(profile, lang)
        lines = [t(lang, "lead_programs", who=who) if shown else t(lang, "none_fit", who=who), ""]
        if not shown:
            shown, ruled_out = ruled_out, []
        for m in shown:
            lines += self._program_item(m, lang, book)
        verify = [f"{m.program.name.get(lang)} ({', '.join(m.program.uncertain)})" for m in shown if m.program.uncertain]
        if verify:
            lines += ["", t(lang, "verify_line", items="; ".join(verify))]
        if ruled_out:
            items = [f"{m.program.name.get(lang)} ({self._first_fail(m)})" for m in ruled_out]
            lines += ["", t(lang, "ruled_out", items="; ".join(items))]
        lines += ["", t(lang, "footer")]
        return "\n".join(lines), [self._fit(m, lang) for m in shown]

    def _profile_candidates(self, profile: Profile) -> set[str]:
        if not (profile.needs or profile.sectors):
            return set()
        out = set()
        for p in self.programs.values():
            if profile.needs and not set(profile.needs) & set(p.needs):
                continue
            secs = {x.value for x in p.sectors}
            if profile.sectors and not ("all" in secs or secs & {x.value for x in profile.sectors}):
                continue
            out.add(p.id)
        return out

    @staticmethod
    def _first_fail(m: Match) -> str:
        return next((r.text.rstrip(" ✗") for r in m.reasons if r.verdict == "fail"), "")

    def _program_item(self, m: Match, lang: str, book: CitationBook) -> list[str]:
        p = m.program
        kind = label(lang, "kinds", p.kind.value)
        out = [f"- **{p.name.get(lang)}** ({kind}) — *{label(lang, 'fit', m.fit)}*"]
        ai = self._amount_fact(p)
        out.append(f"  - {t(lang, 'amount')} : {self._fact_line(book, p, lang, ai)}" if ai is not None
                   else f"  - {t(lang, 'no_amount')}")
        out.append(f"  - {self._status_line(book, p, lang)}")
        why = []
        for r in m.reasons:
            if r.verdict == "info":
                continue
            cite = ""
            if r.value is not None:
                v = figures._fmt(r.value)
                for f in p.facts:
                    if ("any", v) in figures.keys(f.en) or ("number", v) in figures.keys(f.en):
                        n = self._cite_text(book, p.id, lang, "facts", f.get(lang))
                        cite = f" [{n}]" if n else ""
                        break
            why.append(r.text + cite)
        if why:
            out.append(f"  - {t(lang, 'why')} : " + "; ".join(why))
        return out

    def _fit(self, m: Match, lang: str) -> ProgramFit:
        p = m.program
        amount = None
        if p.funding.max_amount:
            from assistant.match import money

            amount = money(float(p.funding.max_amount.value), lang)
            if p.funding.max_amount.uncertain:
                amount += f" ({t(lang, 'to_verify')})"
        return ProgramFit(
            id=p.id, name=p.name.get(lang), kind=p.kind.value, fit=m.fit, reasons=[r.text for r in m.reasons],
            max_amount=amount, intake=p.intake.status.value, as_of=p.as_of.isoformat(), url=str(p.url),
            deadline=p.intake.deadline.isoformat() if p.intake.deadline else None,
            replaced_by=p.intake.replaced_by, uncertain=list(p.uncertain),
        )

    def _who(self, profile: Profile, lang: str) -> str:
        bits = []
        if profile.stage:
            bits.append(("au stade " if lang == "fr" else "at ") + STAGE_NAMES[lang][profile.stage.value])
        if profile.sectors:
            secs = ", ".join(SECTOR_NAMES[lang][s.value] for s in profile.sectors)
            bits.append(("en " if lang == "fr" else "in ") + secs)
        if profile.employees is not None:
            bits.append(f"({profile.employees} {'employés' if lang == 'fr' else 'employees'})")
        if not bits:
            return t(lang, "lead_generic")
        return t(lang, "who") + " " + " ".join(bits)

    # ---- a fact about named programs ---------------------------------------------------------------------------
    def _fact(self, q: Question, lang: str, profile: Profile, book: CitationBook,
              turn: Turn) -> tuple[str, list[ProgramFit]]:
        question = turn.texts[-1]
        lines: list[str] = []
        fits = []
        for pid in q.programs[:2]:
            p = self.programs.get(pid)
            if p is None:
                continue
            fits.append(self._fit(check(p, profile, lang), lang))
            ranked = self._rank_facts(p, question, q.focus, lang)
            q_figs = [f for f in figures.extract(question) if f.kind in ("money", "pct")]
            known = set().union(*(figures.keys(f.en) for f in p.facts)) if p.facts else set()
            false_figs = [f.text for f in q_figs if f.key not in known]
            head = t(lang, "fact_lead", name=p.name.get(lang))
            if false_figs:
                lines.append(t(lang, "premise", figs=" / ".join(f"« {x} »" if lang == "fr" else f'"{x}"'
                                                             for x in false_figs), name=p.name.get(lang)))
            if ranked:
                lines.append(f"{head} : " + " ".join(self._fact_line(book, p, lang, i) for i in ranked[:2]))
            else:
                lines.append(t(lang, "fact_missing", name=p.name.get(lang)))
                for row in self._part(p.id, lang, "eligibility" if q.focus == "eligibility" else "overview")[:1]:
                    for s in best_sentences(row, question, k=2):
                        lines.append(f"{s} [{book.cite(row, s)}]")
            if q.focus == "eligibility":
                for row in self._part(p.id, lang, "eligibility")[:1]:
                    for s in best_sentences(row, question, k=1):
                        lines.append(f"{s} [{book.cite(row, s)}]")
            lines.append(self._status_line(book, p, lang))
            lines.append("")
        return "\n".join(lines).strip(), fits

    def _rank_facts(self, p: Program, question: str, focus: Focus, lang: str) -> list[int]:
        want = {"amount": "money", "rate": "pct", "date": "date"}.get(focus)
        words = {"apply": r"(appl|postul|demande|contact)", "stacking": r"(cumul|stack|combin)",
                 "eligibility": r"(admissib|eligib|employ|requi)", "status": r"(ferm|clos|suspend|paus|remplac|replac|"
                 r"termin|open|ouvert)"}.get(focus)
        scored = []
        for i, f in enumerate(p.facts):
            text = f.get(lang)
            s = overlap(question, text) + overlap(question, f.en if lang == "fr" else f.fr) * 0.5
            if want and any(fig.kind == want for fig in figures.extract(text)):
                s += 1.0
            if words and re.search(words, fold(text)):
                s += 1.0
            if s > 0.2:
                scored.append((s, -i, i))
        scored.sort(reverse=True)
        return [i for _, _, i in scored]

    # ---- report and policy figures --------------------------------------------------------------------------------
    def _report(self, query: str, focus: Focus, lang: str, book: CitationBook) -> tuple[str, list[ProgramFit]]:
        hits = self.retriever.search(query, k=8, favour="digests", per_source=2,
                                     where=lambda r: not r.meta.get("suspicious"))
        want = {"amount": "money", "rate": "pct", "date": "date"}.get(focus)
        if re.search(r"\b(combien|how many|nombre|number)\b", fold(query)):
            want = "number"
        scored: list[tuple[float, Hit, str]] = []
        for rank, h in enumerate(hits[:6]):
            for s in best_sentences(h.row, query, k=3, want_figure=want):
                sc = overlap(query, s) + (0.3 if want and any(f.kind == want for f in figures.extract(s)) else 0)
                scored.append((sc - 0.04 * rank, h, s))
        scored.sort(key=lambda x: -x[0])
        if not scored or scored[0][0] < MIN_OVERLAP:
            return "", []
        lines: list[str] = []
        used_titles: set[str] = set()
        for sc, h, s in scored[:3]:
            if sc < MIN_OVERLAP * 0.8:
                break
            title = str(h.row.meta.get("title"))
            if title not in used_titles:
                note = t(lang, "other_lang") if h.row.meta.get("language") != lang else ""
                published = str(h.row.meta.get("published") or h.row.meta.get("as_of") or "")
                lines.append(t(lang, "report_lead", title=title, published=published) + note)
                used_titles.add(title)
            lines.append(f"- {s} [{book.cite(h.row, s)}]")
        return "\n".join(lines), []

    # ---- comparison ---------------------------------------------------------------------------------------------
    def _compare(self, q: Question, lang: str, profile: Profile, book: CitationBook) -> tuple[str, list[ProgramFit]]:
        progs = [self.programs[p] for p in q.programs[:4] if p in self.programs]
        lines = [t(lang, "compare_lead", names=", ".join(p.name.get(lang) for p in progs)), ""]
        fits = []
        for p in progs:
            m = check(p, profile, lang)
            fits.append(self._fit(m, lang))
            lines.append(f"- **{p.name.get(lang)}** ({label(lang, 'kinds', p.kind.value)}) — *{label(lang, 'fit', m.fit)}*")
            used = set()
            for i in [self._amount_fact(p), *self._rank_facts(p, "taux rate %", "rate", lang)[:1],
                      *self._rank_facts(p, "cumul stacking", "stacking", lang)[:1]]:
                if i is not None and i not in used:
                    used.add(i)
                    lines.append(f"  - {self._fact_line(book, p, lang, i)}")
            lines.append(f"  - {self._status_line(book, p, lang)}")
        return "\n".join(lines), fits


def program_is_open(p: Program) -> bool:
    return p.intake.status not in (Intake.closed, Intake.paused, Intake.replaced)


__all__ = ["Composer", "Turn", "sentences"]
