"""The one program a question describes without naming it ("the City of Montréal grant that lets a young company test
its innovation with a partner: what share of the cost?"), found by retrieval when it stands far above the others."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answer.rank import text_relevance
from assistant.answer.shortlist import family
from assistant.retrieval.retrieve import Retriever
from assistant.understand.ask import ORG_VERBS, asked_part, continues
from assistant.understand.evidence import support_asked
from assistant.understand.intent import WHAT_IS, Focus, asked_focus, asks_list
from assistant.understand.level import asked_government
from assistant.understand.mentions import successor
from assistant.understand.names import names_rx
from assistant.understand.operators import bodies_written
from assistant.understand.profile import infer
from assistant.understand.stated import MONEY_NEEDS, PURPOSES
from assistant.understand.text import norm, sentences
from common.lang import fold, unaccent
from common.records import Program
from common.tokens import tokenize
from common.vocab import Government, Instrument, Need

# 2026-12-03 (eleventh session), from a fresh set of ours (a helper, corpus only): of ten questions describing a
# program in other words, nine had it first with relevance 0.79-1.0 and a lead of 0.11-0.56 over the second; a
# question that asks for a list, or a specific fact of no one thing, has flatter relevance.
MIN_RELEVANCE = 0.75
MIN_LEAD = 0.1
# Without a definite article, one program standing alone ("Does Health Canada have fee discounts for small device
# companies? What's the staff threshold?"): probes41 (2026-12-05), the program first at 0.87-0.90 and the second below
# 0.35.
ALONE_LEAD = 0.4
# 2026-12-06 (thirty-first session), probes56: relevance runs lower in French (the federal compute fund described in
# French first at 0.70, 0.39 ahead; in English 0.84): one program this far ahead of the second stands out below
# MIN_RELEVANCE.
STANDOUT, STANDOUT_LEAD = 0.6, 0.3
# Sibling calls told apart by the year the question names (or programs by the need each is made for): the first three
# within DATED_SPAN of the best, above DATED (probes41, 2026-12-05: the MEI's December 2020 call asked in French came
# third at 0.54, after its 2019 and 2022 calls)
DATED, DATED_SPAN = 0.5, 0.2
OWN_STATE = frozenset({"region", "employees", "revenue", "stage"})  # profile fields describing the asker's company
# One thing described with a definite article: "the … tax credit", « le volet fédéral qui… », « l'incubateur de… »; not
# across a conjunction (« les délais de démarrage de l'essai et ajouter un prêt »: two things, no program described).
# A possessive is one too: "NSERC's tech-transfer grant" (not a contraction: "what's a grant"). « les » is "the" too:
# « les réductions de frais de Santé Canada » is one program, as "the fee reductions" is. So is a demonstrative opening
# the message or a clause ("that service that speeds up approvals, …", « ce programme fédéral qui… »).
ONE_THING = re.compile(r"(?:\b(?:the|le|la|les|its|son|sa|ses)\s+|\bl'\s*|(?:^|(?<=[.?!:;,] ))\W*(?:that|this|ce|cet|cette)\s+|\b(?:from|for|about|of|on|with|in|to|by|under|de|sur|pour|avec|dans|par)\s+(?:that|this|ce|cet|cette)\s+|"  # "from that … fund"
                  r"\b(?!(?:what|that|it|let|there|here|who|where|he|she)'s)\w+'s\s+|\b\w+s'\s+)"  # "Mitacs' program"
                  r"(?:(?!(?:et|and|ou|or|pis|puis|then|mais|but)\s)[\w'+&-]+\s+){0,5}?(?:grant|program|programme|fund|fonds|credit|holiday|conge|"
                  r"exemption|"
                  r"initiative|volet|stream|firm|firme|incubator|incubateur|accelerator|accelerateur|scholarship|"
                  r"bourse|loan|(?<!est )(?<!sont )(?<!etre )(?<!sera )pret|subvention|call|appel|sprint|service|"
                  r"mesure|measure|reduction|discount|rabais|remise|waiver|dispense|subsid(?:y|ie)|cycle|concours|"
                  r"competition)s?"
                  r"\b(?! de roulement)")  # working capital; « le produit est prêt » is ready, no loan

# So is an organisation's one thing told by what it does: "Mila has a thing where…", « Mila a un programme où… », "Mila
# and a VC firm announced a pre-seed fund for…" (not « on a », « y a »: ours, or any one).
_HAS_ONE = re.compile(rf"(?<!\bon )(?<!\by )\b(?:{ORG_VERBS}|announced|launched|created|unveiled|"
                      r"(?:a|ont) (?:annonce|lance|cree|devoile))\s+(?:a|an|un|une)\s+(?:[\w'-]+\s+){0,2}?"
                      r"(?:thing|truc|affaire|program|programme|fund|fonds|grant|subvention|initiative|service|volet|"
                      r"stream)\s+(?:(?:de|d'|du|des|of)\s*[\w'-]+\s+)?(?:where|that|which|ou|qui|dans lequel|in which|for|pour)\b")

# One thing told as it is said aloud: "There's this Mila thing where one of their PhD students…"
_THERE_ONE = re.compile(r"\bthere(?:'s| is) (?:this|that)\s+(?:[\w'-]+\s+){0,2}?(?:thing|program|fund|grant|initiative|"
                        r"service|stream)\s+(?:where|that|which|for)\b")

# So is one asked to exist by what it does, in either language: "Is there a federal fund that pays back…", « Y a-tu un
# service qui accélère… » (not "Is there a loan for us?", « Y a-tu un programme québécois pour ça? »: a list). Whether one
# program stands out for it is described_program's to say.
_EXISTS_ONE = re.compile(r"\b(?:(?:is|was) there|there(?:'s| is| was)|y a-t-il|y a-tu|y'a-tu|ya-tu|y a|y'a|existe-t-il|"
                         r"est-ce qu'il (?:y a|existe))\s+(?:a|an|one|un|une)\s+(?:[\w'-]+\s+){0,4}?(?:program|programme|"
                         r"fund|fonds|grant|subvention|credit|loan|pret|initiative|service|stream|volet|call|appel)s?\s+"
                         r"(?:[\w'-]+\s+){0,2}?(?:that|which|where|whose|qui|ou|dont)\b")
# Or a thing named so with a definite article and told by what happens in it: "the federal thing where a department posts
# a challenge", « le truc où le ministère publie un défi »
_THE_THING = re.compile(r"\b(?:the|that|this|le|ce|cette)\s+(?:[\w'-]+\s+){0,2}?(?:thing|truc|affaire|patente)\s+"
                        r"(?:[\w'-]+\s+){0,2}?(?:where|that|which|ou|qui)\b")


def asks_fit(text: str) -> bool:
    """The question asks first whether the company qualifies ("do we still count as a small business for…"); its
    headcount stated ("15 employees") asks nothing."""
    return asked_focus(asked_part(text) or text) == "eligibility"  # not « détenue à 100 % par… »


def describes_one(text: str) -> bool:
    """The text describes one program (a definite article, a possessive, an organisation's one thing, one asked to
    exist by what it does)."""
    f = fold(text)
    return bool(ONE_THING.search(f) or _HAS_ONE.search(f) or _THERE_ONE.search(f) or _EXISTS_ONE.search(f) or _THE_THING.search(f))


_MONTHS = ("janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|"
           "march|april|may|june|july|august|september|october|november|december")
_WHEN = re.compile(rf"\b(?:({_MONTHS})\s+)?((?:19|20)[0-9]{{2}})\b")  # « décembre 2020 », "2019"
_NOT = re.compile(r"\b(?:pas|not|non|sauf|except|other than|autre que)\s+(?:(?:le|la|les|un|une|des|l'|the|a|an)\s*)?"
                  r"([a-z][a-z-]+)")  # a thing set aside: « pas un chercheur », "not the FLS"


# Whose program the question says it is: "Services Québec's wage subsidy", « la subvention salariale de Services
# Québec » (a capitalized name, accents stripped, case kept). The program described must be that body's.
_THING = (r"(?:grants?|programs?|programmes?|funds?|fonds|credits?|subsid(?:y|ies)|loans?|prets?|subventions?|calls?|"
          r"appels?|initiatives?|streams?|volets?|aides?|mesures?|measures?)")
_NAME = r"[A-Z][\w&+.-]*(?:\s+(?:(?:de|du|des|of)\s+|d')?[A-Z][\w&+.-]*){0,3}"
_OWNER = re.compile(rf"(?<![\w'])(?!(?i:what|that|it|there|here|who|where|let|he|she)['’]s)({_NAME})(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){{0,3}}?{_THING}\b|"
                    rf"\b{_THING}(?:\s+[a-z-]+){{0,2}}?\s+(?:de la |de l'|du |des |de |d'|of (?:the )?)({_NAME})|"
                    rf"\b([A-Z][A-Z0-9]{{2,}}\+?)\s+{_THING}\b")  # an acronym before it: "the FMSQ fund"


def owners(text: str) -> list[str]:
    """The bodies the question says a program is of, as written."""
    return [(m.group(1) or m.group(2) or m.group(3)).strip() for m in _OWNER.finditer(unaccent(text))]


def of_owner(p: Program, owner: str) -> bool:
    """`owner` is a name of `p`'s operator or of `p` itself (« Investissement Québec's … initiative », "Montréal's
    grant" for the City of Montréal)."""
    said = fold(" ".join([p.operator.fr, p.operator.en, *p.all_names()]))
    return fold(owner) in said


