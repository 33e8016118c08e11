"""Independent grounding: quotes are verbatim in their files; every amount, rate or date the answer states is quoted.

Deliberately shares nothing with common/figures.py or the answer guard (assistant/answer/evidence.py): its own small
extractor, its own sentence split, and no support from the asker's words. Files are loaded through ingest's loader
(what ingest indexes is what a quote must come from; the loader is not what is measured)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from assistant.models import Answer
from ingest.loaders import load

MONTHS = {m: i + 1 for i, ms in enumerate([
    "janvier january jan", "fevrier février february feb", "mars march mar", "avril april apr", "mai may",
    "juin june jun", "juillet july jul", "aout août august aug", "septembre september sept sep",
    "octobre october oct", "novembre november nov", "decembre décembre december dec"]) for m in ms.split()}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"(?:\s?(?:milliards?|billions?|G|B|millions?|M|k|K|mille)\b)?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("date", re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MON})\.?\s+(\d{{4}})\b", re.I)),
    ("date", re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)),
    ("month", re.compile(rf"\b({_MON})\.?\s+(\d{{4}})\b", re.I)),
    ("year", re.compile(r"\b(?:en|depuis|since|in|until|jusqu.en|avant|before|apr[eè]s|after|by|d.ici|from|d[eè]s)"
                        r"\s+((?:19|20)\d{2})\b", re.I)),
    ("money", re.compile(rf"(?:\$|CAD|CA\$|C\$|€)\s?({_NUM}){_SCALE}", re.I)),
    ("money", re.compile(rf"({_NUM}){_SCALE}\s?(?:\$|M\$|k\$|G\$|dollars|CAD|€)", re.I)),
    ("rate", re.compile(rf"({_NUM})\s?(?:%|pour\s?cent|percent|per cent)", re.I)),
]
_MARK = re.compile(r"\[(\d+)\]")
_LEADING_MARKS = re.compile(r"^\s*((?:\[\d+\]\s*)+)")


def number(text: str) -> float:
    """'1 500 000', '1,500,000', '2,5', '2.5' → float (a comma or dot before exactly 3 digits groups thousands)."""
    t = re.sub(r"[ \u00a0\u202f]", "", text)
    t = re.sub(r"[,.](?=\d{3}(?:\D|$))", "", t)
    return float(t.replace(",", "."))


def scale(after: str) -> float:
    a = after.strip().lower()
    if a.startswith(("milliard", "billion", "g", "b")):
        return 1e9
    if a.startswith(("million", "m")) and not a.startswith("mille"):
        return 1e6
    return 1e3 if a.startswith(("k", "mille")) else 1.0


def figures_in(text: str) -> list[tuple[str, str]]:
    """(normalized key, as written) for each amount, rate or date; overlapping matches are read once."""
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((key_of(kind, m), m.group(0).strip()))
    return out


def key_of(kind: str, m: re.Match[str]) -> str:
    g = m.groups()
    if kind == "date":
        if len(g[0]) == 4 and g[0].isdigit():  # ISO; "June 22, 2025" also opens with four letters
            return f"date:{g[0]}-{int(g[1]):02d}-{int(g[2]):02d}"
        if g[0].isdigit():
            return f"date:{g[2]}-{MONTHS[g[1].lower()]:02d}-{int(g[0]):02d}"
        return f"date:{g[2]}-{MONTHS[g[0].lower()]:02d}-{int(g[1]):02d}"
    if kind == "month":
        return f"month:{g[1]}-{MONTHS[g[0].lower()]:02d}"
    if kind == "year":
        return f"year:{g[0]}"
    value = number(g[0]) * (scale(m.group(0)[m.end(1) - m.start(0):]) if kind == "money" else 1.0)
    return f"{kind}:{round(value, 4):g}"


def support_keys(quote: str) -> set[str]:
    """What a quote can support: its figures, plus the month and year of each date, and bare numbers as amounts."""
    keys = {k for k, _ in figures_in(quote)}
    for k in list(keys):
        if k.startswith("date:"):
            keys |= {f"month:{k[5:12]}", f"year:{k[5:9]}"}
        elif k.startswith("month:"):
            keys.add(f"year:{k[6:10]}")
    for raw in re.findall(_NUM, quote):
        keys.add(f"money:{number(raw):g}")
    keys |= {f"year:{y}" for y in re.findall(r"\b(?:19|20)\d{2}\b", quote)}
    return keys


def sentences(answer: str) -> list[tuple[str, set[int]]]:
    """(sentence, citation numbers it carries): markers opening a piece belong to the sentence before; unmarked
    sentences of a line take the next marker of the same line (a citation at the end of a run of sentences)."""
    out: list[tuple[str, set[int]]] = []
    for line in answer.split("\n"):
        pieces = [p for p in re.split(r"(?<=[.!?;])\s+", line) if p.strip()]
        line_out: list[tuple[str, set[int]]] = []
        for piece in pieces:
            lead = _LEADING_MARKS.match(piece)
            if lead and line_out:
                line_out[-1][1].update(int(n) for n in _MARK.findall(lead.group(1)))
                piece = piece[lead.end():]
            if piece.strip():
                line_out.append((piece.strip(), {int(n) for n in _MARK.findall(piece)}))
        pending: list[int] = []
        for i, (_, marks) in enumerate(line_out):
            if not marks:
                pending.append(i)
            else:
                for j in pending:
                    line_out[j][1].update(marks)
                pending = []
        out += line_out
    return out


@lru_cache(maxsize=1024)
def loaded_text(path: Path) -> str:
    doc = load(path, path.read_bytes())
    return "\n".join(s.text for s in doc.sections)


@dataclass
class Grounding:
    figures: int = 0
    supported: int = 0
    quotes: int = 0
    verbatim: int = 0
    violations: list[dict[str, str]] = field(default_factory=list)


def check(ans: Answer, question_texts: list[str], base: Path) -> Grounding:
    """(a) each quote is in its file's loaded text; (b) each figure of a sentence is in a quote that sentence
    cites; (c) a figure found only in the asker's words is reported as such, never counted as supported."""
    g = Grounding()
    by_n = {c.n: c for c in ans.citations}
    for c in ans.citations:
        g.quotes += 1
        path = base / c.source
        ok = path.is_file() and c.quote in loaded_text(path)
        g.verbatim += ok
        if not ok:
            g.violations.append({"kind": "quote not in file", "sentence": c.quote[:200], "figure": "",
                                 "source": c.source})
    asked = {k for t in question_texts for k, _ in figures_in(t)}
    names = [p.name for p in ans.programs] + [c.title for c in ans.citations]
    for sent, marks in sentences(ans.answer):
        bare = _MARK.sub("", re.sub(r"\*\*[^*]+\*\*", " ", sent))
        for name in names:  # a program's or document's name ("PARTENAR-IA 2023") is not a claim
            bare = bare.replace(name, " ")
        cited = set().union(*(support_keys(by_n[n].quote) for n in marks if n in by_n)) if marks else set()
        for key, shown in figures_in(bare):
            g.figures += 1
            if key in cited:
                g.supported += 1
                continue
            kind = ("figure only in the question" if key in asked else
                    "uncited figure" if not marks else "figure not in the cited quote")
            g.violations.append({"kind": kind, "sentence": sent[:300], "figure": shown, "source": ""})
    return g
