"""Evidence for answers: numbered citations with exact quotes, sentence picking, and the figure-grounding guard."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.models import Citation
from assistant.retrieval.snapshot import ChunkRow
from common import citations, figures
from common.safety import is_suspicious
from common.tokens import tokenize

_SENT = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-ÖØ-Þ«\"(0-9])|\n+")
def sentences(text: str) -> list[str]:
    """Sentences and list items of a passage, stripped of list bullets; each is an exact substring of `text`."""
    out = []
    for part in _SENT.split(text):
        part = part.strip()
        if part.startswith("- "):
            part = part[2:].strip()
        if len(part) >= 12:
            out.append(part)
    return out


# A sentence whose subject is a pronoun or a demonstrative takes its meaning from the one before ("The strategy was
# announced in 2021. It is backed by $2.2 billion": "it" is the strategy).
_ANAPHOR = re.compile(r"^(?:it|its|they|their|this|these|those|he|she|such|il|elle|ils|elles|ce|cet|cette|ces|"
                      r"celui-ci|celle-ci|son|sa|ses|leur|leurs)\b", re.I)


def in_context(text: str, sentence: str) -> str:
    """`sentence` as read in `text`: after the sentence before it when it opens with a pronoun, else alone."""
    if not _ANAPHOR.match(sentence):
        return sentence
    sents = sentences(text)
    i = sents.index(sentence) if sentence in sents else 0
    return f"{sents[i - 1]} {sentence}" if i > 0 else sentence


def overlap(query: str, text: str) -> float:
    q = set(tokenize(query))
    if not q:
        return 0.0
    t = set(tokenize(text))
    return len(q & t) / len(q)


def heading(row: ChunkRow) -> str:
    """The chunk's heading line ("Document — Section", "Program — Part"), or '' when it has none."""
    first = row.text.split("\n", 1)[0]
    return first if row.meta.section and first.endswith(f" — {row.meta.section}") else ""


def best_sentences(row: ChunkRow, query: str, k: int = 2, want_figure: str | None = None) -> list[str]:
    """The `k` sentences of a chunk that best answer `query`; `want_figure` (money|pct|date|number) favours those."""
    scored = []
    said = sentences(row.text)
    for i, s in enumerate(said):
        if is_suspicious(s) or (i == 0 and len(said) > 1 and "—" in s[:120] and len(s) < 160):
            continue  # the chunk's heading line ("NSERC I2I — Eligibility", read as one) names the program, no answer
        score = overlap(query, s)
        if want_figure and any(f.kind == want_figure for f in figures.extract(s)):
            score += 0.6
        scored.append((score, -i, s))
    scored.sort(reverse=True)
    return [s for _, _, s in scored[:k]]


@dataclass
class CitationBook:
    """Numbers citations in order of first use; the same (source, quote) keeps its number."""

    items: list[Citation] = field(default_factory=list)
    retrieved: list[str] = field(default_factory=list)  # ranked chunk ids the answer's retrieval returned

    def cite(self, row: ChunkRow, quote: str) -> int:
        assert quote in row.text, "a quote must be an exact passage of its chunk"
        src = row.meta.source
        for c in self.items:
            if c.source == src and c.quote == quote:
                return c.n
        n = len(self.items) + 1
        m = row.meta
        self.items.append(Citation(n=n, source=src, title=m.title, url=m.url or None, page=m.page or None, quote=quote,
                                   program_id=m.program_id or None))
        return n


def enforce_grounding(markdown: str, book: CitationBook, support: list[str]) -> tuple[str, list[str]]:
    """Drop every sentence whose figures are in neither a quote its line cites nor `support` (the asker's words,
    program names). Returns the kept text and what was dropped.

    A line (one program item, one paragraph) may lean only on the quotes its own [n] markers point to; when a line
    fails, only its sentences with unsupported figures go."""
    by_n = {c.n: c.quote for c in book.items}
    kept_lines: list[str] = []
    dropped: list[str] = []
    for line in markdown.split("\n"):
        if not citations.unsupported_in_line(line, by_n, support):
            kept_lines.append(line)
            continue
        cited = citations.cited_quotes(line, by_n) + support
        kept = []
        for part in re.split(r"(?<=[.!?])\s+(?=\S)", line):
            if figures.unsupported(citations.strip_markers(part), cited):
                dropped.append(part)
            else:
                kept.append(part)
        if kept:
            kept_lines.append(" ".join(kept))
    return "\n".join(kept_lines).strip(), dropped


def renumber(markdown: str, book: CitationBook) -> tuple[str, list[Citation]]:
    """Keep only citations still referenced in the text, numbered 1..n in order of appearance."""
    new = citations.new_numbers([markdown], {c.n for c in book.items})
    text = citations.apply_numbers(markdown, new)
    cites = [c.model_copy(update={"n": new[c.n]}) for c in book.items if c.n in new]
    return text, sorted(cites, key=lambda c: c.n)