def known_owners(programs: dict[str, Program], text: str) -> list[str]:
    """The bodies the question says a program is of (owners) that run or name one of our programs."""
    return [o for o in owners(text) if any(of_owner(p, o) for p in programs.values())]


def of_all(p: Program, bodies: list[str]) -> bool:
    """`p` is of every one of `bodies`, and there is one at least."""
    return bool(bodies) and all(of_owner(p, o) for o in bodies)


def of_year(programs: dict[str, Program], text: str, close: list[str]) -> str | None:
    """Of programs close to the question, the one whose name gives the year it names, with its month when several
    name the year ("the December 2020 AI call": the MEI's 2020 call, not its 2019-2020 one); None when none or a tie."""
    asked = [(m.group(1), m.group(2)) for m in _WHEN.finditer(fold(text))]

    def said(pid: str) -> int:
        names = " ".join(fold(n) for n in programs[pid].all_names())
        by_name = max([2 if month and f"{month} {year}" in names else
                       int(bool(re.search(rf"(?<![\d-]){year}(?![\d-])", names))) for month, year in asked] or [0])
        # else a month and a year its facts give ("launched in April 2021": IQ's convertible-loan program)
        facts = " ".join(fold(f"{f.fr} {f.en}") for f in programs[pid].facts)
        return by_name or int(any(month and f"{month} {year}" in facts for month, year in asked))

    best = sorted(((said(pid), pid) for pid in close), reverse=True)
    return best[0][1] if best and best[0][0] and (len(best) < 2 or best[1][0] < best[0][0]) else None


