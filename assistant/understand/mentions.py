"""Which programs a question is about: the most specific names it writes, a second one named loosely in a
comparison, ordered by the words their names share with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.understand.intent import _COMPARE, described
from assistant.understand.names import NameIndex, best_loose, names_rx
from assistant.understand.operators import names_of, operator_side, written
from assistant.understand.profile import infer
from assistant.understand.text import held, norm
from assistant.understand.unknown import titled_runs
from common.lang import fold
from common.records import Program
from common.tokens import tokenize
from common.vocab import Intake


def by_name_match(ids: list[str], message: str, programs: dict[str, Program]) -> list[str]:
    """Order mentioned programs by how many of the question's words their names share ('2023', 'MEDTEQ+')."""
    if len(ids) < 2:
        return ids
    words = set(tokenize(message))

    def shared(pid: str) -> int:
        p = programs.get(pid)
        names = f"{pid} {p.name.fr} {p.name.en} {' '.join(p.aliases)}" if p else pid
        return len(words & set(tokenize(names.replace("-", " "))))

    return sorted(ids, key=lambda i: -shared(i))


# two sides, not a body and what it runs, unless the bodies follow "of" (« le fonds X de Mila et Inovia »)
_VERSUS = re.compile(r"\b(?:vs|versus|or|ou|than|que|compar\w*|contre|between|entre|et|and)\b")


