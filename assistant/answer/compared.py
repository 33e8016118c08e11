"""The programs a question weighs or names loosely, each found by retrieval: two described without naming either
("Between Mila's R&D sprint … and IVADO's program that pairs companies with labs?"), one named and one described, or
a body's other program ("Does IRAP have bilateral calls?")."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answer.described import (
    DATED,
    DATED_SPAN,
    MIN_LEAD,
    ONE_THING,
    compared_with,
    described_side,
    known_owners,
    of_all,
)
from assistant.answer.misnamed import generic_named, others_than, partner_named
from assistant.answer.rank import text_relevance
from assistant.retrieval.retrieve import Retriever
from assistant.understand.intent import _COMPARE
from assistant.understand.names import names_rx
from assistant.understand.text import norm
from common.tokens import tokenize

# Two programs described and weighed ("Between Mila's R&D sprint … and IVADO's program that pairs…, which one costs
# less?", « Entre le sprint de Mila… pis le programme d'IVADO…, lequel… »): the words up to the question that follows
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(.{12,300}?)(?:,\s*(?=(?:which|what|who|how|lequel|laquelle|lesquels|"
                      r"quel\w*|c'est|ça|ca|est-ce)\b)|\?|$)", re.I)
_SIDES = re.compile(r"\s+(?:and|et|pis|or|ou)\s+", re.I)
# …or weighed one against the other: « le crédit fédéral versus le nouveau crédit québécois…, lequel… »
_AGAINST = re.compile(r"\s(?:versus|vs\.?|compared (?:with|to)|stacks? up against|par rapport (?:à|a|au|aux))\s", re.I)


def _sides(text: str) -> list[tuple[str, str]]:
    """The ways to cut the words after "between" into two sides, at one of its first four conjunctions; else the two
    sides of "versus" in its clause."""
    m = _BETWEEN.search(text)
    if m is None and (v := _AGAINST.search(text)):
        return [(re.split(r"[.:;?!]|,\s", text[:v.start()])[-1], re.split(r"[,;:?!]", text[v.end():])[0])]
    clause = m.group(1) if m else ""
    return [(clause[:cut.start()], clause[cut.end():]) for cut in list(_SIDES.finditer(clause))[:4]]


def described_pair(retriever: Retriever, text: str) -> list[str]:
    """The two programs of different families a comparison describes without naming them, each side searched alone
    (_one_side); [] when none or one stands out."""
    for one, two in _sides(text):
        first = _one_side(retriever, one, "")
        second = _one_side(retriever, two, first) if first else None
        if first and second:
            return [first, second]
    return []


def _one_side(retriever: Retriever, side: str, other: str) -> str | None:
    """The program one side describes (described_side), or, when it names whose it is ("IVADO's program that…"), the
    one of that body's programs closest to it, above DATED and MIN_LEAD ahead of the body's others."""
    rel = text_relevance(retriever, side)  # one search serves both ways
    if found := described_side(retriever, side, other, rel):
        return found
    snap = retriever.snapshot
    bodies = known_owners(snap.programs, side)
    theirs = sorted(((r, pid) for pid, r in rel.items() if pid != other and of_all(snap.programs[pid], bodies)),
                    reverse=True)[:2] + [(0.0, "")]
    return theirs[0][1] if theirs[0][0] >= DATED and theirs[0][0] - theirs[1][0] >= MIN_LEAD else None


# The other side as a pronoun and what describes it: « … et celui pour les communautés noires », "or the one for…"
_PRONOUN_SIDE = re.compile(r"\b(?:et|ou|and|or|que|than)\s+(?:celui|celle|ceux|the one|the ones)\s+(?=(?:de|du|des|d'|pour|qui|"
                           r"of|for|from|that|which|run by|offered by)\b)")


def with_compared(retriever: Retriever, text: str, mentioned: list[str], names: dict[str, list[str]]) -> list[str]:
    """`mentioned` and, when it holds one program, the one the other side of a comparison describes (compared_with);
    or instead the program described when the one named is only its partner (partner_named), named by common words
    that fit another better (generic_named) or names the body that runs it (operator_named); the program described
    first, and the one named, when the question stacks the first with it (stacked_with)."""
    if len(mentioned) == 1 and (first := stacked_with(retriever, text, mentioned[0], names[mentioned[0]])):
        return [first, mentioned[0]]
    if len(mentioned) == 1 and (described := partner_named(retriever, text, mentioned[0], names[mentioned[0]])
                                or generic_named(retriever, text, mentioned[0], names[mentioned[0]])
                                or operator_named(retriever, text, mentioned[0], names[mentioned[0]])):
        return [described]
    if not mentioned:
        return described_pair(retriever, text)
    f = norm(text)
    side = _PRONOUN_SIDE.search(f)
    if side and (said := described_side(retriever, re.split(r"[,;:?!]", f[side.end():])[0], mentioned[0])):
        return [mentioned[0], said]  # the side the pronoun stands for, not a sibling of the first named loosely
    other = (compared_with(retriever, text, mentioned[0], names[mentioned[0]])
             or _between_named(retriever, text, mentioned[0], names[mentioned[0]])
             or _either_named(retriever, text, mentioned[0], names[mentioned[0]])) if len(mentioned) == 1 else None
    return [*mentioned, other] if other else mentioned


# A program combined with the one named ("if we stack it with the Fonds PME MTL", « si on le jumelle avec le Fonds PME
# MTL »): the one named is no partner, and the program described before is the subject
_STACKED = re.compile(r"\b(?:combin\w*|cumul\w*|stack\w*|jumel\w*|pair\w*)\s+(?:[\w'-]+\s+){0,3}?(?:with|avec|a|au|aux)\s+"
                      r"(?:[\w'-]+\s+){0,2}$")  # "with the regular", « avec le »


def stacked_with(retriever: Retriever, text: str, named: str, names: list[str]) -> str | None:
    """The program other than `named` (its siblings too) that the text describes before stacking it with `named`: the
    last part before the name that describes one program, where it stands out (DATED, MIN_LEAD)."""
    f, rx = norm(text), names_rx(tuple(names))
    m = rx.search(f) if rx else None
    if m is None or not _STACKED.search(f[max(0, m.start() - 60):m.start()]):
        return None
    parts = [p for p in re.split(r"[.:;?!]|,\s", f[:m.start()]) if ONE_THING.search(p)]
    if not parts:
        return None
    top, _ = others_than(retriever, parts[-1], named)
    (pid, best), lead = top[0], top[0][1] - top[1][1]
    return pid if pid and best >= DATED and lead >= MIN_LEAD else None


# "X or the…", and after a few words of X's clause: "the CSBFP at my bank, or through the…", « chez Evol ou au fonds… »
_OR_ONE = re.compile(r"(?:\s+[\w'+&.-]+){0,6}?,?\s+(?:ou|or|pis|et|and)\s+(?:(?:through|from|with|at|via|par|chez|avec|de|d')\s*)?"
                     r"(?=(?:the|le|la|l'|les|its|son|sa|au|aux|du|des|a la|a l')\b)")


# what each gives or which gives more: "what does each one cover?", "would I get a bigger loan…", « lequel donne plus? »
_EACH = re.compile(r"\b(?:each (?:one|of them)|chacun(?:e)?|chaque (?:programme|option)|bigger|larger|higher|more|smaller|cheaper|"
                   r"plus (?:gros|grand|eleve)\w*|davantage|le plus)\b")


def _either_named(retriever: Retriever, text: str, named: str, names: list[str]) -> str | None:
    """The program described after "X or …" in a question weighing two (« qui prête le plus : Evol ou le fonds fédéral
    de microprêts pour femmes? », "who lends more, Evol or the federal women's microloan fund?"), X named."""
    f, rx = norm(text), names_rx(tuple(names))
    m = rx.search(f) if rx else None
    either = _OR_ONE.match(f, m.end()) if m and (_COMPARE.search(f) or _EACH.search(f)) else None
    return described_side(retriever, re.split(r"[,;:?!]", f[either.end():])[0], named) if either else None


def _between_named(retriever: Retriever, text: str, named: str, names: list[str]) -> str | None:
    """The program the other side of "between X and …" describes, X named (« Entre Evol pis le fonds de prêts fédéral
    pour les entrepreneurs noirs, lequel… »)."""
    rx = names_rx(tuple(names))
    if rx is None:
        return None
    for first, second in _sides(norm(text)):
        if rx.search(first) and not rx.search(second):
            return described_side(retriever, second, named)
        if rx.search(second) and not rx.search(first):
            return described_side(retriever, first, named)
    return None


# The body named as holding something: "IRAP's …", "Does IRAP have…", « Le PARI a-tu… », "Montréal inc. has…"
_HOLDS = re.compile(r"(?:['’]s\b|\s+(?:has|have|runs?|offers?|a|ont|offre|offrent|gere|gerent|a-t-il|a-t-elle|a-tu)\b|"
                    r"\s+(?:[\w-]+\s+){0,2}(?:fund|program|grant|initiative|accelerator)s?\b)")  # "the Inovia pre-seed fund"
_HELD_BEFORE = re.compile(r"\b(?:fonds|programme|subvention|initiative|accelerateur)\s+(?:[\w-]+\s+){0,2}(?:de|du|d')\s*"
                          r"(?:[\w-]+\s+(?:et|pis|and)\s+)?$")  # « le fonds pre-seed de Mila pis Inovia »


def operator_named(retriever: Retriever, text: str, named: str, names: Collection[str]) -> str | None:
    """Another program of the body a name of `named` also names as its operator, said to hold it ("Does IRAP have
    bilateral calls with Singapore?": NRC IRAP runs the EUREKA bilateral calls), when the text fits it at DATED and
    DATED_SPAN ahead of `named` and of the others."""
    f, rx = norm(text), names_rx(tuple(names))
    held = [m for m in (rx.finditer(f) if rx else ())  # not « appliquer au PARI »
            if _HOLDS.match(f, m.end()) or _HELD_BEFORE.search(f[:m.start()])]
    said = {t for m in held for t in tokenize(m.group())}
    snap = retriever.snapshot
    if not said:
        return None
    top, own = others_than(retriever, text, named)
    pid, best = top[0]
    runs = pid and said <= set(tokenize(f"{snap.programs[pid].operator.fr} {snap.programs[pid].operator.en}"))
    return pid if runs and best >= DATED and best - max(own, top[1][1]) >= DATED_SPAN else None