def for_need(programs: dict[str, Program], needs: Collection[Need], close: list[str]) -> str | None:
    """Of programs close to the question, the one made for the need it describes (its first need), when only one is:
    "the federal fund that pays back part of our cloud GPU bills" is the compute fund. Kinds of money and R&D are
    what most programs give or pay for: they tell none apart."""
    made = [pid for pid in close if programs[pid].needs[0] in set(needs) - MONEY_NEEDS - PURPOSES]
    return made[0] if len(made) == 1 else None


# What a program is, in words its names bear in either language (generic ones, "program" or "service", tell none apart)
_KINDS = tuple(frozenset(k.split()) for k in ("fund fonds", "credit", "loan pret", "grant subvention", "incubator incubateur", "accelerator accelerateur",
                                             "scholarship bourse", "call appel", "competition concours", "exemption holiday conge", "discount rabais reduction remise"))
_MONEY_THING = re.compile(r"\b(?:grant|subvention|loan|pret|credit|funding|financement)s?$")  # money the described thing gives
_NO_MONEY = frozenset({Instrument.services, Instrument.in_kind, Instrument.fast_track})


def thing_said(text: str) -> list[str]:
    """The words of the one thing the text describes (ONE_THING), folded: "that medteq+-managed fund"; none if none."""
    return m.group(0).split() if (m := ONE_THING.search(fold(text))) else []


def of_kind(programs: dict[str, Program], text: str, close: list[str]) -> str | None:
    """The first of the programs close to the question when it alone is named for the kind of thing the question
    describes ("that MEDTEQ+-managed fund": the Innovation Support Fund, not the MEDTEQ+ Impact program close by)."""
    said = thing_said(text)
    word = said[-1] if said and not {"a", "an", "un", "une"} & set(said[1:-1]) else ""  # "the govt backs a loan": no head
    kind = next((k for k in _KINDS if word in k or word.removesuffix("s") in k), None)
    if kind is None or len(close) < 2:
        return None  # none to tell apart
    bearing = [pid for pid in close if any(w in kind or w.removesuffix("s") in kind
                                           for w in re.findall(r"[a-z]+", fold(" ".join(programs[pid].all_names()))))]
    return close[0] if bearing == close[:1] else None