def _spans(f: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where a program's `names` stand in normalised `f` (the one cached pattern of them all, names_rx)."""
    rx = names_rx(tuple(names))
    return [m.span() for m in rx.finditer(f)] if rx else []


def without_operators(ids: list[str], message: str, names: dict[str, list[str]], programs: dict[str, Program]) -> list[str]:
    """`ids` without a program named only as the body running another one named beside it, within four words ("the
    Mila and Inovia Venture Scientist Fund", « le fonds Venture Scientist de Mila pis Inovia »): the fund is asked,
    not Inovia Capital's own funds."""
    f = norm(message)

    def runs(a: str, b: str) -> bool:
        op = norm(f"{programs[b].operator.en} {programs[b].operator.fr}")
        if not _spans(op, names.get(a, ())):
            return False
        bs = _spans(f, names.get(b, ()))
        apart = [(s, e) for s, e in _spans(f, names.get(a, ())) if not any(s2 <= s and e <= e2 for s2, e2 in bs)]
        return any(len(gap := f[min(e1, e2):max(s1, s2)].split()) <= 4 and (gap[:1] in (["de"], ["of"], ["by"], ["du"]) or
                   not _VERSUS.search(" ".join(gap))) for s1, e1 in apart for s2, e2 in bs)  # not "IRAP" in "IRAP Youth…"
    return [a for a in ids if not any(b != a and b in programs and a in programs and runs(a, b) for b in ids)]


def of_family_said(ids: list[str], message: str, names: dict[str, list[str]], programs: dict[str, Program]) -> list[str]:
    """`ids` with a program named by a short name that another family's program also bears, that family written beside
    it ("PME MTL's FLS", « le FLS de PME MTL », "the PME MTL FLS"), replaced by that family's program: the MRCs' FLS
    is not Montréal's."""
    f = norm(message)
    out = []
    for a in ids:
        for s, e in _spans(f, names.get(a, ())) if a in programs else []:
            said = re.compile(rf"(?<![\w-]){re.escape(f[s:e])}(?![\w-])")
            theirs = [b for b, p in programs.items() if p.family and p.family != programs[a].family
                      and _family_beside(p.family.replace("-", " "), f, s, e) and any(said.search(norm(n)) for n in names.get(b, ()))]
            if len(theirs) == 1:
                a = theirs[0]
                break
        out.append(a)
    return list(dict.fromkeys(out))


def _family_beside(family: str, f: str, start: int, end: int) -> bool:
    """The family's words just before the name ("pme mtl's fls", "the pme mtl fls") or just after (« fls de pme mtl »)."""
    fam = re.escape(family)
    return bool(re.search(rf"(?<![\w-]){fam}(?:'s|’s|s')? $", f[:start]) or re.match(rf" (?:de|du|d'|of|from) (?:la |le |l')?{fam}(?![\w-])", f[end:]))


def most_specific(ids: list[str]) -> list[str]:
    """'IRAP youth program' names nrc-irap and nrc-irap-yep: keep the stream."""
    return [i for i in ids if not any(o != i and o.startswith(i + "-") for o in ids)]


# The program written is the one replaced: "the new credit that replaced the old salary credit", « le programme qui a
# remplacé le PSO », "the successor to X". The question is about its replacement.
_SUCCEEDS = re.compile(r"\b(?:(?:that|which) (?:has |have )?replaced|qui (?:a |ont )?remplace|successor (?:to|of)|"
                       r"replacement (?:for|of)|remplacant (?:de|du|des|d')|(?:a |ont )?succede (?:a|au|aux)|"
                       # "the new fund that took over from Impulsion PME", « qui a pris le relais d'Impulsion PME »
                       r"(?:took|has taken|takes) over from|(?:a |ont )?pris (?:le relais|la releve) (?:de|du|des|d')|"
                       # "folded its old R&D credits into a single refundable one", « a fusionné ses crédits en un seul »
                       r"(?:folded|merged|consolidated|combined|rolled|replaced) (?:[\w'&-]+ ){0,5}(?:into|with) (?:a|one|the) "
                       r"(?:single|new)|(?:fusionne|regroupe|remplace) (?:[\w'&-]+ ){0,5}(?:en|par) (?:un|une|le|la) "
                       r"(?:seul|seule|nouveau|nouvelle))|"
                       # "Québec's new credit", « le nouveau crédit québécois »: the one in force
                       r"\b(?:new|nouveaux?|nouvelles?) (?:[\w'-]+ ){0,2}?(?:credits?|funds?|fonds|programs?|programmes?|loans?|prets?|grants?|subventions?)\b")
COMPARED, HALF = 4, 0.5  # the most programs one comparison shows; a loose side scores half the best one at least


def programs_asked(named: list[str], index: NameIndex, message: str, programs: dict[str, Program]) -> list[str]:
    """The programs `message` asks about: those it names (`named`), else the one it describes loosely (its name's
    words apart, found by `index` only when needed) when it asks a specific fact; in a comparison, a second program
    named loosely is compared too ("Innovative Solutions Canada or the City of Montréal's open innovation subsidy")."""
    if _COMPARE.search(fold(message)):  # every program named is compared, the stream with its program too
        named = of_family_said(named, message, index.names, programs)  # "PME MTL's FLS vs …" (longer_named for one)
        scores = index.loose_scores(message)
        ranked = sorted(scores, key=lambda k: (-scores[k], k))
        if len(named) > 1 or (not named and len(ranked) > 1):  # and each other one named loosely ("…, the fee
            base = named or ranked[:1]  # reduction and the INESSS … evaluation"; « l'évaluation INESSS … »)
            loose = [k for k in ranked if k not in base and scores[k] >= scores[ranked[0]] * HALF
                     and not any(k.startswith(n + "-") or n.startswith(k + "-") for n in base)]
            return [*base, *loose][:COMPARED]
        mentioned = named or described(message, best_loose(scores))
        # the second side: the other program written loosely with the rarest words, not a stream of the first, else
        # the program of the operator it names (« MEDTEQ+ ou PARI »)
        others = sorted(scores, key=lambda k: (-scores[k], k)) if len(mentioned) == 1 else []
        second = [p for p in others if p not in mentioned and not p.startswith(mentioned[0] + "-")][:1]
        if len(mentioned) == 1 and not second and (side := operator_side(message, mentioned[0], programs, scores)):
            second = [side]
        return mentioned + [successor(programs, p, message) for p in second]  # « le nouveau crédit québécois »: CRIC
    runs = [toks for _, toks in titled_runs(message)]
    scores = index.loose_scores(message)  # once: the loose names, and the longer names beside one written
    loose = [k for k in best_loose(scores) if not in_longer_name(runs, programs[k])]
    found = by_name_match(most_specific(named) or described(message, loose), message, programs)
    found = [longer_named(found[0], index, message, programs, scores)] if len(found) == 1 and named else found
    if len(found) == 1 and len(sub := [k for k in loose if k.startswith(found[0] + "-")]) == 1:
        found = sub  # "IRAP's 2026 Canada–Singapore R&D call": the stream written loosely, not its program
    return family_for_need([successor(programs, found[0], message)], programs, message) if len(found) == 1 else found


_JOINS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "s", "by", "par", "and", "et", "offert", "offered"})


