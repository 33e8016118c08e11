"""The names a question may give a program's operator ("MEDTEQ+", « Investissement Québec »), read from the records'
operator field, and the program a comparison means when one of its sides is an operator."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from assistant.understand.unknown import offering
from common.lang import fold, unaccent
from common.records import Program

# An acronym in parentheses ("… du Québec (MEDTEQ+)", "(CNRC)") with at least two capitals.
ACRONYM = re.compile(r"\(([A-ZÉ][A-Za-zÉ0-9+&-]{1,10})\)")
# An operator's own name: what the field says before any description ("Investissement Québec, pour le MEIE",
# "Génome Québec (organisme…)", "MEDTEQ+ (gestion du fonds)"), without its article ("Les MRC (…)": "MRC").
LEAD_NAME = re.compile(r"^\s*(?:(?:[Ll]es|[Ll]e|[Ll]a|[Tt]he)\s+|[Ll]')?([^(,;—–]+?)\s*(?:[(,;—–]|$)")
MAX_NAME_WORDS = 4  # longer leads are descriptions ("Consortium de recherche industrielle et d'innovation…")
# A whole government is no one body ("Government of Canada" runs unrelated funds)
_GOVERNMENT = re.compile(r"^(?:gouvernement|government)\b")


def acronyms(text: str) -> set[str]:
    """The acronyms an operator field gives in parentheses."""
    return {a for a in ACRONYM.findall(text) if sum(c.isupper() for c in a) >= 2}


def lead_name(text: str) -> str | None:
    """The operator's own name at the start of its field, when it is short enough to be a name."""
    m = LEAD_NAME.match(text)
    name = m.group(1).strip() if m else ""
    return name if name and len(name.split()) <= MAX_NAME_WORDS else None


def names_of(p: Program) -> frozenset[str]:
    """The names of `p`'s operator, in both languages: its acronyms and its own short name."""
    return _operator_names(p.operator.fr, p.operator.en)


def bodies_of(p: Program) -> frozenset[str]:
    """`p`'s operator names that name one body: not a whole government ("Government of Canada" runs unrelated funds)."""
    return _body_names(p.operator.fr, p.operator.en)


@lru_cache(maxsize=1024)
def _operator_names(fr: str, en: str) -> frozenset[str]:
    """names_of's reading of an operator field pair, done once per operator (every question looks them up)."""
    out: set[str] = set()
    for text in (fr, en):
        out |= acronyms(text)
        if (name := lead_name(text)) is not None:
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=1024)
def _body_names(fr: str, en: str) -> frozenset[str]:
    return frozenset(n for n in _operator_names(fr, en) if not _GOVERNMENT.match(fold(n)))


@lru_cache(maxsize=4096)
def _name_rx(name: str, flags: int = 0) -> re.Pattern[str]:
    """`name` as a whole word (not inside "MEDTEQ+s" nor "Mitacs2"), compiled once."""
    return re.compile(rf"(?<![\w+]){re.escape(name)}(?![\w+])", flags)


def written(name: str, message: str, folded: str) -> bool:
    """`name` in `message`: one word as the record writes it ("MEDTEQ+", "Mitacs"; not « prompt »), several words in
    any case or accents (« genome canada »)."""
    if " " in name:
        return _name_rx(fold(name)).search(folded) is not None
    return _name_rx(name).search(message) is not None


def operator_side(message: str, first: str, programs: dict[str, Program], scores: dict[str, float],
                  today: dt.date | None = None) -> str | None:
    """The program a comparison means by the operator it names beside `first` (« MEDTEQ+ ou PARI », "Génome Québec
    vs Genome Canada"): of that operator's programs, the one whose name the message writes most (`scores`, the
    loose name scores), then one taking applications today, then one that has not ended."""
    today = today or dt.date.today()
    folded = fold(message)
    names = {pid: names_of(p) for pid, p in programs.items()}  # each record's operator read once
    own = names.get(first, frozenset())
    if first in programs:  # a name of the first program itself ("IRAP" for NRC IRAP) is that side, not another
        own = own | {n for ns in names.values() for n in ns
                     if any(_name_rx(n).search(t) for t in programs[first].all_names())}
    named = {n for ns in names.values() for n in ns - own if written(n, message, folded)}
    if not named:
        return None
    candidates = [p for pid, p in programs.items() if pid != first and not pid.startswith(first + "-")
                  and names[pid] & named]
    if not candidates:
        return None
    best = min(candidates, key=lambda p: (-scores.get(p.id, 0.0), not p.accepting(today), p.ended(today), p.id))
    return best.id


def asked_of(message: str, programs: dict[str, Program]) -> set[str]:
    """The programs of each body the message asks what it offers ("Does Mila have a program for…?", "What does
    Investissement Québec offer a seed-stage medtech?", « Est-ce que MEDTEQ+ a un programme… »): that body's own."""
    plain = unaccent(message)
    text = plain if len(plain) == len(message) else message  # spans on accent-free text (« Genome Quebec » is written)
    out: set[str] = set()
    for pid, p in programs.items():
        for name in bodies_of(p):
            rx = _name_rx(unaccent(name), re.I if " " in name else 0)  # several words in any case; one word as written
            if any(offering(text, m.start(), m.end()) for m in rx.finditer(text)):
                out.add(pid)
                break
    return out


def bodies_written(message: str, programs: dict[str, Program]) -> list[str]:
    """The names of our programs' operators the message writes ("Does INESSS charge a fee…", « Génome Québec »), a whole
    government aside, and not those in brackets ("the national institutes (Mila, Amii, Vector)": examples, not the subject):
    the body a question is about when it names no program."""
    message = re.sub(r"\([^()]*\)", " ", message)
    folded = fold(message)
    found = {n for p in programs.values() for n in bodies_of(p) if written(n, message, folded)}
    return sorted(found)