def not_meant(programs: dict[str, Program], text: str, close: list[str]) -> str | None:
    """Of programs close to the question, the one left when the question sets the others aside by a word of their
    names (« l'exemption … pour un spécialiste (pas un chercheur) »: the experts' tax holiday, not the researchers')."""
    said = {t for m in _NOT.finditer(fold(text)) for t in tokenize(m.group(1))}
    left = [pid for pid in close if not said & set(tokenize(" ".join(programs[pid].all_names())))]
    return left[0] if said and len(close) > 1 and len(left) == 1 else None


def described_program(retriever: Retriever, text: str, focus: Focus, alone: bool = True,
                      needs: Collection[Need] = (), excluded: Collection[Instrument] = ()) -> str | None:
    """The program a question asking a specific fact (an amount, a rate, a date…) describes, when one stands out;
    else None (a list asked for, nothing described, or several programs close). `alone`: one program standing far
    above the others is taken without a definite article (not when the message describes the asker's company, which
    asks what it can use: « Existe-t-il des réductions de frais… » from a 9-person company in Lévis). `needs`:
    those the message reads, to tell close programs apart by what each is made for; `excluded`: the instruments it sets
    aside ("Only non-dilutive — no loans, no equity"), none of which is meant."""
    one = describes_one(text)
    if (focus == "general" and not WHAT_IS.search(fold(text))) or asks_list(text) or not (one or alone):  # nothing to search for
        return None
    snap = retriever.snapshot
    top = [(pid, r) for pid, r in _top(retriever, text) if not pid or snap.programs[pid].instrument not in excluded] + [("", 0.0)]
    lead = top[0][1] - top[1][1]
    close = [pid for pid, r in top[:3] if r >= max(DATED, top[0][1] - DATED_SPAN)]
    bodies = known_owners(snap.programs, text)
    theirs = [pid for pid, r in top[:3] if r >= DATED and of_all(snap.programs[pid], bodies)]
    if not bodies:  # "Does INESSS charge a fee…?": the body named, when its one program close to the question is the closest
        seen = text if (ask := asked_part(text)) == text.strip() or continues(ask, rest := text.replace(ask, " ")) or support_asked(norm(rest)) else ask  # a body named in a context that tells no support ("tested at the CHUM. Whom do we ask at the ministry?") is not asked of
        mine = [pid for pid, r in top[:3] if r >= DATED and of_all(snap.programs[pid], bodies_written(seen, snap.programs))]
        theirs, one = (mine, True) if mine == [top[0][0]] else (theirs, one)
    picked = of_year(snap.programs, text, close) or for_need(snap.programs, needs, close) or \
        not_meant(snap.programs, text, close) or (theirs[0] if len(theirs) == 1 and one else None) or \
        of_kind(snap.programs, text, close)
    if not (picked and one and alone):  # a company describing itself asks what it can use, not a fact of one program
        standout = one and top[0][1] >= STANDOUT and lead >= STANDOUT_LEAD  # far ahead, below MIN_RELEVANCE
        if (top[0][1] < MIN_RELEVANCE and not standout) or lead < MIN_LEAD or not (one or lead >= ALONE_LEAD):
            picked = _standout_in_description(retriever, text) if one and alone else None
            if picked is None:
                return None
        else:
            picked = top[0][0]
    if any(not of_owner(snap.programs[picked], o) for o in owners(text)):
        return None  # another body's program: a federal placement grant is not Services Québec's wage subsidy
    if _MONEY_THING.search(" ".join(thing_said(text))) and snap.programs[picked].instrument in _NO_MONEY:
        return None  # "the federal grant that helps you sell abroad" is no free advisory service
    return successor(snap.programs, picked, text)  # "the one that replaced eight older measures": the replacement


def _top(retriever: Retriever, text: str) -> list[tuple[str, float]]:
    """The three programs most relevant to `text`, then a blank one."""
    rel = of_government(retriever.snapshot.programs, asked_government(fold(text)), text_relevance(retriever, text))
    return sorted(rel.items(), key=lambda pr: pr[1], reverse=True)[:3] + [("", 0.0)]


