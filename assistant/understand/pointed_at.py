"""Which program just shown a follow-up points at by what it names: a kind of body ("the ministry"), a part (« la phase 2 »)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from common.lang import fold
from common.records import Program

# The kind of body a follow-up points at ("who do we talk to on the ministry side?", « à l'université »), read in the
# operators' names of the programs just shown (a city is left out: "Québec City" is where the company is).
_BODIES = [re.compile(rf"\b(?:{alts})\b") for alts in (r"ministr(?:y|ies)|ministeres?|ministerial|ministeriel\w*",
                                                       r"universit\w+", r"(?<!our )(?<!my )banks?|(?<!notre )(?<!ma )banques?",  # not the company's own
                                                       r"foundations?|fondations?")]


def by_body(message: str, last_programs: list[str], programs: Mapping[str, Program]) -> list[str]:
    """The programs just shown, those run by the kind of body the message names first; as they were when it names
    none, or when none or all of them are run by one."""
    f = fold(message)
    for pat in (pat for pat in _BODIES if pat.search(f)):
        hits = [p for p in last_programs if p in programs
                and pat.search(fold(f"{programs[p].operator.fr} {programs[p].operator.en}"))]
        if 0 < len(hits) < len(last_programs):
            return [*hits, *(p for p in last_programs if p not in hits)]
    return last_programs


# A part of a program named ("and phase 2?", « pis le volet 2 », "stream B"): its kind and its number or letter
_PART = re.compile(r"\b(phase|stream|volet|component|composante|tier|palier|track|axe|option)s? ?([0-9]+|[a-d]|i{1,3}|iv)\b")


def by_part(message: str, last_programs: list[str], programs: Mapping[str, Program]) -> list[str]:
    """The programs just shown, those whose record has the part the message names first ("how much is phase 2?" after
    a list where only Innovative Solutions Canada has phases); as they were when it names none, or none or all have it."""
    m = _PART.search(fold(message))
    if m is None:
        return last_programs
    part = re.compile(rf"\b{m.group(1)}s? ?{re.escape(m.group(2))}\b")
    hits = [p for p in last_programs if p in programs and part.search(fold(record_text(programs[p])))]
    return [*hits, *(p for p in last_programs if p not in hits)] if 0 < len(hits) < len(last_programs) else last_programs


def record_text(p: Program) -> str:
    """A record's names, summary and facts, in both languages."""
    return " ".join([p.name.fr, p.name.en, p.summary.fr, p.summary.en, *(x for f in p.facts for x in (f.fr, f.en))])


def pointed_order(message: str, last_programs: list[str], programs: Mapping[str, Program]) -> list[str]:
    """The programs just shown, those the message points at by their body or by a part first."""
    return by_part(message, by_body(message, last_programs, programs), programs)
