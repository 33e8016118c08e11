"""Find amounts, rates, dates and other numbers in French or English text and normalize them for comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_MONTHS = {
    "january": 1, "jan": 1, "janvier": 1, "janv": 1,
    "february": 2, "feb": 2, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2,
    "march": 3, "mar": 3, "mars": 3,
    "april": 4, "apr": 4, "avril": 4, "avr": 4,
    "may": 5, "mai": 5,
    "june": 6, "jun": 6, "juin": 6,
    "july": 7, "jul": 7, "juillet": 7, "juil": 7,
    "august": 8, "aug": 8, "août": 8, "aout": 8,
    "september": 9, "sep": 9, "sept": 9, "septembre": 9,
    "october": 10, "oct": 10, "octobre": 10,
    "november": 11, "nov": 11, "novembre": 11,
    "december": 12, "dec": 12, "décembre": 12, "decembre": 12, "déc": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_SP = r"[ \u00a0\u202f]"  # space, no-break space, narrow no-break space (French thousands separators)
_NUM = rf"\d{{1,3}}(?:(?:,|{_SP})\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_MULT = r"(?:millions?|milliards?|billions?|thousand|mille|M\$|MM\$|G\$|M|B|G|k|K)"

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_EN_DATE = re.compile(rf"\b({_MONTH_RE})\.?{_SP}+(\d{{1,2}})(?:st|nd|rd|th)?,?{_SP}+(\d{{4}})\b", re.I)
_FR_DATE = re.compile(rf"\b(\d{{1,2}})(?:er)?{_SP}+({_MONTH_RE})\.?{_SP}+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?{_SP}+(\d{{4}})\b", re.I)
_MONEY_PRE = re.compile(rf"(?:CA)?\$\s?({_NUM})(?:{_SP}?({_MULT})\b|{_SP}?({_MULT})(?=\W|$))?", re.I)
_MONEY_POST = re.compile(rf"\b({_NUM}){_SP}?(?:({_MULT}){_SP}?)?(?:de{_SP}+)?(?:\$|dollars?\b)", re.I)
_PCT = re.compile(rf"\b({_NUM}){_SP}?(?:%|per{_SP}?cent\b|pour{_SP}?cent\b)", re.I)
_NUMBER = re.compile(rf"\b({_NUM})(?:{_SP}?({_MULT}))?\b")

_FACTORS = {"k": 1e3, "thousand": 1e3, "mille": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6,
            "m$": 1e6, "mm$": 1e6, "b": 1e9, "g": 1e9, "g$": 1e9, "billion": 1e9, "billions": 1e9,
            "milliard": 1e9, "milliards": 1e9}


@dataclass(frozen=True)
class Figure:
    """A figure as written (`text`) and its normalized form (`kind`, `value`) for comparison."""

    kind: str  # money | pct | date | number
    value: str
    text: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.value)


def parse_number(raw: str) -> float:
    """'50,000' / '50 000' / '2,1' / '2.1' → float; a comma before exactly three digits groups thousands."""
    s = re.sub(_SP, "", raw)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    elif "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:  # odd groupings such as "1,234,5": keep the digits before the last separator as the integer
        head, _, tail = s.replace(",", ".").rpartition(".")
        return float(f"{head.replace('.', '')}.{tail}")


def _fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:.6g}"


def _scale(raw: str, mult: str | None) -> float:
    v = parse_number(raw)
    if mult:
        v *= _FACTORS.get(mult.lower(), 1.0)
    return v


def extract(text: str) -> list[Figure]:
    """Every figure in `text`, dates first so their parts are not read again as numbers."""
    out: list[Figure] = []
    taken = [False] * len(text)

    def claim(m: re.Match[str]) -> bool:
        if any(taken[m.start():m.end()]):
            return False
        for i in range(m.start(), m.end()):
            taken[i] = True
        return True

    for m in _ISO_DATE.finditer(text):
        if claim(m):
            out.append(Figure("date", f"{m[1]}-{m[2]}-{m[3]}", m[0]))
    for m in _EN_DATE.finditer(text):
        if claim(m):
            out.append(Figure("date", f"{m[3]}-{_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}", m[0]))
    for m in _FR_DATE.finditer(text):
        if claim(m):
            out.append(Figure("date", f"{m[3]}-{_MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}", m[0]))
    for m in _MONTH_YEAR.finditer(text):
        if claim(m):
            out.append(Figure("date", f"{m[2]}-{_MONTHS[m[1].lower()]:02d}", m[0]))
    for m in _MONEY_PRE.finditer(text):
        if claim(m):
            out.append(Figure("money", _fmt(_scale(m[1], m[2] or m[3])), m[0]))
    for m in _MONEY_POST.finditer(text):
        if claim(m):
            out.append(Figure("money", _fmt(_scale(m[1], m[2])), m[0]))
    for m in _PCT.finditer(text):
        if claim(m):
            out.append(Figure("pct", _fmt(parse_number(m[1])), m[0]))
    for m in _NUMBER.finditer(text):
        if claim(m):
            mult = m[2] if m[2] and m[2].lower() not in ("m", "b", "g", "k") else None
            out.append(Figure("number", _fmt(_scale(m[1], mult)), m[0]))
    return out


def keys(text: str) -> frozenset[tuple[str, str]]:
    """Normalized figures of a text, with each money or percentage also usable as a bare number (remembered: the
    guard checks every answer line against the same passages)."""
    return _keys(text)


@lru_cache(maxsize=8192)
def _keys(text: str) -> frozenset[tuple[str, str]]:
    ks: set[tuple[str, str]] = set()
    for f in extract(text):
        ks.add(f.key)
        if f.kind in ("money", "pct", "number"):
            ks.add(("any", f.value))
        if f.kind == "date":
            ks.add(("date", f.value[:7]))
            ks.add(("number", f.value[:4]))
            ks.add(("any", f.value[:4]))
    return frozenset(ks)


def unsupported(answer: str, quotes: list[str]) -> list[Figure]:
    """Figures of `answer` that no quote contains (compared in normalized form)."""
    support: set[tuple[str, str]] = set()
    for q in quotes:
        support |= keys(q)
    missing = []
    for f in extract(answer):
        if f.key in support:
            continue
        if f.kind == "number" and ("any", f.value) in support:
            continue
        if f.kind == "date" and len(f.value) == 7 and ("date", f.value) in support:
            continue
        missing.append(f)
    return missing
