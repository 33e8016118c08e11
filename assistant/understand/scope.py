"""Whether the corpus covers a question, decided from retrieval evidence and the corpus itself (no topic lists)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from assistant.models import Profile
from assistant.retrieval.retrieve import Retriever
from assistant.retrieval.snapshot import Snapshot
from assistant.understand import business, off_topic_model
from assistant.understand import operators as operator_names
from assistant.understand.abroad import HOME_ABROAD, REGIONAL, REGULATORS, SOURCE, TAX_ABROAD, forms
from assistant.understand.advice import (
    PERSONAL,
    SUPPORT_NEEDS,
    about_deal,
    asks_advice,
    outside,
    own_ask,
    stated_needs,
    support_for_personal,
    task_part,
    without_roles,
)
from assistant.understand.ask import FOR_LEAD, MIN_ASK_WORDS, asked_part, asks_money, continues, points_back, words_of
from assistant.understand.asked_object import asked_thing
from assistant.understand.corpus_names import capitals, written_names
from assistant.understand.evidence import MIN_ASK_DENSE, TOP, Evidence, support_asked
from assistant.understand.outside_matters import BOOKS, CONTACT, OUTSIDE
from assistant.understand.places import ANY_COUNTRY, COUNTRIES, PLACES, PROVINCES, QUEBEC_REGIONS, program_countries
from assistant.understand.profile import _PLACES, infer
from assistant.understand.provinces import COMPARED, PROVINCE_BODIES, PROVINCIAL, with_place
from assistant.understand.text import ADVISED, company_voice, norm, sentences
from assistant.understand.unknown import PROGRAM_WORDS, UnknownNames, quoted_phrases
from common.tokens import tokenize
from common.vocab import Need

# A setback told with the program ("we didn't get the IRAP grant", « notre demande a été refusée »): a short question
# after it is about the setback, not the program ("How do I tell the team?"), unless it asks its process or support
_SETBACK = re.compile(r"\b(?:did(?:n't| not) get|(?:was|were|got) (?:refused|rejected|turned down|declined|denied)|"
                      r"n'(?:a|avons|ai) pas (?:eu|obtenu|recu)|(?:a|ont) ete (?:refusee?s?|rejetee?s?)|refus de)\b")
# A program's own process, asked after it is named: an application, a claim, a report to it, its advisor, reapplying
_ITS_PROCESS = re.compile(r"\b(?:applications?|demandes?|dossiers?|candidatures?|claims?|reclam\w*|submissions?|fil(?:e|es|ed|ing)|"
                          r"soumissions?|re-?appl\w*|re-?submit\w*|resoumettre|redeposer|eligib\w*|admissib\w*|"
                          r"conseill\w+|advisors?|officers?|agents?|deadlines?|dates? limites?|intakes?|appels?|calls?|appeal\w*|contest\w*|"
                          r"contester|again|encore|next (?:round|time|year)|prochaine? (?:fois|ronde|annee))\b")
# Québec's places the profile reads (its cities and regions): never an unknown name ("Which Sherbrooke incubator…")
_PLACE_WORDS = frozenset(t for code, alts in PLACES if code in QUEBEC_REGIONS for t in tokenize(alts.replace("|", " ")))


_FIELD_NEEDS = frozenset({Need.compute, Need.data_access, Need.procurement_pilot})  # not regulatory: « réductions de frais » reads it too
_CLAUSE = re.compile(r"\s[—–-]{1,2}\s|\s?[:;]\s")  # a sentence's clauses, told apart by a dash, a colon or a semicolon


class Scope:
    """The corpus's vocabulary and regions (built once per snapshot) and the evidence for one question."""

    def __init__(self, snap: Snapshot) -> None:
        self.snapshot = snap
        df: Counter[str] = Counter()
        lower: set[str] = set()  # words the corpus writes in lower case (one-word operator names below)
        for row in snap.chunks.values():
            df.update(set(tokenize(row.text)))
            lower.update(re.findall(r"(?<![\w-])[a-zà-ÿ][\w+-]*", row.text))
        for p in snap.programs.values():
            df.update(set(tokenize(" ".join(p.all_names()))))
        self.vocabulary = set(df)
        self.regions = {r.value for p in snap.programs.values() for r in p.regions}
        self.needs = {n.value for p in snap.programs.values() for n in p.needs}
        self.sectors = {s.value for p in snap.programs.values() for s in p.sectors}
        self.instruments = {p.instrument.value for p in snap.programs.values()}
        self.audiences = {a.group.value for p in snap.programs.values() for a in p.audience}
        acronyms = {a for p in snap.programs.values() for t in (p.operator.fr, p.operator.en)
                    for a in operator_names.acronyms(t)}
        # a one-word name only when the corpus never writes it in lower case ("Mitacs", "Centech"; not "Innovation")
        names = {n for p in snap.programs.values() for t in (p.operator.fr, p.operator.en)
                 if (m := operator_names.LEAD_NAME.match(t)) and ((n := m.group(1).strip()).count(" ") or n.lower() not in lower)}
        alts = sorted(map(re.escape, acronyms | names), key=len, reverse=True)
        self._operators = re.compile(r"(?<![\w+])(?:" + "|".join(alts) + r")(?![\w+])") if alts else None
        operators = {t for p in snap.programs.values() for text in (p.operator.fr, p.operator.en)
                     for w in re.findall(r"[\w'’-]+", text) if w[:1].isupper() for t in tokenize(w)}
        own: dict[str, set[str]] = {}  # an operator's acronym → the words of its programs' names
        for p in snap.programs.values():
            for a in {a for t in (p.operator.fr, p.operator.en) for a in operator_names.ACRONYM.findall(t)}:
                for tok in tokenize(a):
                    own.setdefault(tok, set()).update(tokenize(" ".join(p.all_names())))
        known = [frozenset(tokenize(n)) for p in snap.programs.values()
                 for n in (*p.all_names(), p.operator.fr, p.operator.en)]
        known += [frozenset(tokenize(r.meta.title)) for r in snap.chunks.values() if not r.meta.program_id]
        self.names = UnknownNames(self.vocabulary, capitals(snap), operators, own,
                                  {n for n in acronyms | names if " " not in n}, list(set(known)), quoted_phrases(snap),
                                  places=_PLACE_WORDS, written=written_names(snap))
        self._provinces = [(code, re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")) for code, alts in _PLACES
                           if code in PROVINCES]
        self._province_program = {code: re.compile(
            with_place(alts, PROGRAM_WORDS, "de l'|du |de la |d'|of |in |en |au ") + "|"
            + with_place(alts, PROVINCE_BODIES, "de l'|du |de la |d'|of ") + "|"
            + rf"(?<![a-z])(?:research|recherche|health|sante)\s+(?:{alts})(?![a-z])"  # "Health Research BC"
            + rf"|(?<![a-z])(?:{alts})(?:'s)? (?:offers?|provides?|gives?|runs?|offre\w*|propose\w*)(?![a-z])")  # its own
            for code, alts in _PLACES if code in PROVINCES}
        quebec = [alts for code, alts in _PLACES if code in QUEBEC_REGIONS or code == "QC"]
        home = quebec + [alts for code, alts in _PLACES if code == "CA"]  # Québec's places, or Canada
        self._quebec = re.compile(r"(?<![a-z])(?:" + "|".join(quebec) + r"|quebecois\w*)(?![a-z])")
        self._home = re.compile(r"(?<![a-z])(?:" + "|".join(home) + r"|quebecois\w*|canadien\w*|canadian)(?![a-z])")
        served = {c for p in snap.programs.values() for c in program_countries(p, europe=False)}
        self._sources = [(code, forms(SOURCE, pat)) for code, pat in COUNTRIES if code not in served]
        self._sources += [(code, forms(SOURCE, re.compile(alts))) for code, alts in REGIONAL.items()]  # never covered
        self._abroad = [(code, forms(HOME_ABROAD + TAX_ABROAD, pat)) for code, pat in COUNTRIES if code != "EU"]
        self._named = re.compile(r"(?<![a-z])(?:" + "|".join([*REGIONAL.values(), "french"]) + r")(?![a-z])")
        self._off_model = off_topic_model.load(snap.embedder.name)
        self._regulators = [(code, re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z0-9])")) for code, alts in REGULATORS.items()]

    def unknown_names(self, text: str) -> list[tuple[int, int]]:
        """Spans of the proper nouns the corpus does not use (see UnknownNames.spans)."""
        return self.names.spans(text)

    def without_unknown_names(self, text: str) -> str:
        """The question without the proper nouns the corpus does not use."""
        return self.names.without(text)

    def unknown_program(self, text: str, beside: Sequence[str] = ()) -> str | None:
        """A program the question asks about by a name the corpus does not use (see UnknownNames.program)."""
        return self.names.program(text, beside)

    def uncovered_place(self, text: str, profile: Profile) -> str | None:
        """A province named as the subject of the question, for which no record of the corpus holds a program
        (federal records are not that province's own): its programs asked, or the province named without being where
        the asker is and without Québec (a company from Ottawa opening a Montréal lab asks about our programs)."""
        f = norm(text)
        for code, pat in self._provinces:
            m = pat.search(f) if code != "QC" and code not in self.regions else None
            if m is None or COMPARED.search(f[max(0, m.start() - 30):m.start()]):
                continue  # "Québec's target compared with Ontario": Ontario is the yardstick, not the subject
            if PROVINCIAL.search(f) or self._province_program[code].search(f):
                return code  # its own programs asked, even where the asker is ("Ontario Innovation Tax Credit")
            if profile.region not in (code, "QC") and not self._quebec.search(f):
                return code  # not where the asker is, nor a company from there settling in Québec, nor one of
                # Québec also present there (« entreprise montréalaise… présence en Ontario »)
        return None

    def foreign_source(self, text: str, export: bool = False) -> str | None:
        """A foreign country the question names as the company's home, or as the source of the money when the corpus
        holds no program for it (a bilateral program names its country; one for Europe does not cover Germany's own)
        and the asker does not want to export there (`export`: « vendre … aux États-Unis » is a target). A home abroad
        does not count when the question also names Québec or Canada (a foreign company settling here asks about our
        programs); another country's money does ("a Montréal startup applying to NIH grants")."""
        f = norm(text)
        if not (ANY_COUNTRY.search(f) or self._named.search(f)):
            return None  # no place abroad, nor "french" ("our French startup"): none of the ~500 phrases can match
        home = bool(self._home.search(f))  # a company here: another country's money is still not ours, its home is
        return next((c for c, pat in chain(() if home else self._abroad, () if export else self._sources) if pat.search(f)), None)

    def regulator(self, text: str) -> str | None:
        """The foreign jurisdiction whose regulator or regime the question asks about (FDA fees, CE marking), when it
        asks for no support in words (grants, programs, funding): no record covers another country's approvals."""
        if support_asked(norm(text)):
            return None
        # the clause that names it asks no support ("We're going after the US — what's the FDA fee…?": the market
        # before the dash is context, the fee asked after it)
        for f in (c for s in sentences(text) for c in _CLAUSE.split(norm(s)) if c.strip()):
            code = next((code for code, pat in self._regulators if pat.search(f)), None)
            if code and not stated_needs(f) & SUPPORT_NEEDS:
                return code
        return None

    def serves_domain(self, profile: Profile) -> bool:
        """Some record serves a sector the question states, or a need only our field has (compute, health data, a
        pilot in the care network: "money for GPUs?")."""
        return bool({s.value for s in profile.sectors} & self.sectors or set(profile.needs) & _FIELD_NEEDS)

    def serves_support(self, profile: Profile) -> bool:
        """Some record serves a need, stage, instrument or audience the question states (« fondatrice », "Black
        entrepreneurs": programs reserved for them are the corpus's subject), or one government's support is asked
        ("any financing at the municipal level?")."""
        return bool({n.value for n in profile.needs} & self.needs or profile.stage is not None or profile.government
                    or {i.value for i in profile.instruments} & self.instruments or {g.value for g in profile.audience} & self.audiences)

    def evidence(self, retriever: Retriever, text: str, profile: Profile, named: bool = False,
                 names: Sequence[str] = (), held: Sequence[str] = ()) -> Evidence:
        """Evidence for `text` from the dense side of the retrieval the answers use: one vector-store query (the
        question's vector is cached for the answer's own search when no unknown name was left out). `names`: those of
        the programs the question names (a longer name built on one of them is a program they do not cover); `held`:
        those of the programs the company says it has ("our IRAP-funded pilot")."""
        masked = self.without_unknown_names(text)
        words = tokenize(masked)
        coverage = sum(w in self.vocabulary for w in words) / len(words) if words else 0.0
        snap = retriever.snapshot
        dense = snap.dense(masked, 10) if masked.strip() else []
        top = [snap.chunks[c] for c, _ in dense[:TOP] if not snap.chunks[c].meta.suspicious]
        digests = sum(r.meta.doc_kind != "program" for r in top) / len(top) if top else 0.0
        region = profile.region if profile.region not in QUEBEC_REGIONS else "QC"
        ask = asked_part(text)
        wished = asked_part(text, wish_only=True)  # the question and the writer's wishes, without the context before
        advice = asks_advice(text, wished)  # asked advice states no support: a stage or a hire in it is context
        f = norm(text)
        best = float(max((s for _, s in dense), default=0.0))
        ask_d = 1.0 if named else self.ask_dense(ask, text, best if ask == text.strip() else None)
        operator = bool(self._operators and self._operators.search(text))
        out = outside(text, wished)
        # after a setback told with a program or an operator, a question of any length needs a passage near it
        setback = self.ask_dense(wished, text, shortest=1) if (operator or names or held) and _SETBACK.search(f) else None
        # a thing asked that no program gives, in a clause that names no program asked nor an operator of ours (a
        # program the company holds is context)
        thing = asked_thing(text)
        voice = company_voice(text)  # the asker speaks for a team or a company
        thing_out = thing is not None and _without(thing[1], names) == thing[1] and not self.about_context(ask, text) and not (
            self._operators and re.search(self._operators.pattern, _without(thing[1], held), re.IGNORECASE))
        return Evidence(dense=best, coverage=coverage, digest_share=digests,
                        domain=self.serves_domain(profile), support=self.serves_support(profile) and not advice,
                        company=voice, named=named, uncovered_place=None if named else
                        self.uncovered_place(text, profile.model_copy(update={"region": region})),
                        foreign_source=None if named else self.foreign_source(text, Need.export in profile.needs),
                        regulator=None if named else self.regulator(text),
                        unknown_program=self.unknown_program(text, names) if names else
                        None if named else self.unknown_program(text),
                        personal=bool(PERSONAL.search(f)), advice=advice, deal=advice and about_deal(text),
                        personal_asked=bool(PERSONAL.search(wished)) and (not support_asked(wished) or support_for_personal(wished)),
                        # an operator of the context counts when the question is near what programs serve
                        operator_asked=operator and (bool(self._operators and self._operators.search(ask)) or (
                            ask_d if setback is None else setback) >= MIN_ASK_DENSE),
                        other_sector=business.other_sector(f, profile.sectors), outside=out,
                        offered=not named and self.names.offered(text),
                        asked=support_asked(f) or asks_money(ask, amounts=False),
                        # the company described: for profit, a stage, or a team its members or advisor state (not « un
                        # employé a-t-il droit… », one employee in general)
                        firm=profile.for_profit is True or profile.stage is not None or (
                            (profile.employees or 0) >= 2 and (voice or bool(ADVISED.search(f)))),
                        operator=operator, ask_dense=ask_d, thing_out=thing_out, off_score=self.off_score(text),
                        aside=bool(names or held) and ((advice or out) and self.named_aside(text, wished, [*names, *held],
                                                                                           setback) or thing_out))

    def off_score(self, text: str) -> float:
        """How likely the message is off topic by its embedding (off_topic_model); 0 without a model."""
        return self._off_model.score(self.snapshot.query_vector(text)) if self._off_model and text.strip() else 0.0

    def named_aside(self, text: str, wished: str, names: Sequence[str], setback: float | None = None) -> bool:
        """The programs `text` names (`names`) are only its context, and what it asks (`wished`: asked_part's, from
        the wish on) is far from every passage ("Our IRAP contribution came through. Can you write a LinkedIn post
        welcoming our new hire?"); `setback`: the ask's closeness at any length, after a refusal told with them."""
        own = own_ask(wished)  # not a text's content to write, nor a condition ("before our IRAP review")
        said = own if len(words_of(own)) >= MIN_ASK_WORDS else norm(text)  # "Any idea why?": the message says what
        if BOOKS.search(said) or (OUTSIDE.search(said) and not CONTACT.search(said)):
            return True  # a matter no program answers asked of it: its money in the books, a dose (not its phone number)
        lead = _FOR_LEAD.match(norm(text))  # "For a Global Talent Stream referral, which partner…?": its subject
        before = " ".join(s for s in sentences(text) if norm(s).strip() not in norm(wished))
        if _ITS_PROCESS.search(own) or _without(own, names) != own or (lead and _without(lead.group(), names) != lead.group()) \
                or (before and continues(own, before)):
            return False  # it names them, their process, or points back to them: "how does a company get access?"
        if setback is None:  # a text to write: its object alone says what is asked ("draft a press release")
            task = task_part(wished)
            setback = self.ask_dense(task, text, shortest=1) if task else self.ask_dense(wished, text)
        return setback < MIN_ASK_DENSE

    def about_context(self, ask: str, text: str) -> bool:
        """`ask` continues the sentences of `text` before it (ask.continues), which tell of support, an organisation of
        ours or a need some record serves, and no setback ("There's a Québec non-profit lender for women founders. What stake must those
        founders hold?"): the question is about that, not the company alone ("We're an AI startup. What's qSOFA?")."""
        said, asked = [s for s in sentences(text) if s.strip()], norm(ask)
        rest = [s for s in said if norm(s).strip() not in asked]
        context = " ".join(rest or said[:-1])  # every sentence asks (« …, right? What… »): those before the last
        if not context.strip() or _SETBACK.search(norm(context)):  # after a setback, "them" is the team, not support
            return False
        if not continues(said[-1] if rest in ([], said[:-1]) else ask, context):  # the last sentence, when it alone asks
            return False
        told = infer(without_roles(norm(context)))
        return bool(support_asked(norm(context)) or (self._operators and self._operators.search(context))
                    or {n.value for n in told.needs} & self.needs or {i.value for i in told.instruments} & self.instruments
                    or {g.value for g in told.audience} & self.audiences)

    def ask_dense(self, ask: str, text: str, same: float | None = None, shortest: int = MIN_ASK_WORDS) -> float:
        """The best cosine of `ask` (its unknown proper nouns left out) with a passage of the corpus, when it is long
        enough to say what it is about and asks nothing programs serve: no support or money in words, no need, stage,
        instrument, audience or government, no organisation of the corpus, no fact ("what's the maximum amount?") of
        the support `text` names ("a federal grant…"); 1.0 otherwise (`same`: the whole message's, when it is `ask`;
        `shortest`: the fewest words that say what a question is about)."""
        from assistant.understand.intent import focus_of  # intent reads this evidence: imported when first used
        if ask != text.strip() and (points_back(ask) or self.about_context(ask, text)):
            ask = text  # « Il y a un guichet pour y accéder? »: the data said before; "that review fee"
        if len(words_of(ask)) < shortest or support_asked(norm(ask)) or asks_money(ask) or self.serves_support(
                infer(without_roles(norm(ask)))) or (self._operators and self._operators.search(ask)) or (
                focus_of(ask) != "general" and support_asked(norm(text))):
            return 1.0
        return same if same is not None else float(max((s for _, s in self.snapshot.dense(self.without_unknown_names(ask), TOP)), default=1.0))


_FOR_LEAD = re.compile(FOR_LEAD)  # the question's leading "For…," clause (ask._FOR_WHAT), matched whatever follows


def _without(f: str, names: Sequence[str]) -> str:
    """Folded `f` without the program `names` in it."""
    for n in names:
        if n.strip():
            f = re.sub(rf"(?<![\w]){re.escape(norm(n))}(?![\w])", " ", f)
    return f