def longer_named(found: str, index: NameIndex, message: str, programs: dict[str, Program],
                 scores: dict[str, float]) -> str:
    """The program whose longer name, written loosely in full, holds a name of `found` and goes on right beside it
    ("le Fonds local de solidarité de Montréal": FLS Montréal, not the MRCs' funds of that generic name; "the FLS of PME
    MTL"); else `found` ("le fonds innovation … avec le Fonds PME MTL" names the Fonds PME MTL). `scores`: the
    message's loose_scores."""
    f, rx = norm(message), names_rx(tuple(index.names.get(found, ())))
    m = rx.search(f) if rx else None
    if m is None:
        return found
    near = [w for w in re.findall(r"[a-z0-9]+", f[:m.start()]) if w not in _JOINS][-1:] + \
        [w for w in re.findall(r"[a-z0-9]+", f[m.end():]) if w not in _JOINS][:1]
    mine = [frozenset(tokenize(n)) for n in programs[found].all_names()]
    for k in sorted(scores, key=lambda k: (-scores[k], k)):
        longer = [frozenset(tokenize(n)) for n in programs[k].all_names()]
        if k != found and scores[k] > scores.get(found, 0.0) and any(
                own < n and set(tokenize(" ".join(near))) & (n - own) for own in mine for n in longer):
            return k
    return found


def in_longer_name(runs: list[frozenset[str]], p: Program) -> bool:
    """A run of capitals (`runs`: titled_runs' words) holds two words of `p`'s names and others besides: a longer name,
    not `p` written loosely ("the Québec Health Data Accelerator" is not the Québec Health Accelerator)."""
    if not runs:
        return False
    own = {t for n in p.all_names() for t in tokenize(n)}
    return any(len(toks & own) >= 2 and toks - own for toks in runs)


def successor(programs: dict[str, Program], pid: str, text: str) -> str:
    """The program that replaced `pid` when `text` asks for the one that replaced it ("the credit that replaced…"),
    and the corpus holds it; else `pid`."""
    new = programs[pid].intake.replaced_by
    return new if new in programs and _SUCCEEDS.search(fold(text)) else pid


def in_use(message: str, names: Sequence[str]) -> bool:
    """Every mention of a program (by one of `names`) is of what the company already uses ("we claim SR&ED on that
    work", « on réclame déjà le RS&DE »): context, not the program asked about."""
    f = norm(message)
    rx = names_rx(tuple(names))
    found = list(rx.finditer(f)) if rx else []
    return bool(found) and all(held(f, m.start()) or bool(_HELD_AFTER.match(f, m.end())) for m in found)


# What the company already has, said after the program's name ("BDC Capital is already on our cap table", « BDC
# Capital est déjà dans notre capital », "BDC Capital is already an investor"): "already" makes it the company's situation.
_HELD_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|has|have|est|sont|a|ont|nous a|nous ont|a ete)\s+)?(?:already|deja|currently|actuellement)\s+"
    r"(?:(?:on|in|dans|sur|au|parmi)\s+)?(?:(?:one of|l'un de|un de)\s+)?(?:our|notre|nos|my|mon|ma|mes|an?|une?)?\s*"
    r"(?:cap table|capital|table de capitalisation|actionnariat|actionnaires?|shareholders?|investors?|investisseurs?|"
    r"lenders?|preteurs?|invested|backed|funded|financed|funds us|lent|investi|finance|prete|accorde)\b")


# A name set aside for another program: « (pas le FLS, l'autre) », "not the FLS, the other one" (folded text)
_ASIDE = re.compile(r"\b(?:pas|not)\s+(?:le|la|les|l'|the)?\s*([\w&+'-]+(?:\s+[\w&+'-]+){0,2}?)\s*[,;]\s*"
                    r"(?:mais\s+|but\s+)?(?:l'autre|the other)\b")


def set_aside(message: str, names: Sequence[str]) -> bool:
    """The question sets this program aside for another by words of its names ("not the FLS, the other one"): it is
    not the subject, whether named in full or found by its words apart."""
    words = [set(tokenize(m.group(1))) for m in _ASIDE.finditer(norm(message))]
    mine = set(tokenize(" ".join(names)))
    return any(w and w <= mine for w in words)


# Another than the program named: "Anything other than IRAP?", « Autre chose que le PARI? », "besides BDC", "beyond
# CanExport?", « au-delà de CanExport »
OTHER_THAN = re.compile(r"\b(?:other than|besides|beyond|on top of|apart from|aside from|instead of|au-dela d(?:e|u|es)|en plus d(?:e|u|es)|autres? (?:(?:chose|choses|programmes?|"
                        r"options?|fonds|pr[eê]ts|subventions?|aides?) )?que|[aà] part|en dehors d(?:e|u|es)(?! (?:la |l')?(?:quebec|canada|province|pays|ville|region)\b)|au lieu d(?:e|u|es))\b")