def of_government(programs: dict[str, Program], gov: Government | None, rel: dict[str, float]) -> dict[str, float]:
    """A copy of `rel` kept to the programs of `gov`, the government a text says the one described is of (« le crédit
    remboursable fédéral » is no Québec credit, "the federal program that pays for travel" no city's); all when none."""
    return {pid: r for pid, r in rel.items() if gov is None or gov in programs[pid].government}


def _standout_in_description(retriever: Retriever, text: str) -> str | None:
    """The program that stands out for the sentence describing it, searched without the other sentences of the
    message ("Is there a federal program where the government buys our prototype and tests it? What was the max per
    contract in the last health call?": the ask's own words pull the whole message towards other programs)."""
    said = [s for s in sentences(text) if s.strip()]
    if len(said) < 2:
        return None
    part = next((s for s in said if describes_one(s)), said[0])
    top = _top(retriever, part)
    return top[0][0] if top[0][1] >= STANDOUT and top[0][1] - top[1][1] >= STANDOUT_LEAD else None


# A comparison naming one program and describing the other ("the Black Entrepreneurship Loan Fund, compared with the
# federal program that guarantees banks' loans to small businesses"): the words on the other side of the comparison,
# searched alone, must show one program of another family at COMPARED_MIN with a lead of MIN_LEAD. probes44
# (2026-12-05, a helper's set): such clauses had the program meant first at 0.67-0.81, leads 0.10-0.33.
COMPARED_MIN = 0.6
_OLD = re.compile(r"\b(?:old|older|former|previous|ancien\w*|precedent\w*)\b")  # the replaced program asked, not its successor
_VERSUS = re.compile(r"\b(?:compared (?:with|to)|compares? (?:[a-z'-]+ ){0,3}?(?:with|to|against)|compare(?:e|s)? (?:a|au|aux|avec)|comparativement (?:a|au|aux)|"
                     r"versus|vs\.?|than|rather than|plutot que|(?:plus|moins|mieux|autant)(?: [a-z'-]+){0,2} que|"
                     r"stacks? up against|measures? up (?:to|against)|par rapport (?:a|au|aux))\b")


def compared_with(retriever: Retriever, text: str, named: str, names: Collection[str]) -> str | None:
    """The program the other side of a comparison describes, when `text` names only `named` (by one of `names`)."""
    f = norm(text)
    at, rx = _VERSUS.search(f), names_rx(tuple(names))
    where = rx.search(f) if rx else None
    if at is None or where is None:
        return None
    clause = f[at.end():] if where.start() < at.start() else f[:at.start()]
    if len(clause.split()) < 3 or (asks_list(clause) and not ONE_THING.search(clause)):  # "the federal program that…"
        return None
    return described_side(retriever, clause, named)


def described_side(retriever: Retriever, clause: str, named: str, rel: dict[str, float] | None = None) -> str | None:
    """The one program of another family than `named` that `clause` describes (COMPARED_MIN, MIN_LEAD), else None
    (`rel`: the clause's relevance, when the caller has it)."""
    snap = retriever.snapshot
    mine = family(snap.programs[named]) if named else None
    gov = asked_government(fold(clause))
    rel = of_government(snap.programs, gov, text_relevance(retriever, clause) if rel is None else rel)  # a copy
    old = {p: new for p in rel if (new := snap.programs[p].intake.replaced_by) in rel} if not _OLD.search(fold(clause)) else {}
    for pid, new in old.items():  # a program and the one that replaced it are one lineage: the new one, at the better score
        rel[new] = max(rel.get(new, 0.0), rel.pop(pid, 0.0))
    top = sorted(((r, pid) for pid, r in rel.items() if family(snap.programs[pid]) != mine), reverse=True)[:3]
    tied = bool(top) and top[0][0] >= COMPARED_MIN and len({family(snap.programs[pid]) for _, pid in top}) == 1
    if gov or tied:  # one family's programs tied ("the federal women entrepreneurship microloans"), or one government's
        # said (« le crédit remboursable fédéral »): the one of the instrument named
        kind = [pid for _, pid in top if snap.programs[pid].instrument in infer(clause).instruments]
        if len(kind) == 1:
            return successor(snap.programs, kind[0], clause)
    if not top or ((lead := top[0][0] - (top[1][0] if len(top) > 1 else 0.0)) < MIN_LEAD or top[0][0] < COMPARED_MIN) and not (top[0][0] >= DATED and lead >= STANDOUT_LEAD):  # far ahead at a lower score stands out
        return None
    return successor(snap.programs, top[0][1], clause)  # "the credit that replaced the old ones": its replacement