# Others than those said before asked: "CanExport's closed for the year, so what else does Ottawa offer?", « quoi
# d'autre au fédéral? »
_ELSE = re.compile(r"\b(?:what|anything|something|which|who) else\b|\b(?:quoi|qui|quelque chose|rien) d'autre\b")


def besides(message: str, names: dict[str, Sequence[str]]) -> list[str]:
    """The programs named after "besides", « à part » when two or more are ("What else besides IRAP and SR&ED?"), or
    only before a "what else" (« CanExport est fermé, quoi d'autre? »): what the company knows or has, set aside from
    the list asked for, not the programs compared."""
    f = norm(message)
    at = OTHER_THAN.search(f)
    if at is None:
        other = _ELSE.search(f)
        return [pid for pid, ns in names.items() if other and (rx := names_rx(tuple(ns))) and (found := list(rx.finditer(f)))
                and all(m.end() <= other.start() for m in found)]
    after = [pid for pid, ns in names.items() if (rx := names_rx(tuple(ns))) and any(m.start() >= at.end() for m in rx.finditer(f))]
    return after if len(after) >= 2 else []


# on the message as sent (accents allowed), to what the rest asks for: « autre chose que PME MTL | pour un prêt de 100 000 $ »
_BESIDES_CLAUSE = re.compile(OTHER_THAN.pattern + r"[^,;.?!]*?(?=\s+(?:pour|for|to|afin|qui|that|which|avec|with)\s|[,;.?!]|$)", re.I)


def operators_besides(message: str, programs: dict[str, Program]) -> list[str]:
    """The programs of an operator the message sets aside by its name (« autre chose que PME MTL », "besides BDC"):
    the company knows them or has them."""
    clause = " ".join(m.group() for m in _BESIDES_CLAUSE.finditer(message))
    if not clause:
        return []
    return [pid for pid, p in programs.items() if any(written(n, clause, fold(clause)) for n in names_of(p))]


def without_besides(message: str) -> str:
    """The message without the clause naming what is set aside ("besides IRAP and the federal SR&ED credit"): those
    programs' words (a "credit") say nothing of what is asked."""
    return _BESIDES_CLAUSE.sub(" ", message)


# What a body offers asked of it: "Does IRAP have anything…", "can IRAP help…", « le PARI a-t-il quelque chose pour… »
# (not money it received: « combien Québec a-t-il accordé à Scale AI pour la formation »)
_OFFERS = re.compile(r"\b(?:have|has|offer\w*|run\w*|provide\w*|a-t-il|a-t-elle|ont-ils|offre\w*|propose\w*)\s+"
                     r"(?:[\w'-]+\s+){0,3}?(?:anything|something|programs?|streams?|quelque chose|programmes?|volets?|"
                     r"options?)\b|\b(?:can|could|peut|pourrait)\s+\S+\s+(?:help|aider)\b")


def family_for_need(mentioned: list[str], programs: dict[str, Program], message: str) -> list[str]:
    """One program named for a need it does not serve (the needs the message states), whose family has a program that
    does, when the message asks what the program offers: that one ("Does IRAP have anything to help us hire young
    graduates?" asks for IRAP's youth employment program); else `mentioned`."""
    if len(mentioned) != 1 or not _OFFERS.search(fold(message)):
        return mentioned  # most questions: the needs are not read again
    needs = infer(message).needs
    if not needs or set(programs[mentioned[0]].needs) & set(needs):
        return mentioned
    home = programs[mentioned[0]].family or mentioned[0]
    members = [k for k, p in sorted(programs.items()) if k != mentioned[0] and (p.family or k) == home
               and set(p.needs) & set(needs) and p.intake.status not in (Intake.closed, Intake.replaced)]
    return members[:1] or mentioned


def in_said_order(ids: Sequence[str], message: str, names: dict[str, list[str]]) -> tuple[str, ...]:
    """`ids` in the order the message names them, each where its longest name stands (« le PARI ou la RS&DE » then
    « le deuxième » is the RS&DE; "PME MTL's FLS or the Fonds PME MTL": the FLS first); as they are when the message
    does not name them all (one is the program discussed before, or described)."""
    f = norm(message)
    at: dict[str, int] = {}
    for pid in ids:
        spans = _spans(f, names.get(pid, ()))
        if not spans:
            return tuple(ids)
        at[pid] = max(spans, key=lambda sp: (sp[1] - sp[0], -sp[0]))[0]
    return tuple(sorted(ids, key=lambda pid: at[pid]))
