"""The briefing as a document: blocks (paragraph, bullets, table, heading), its Markdown form, and the figure check.

The header block (company, today's date, the range of "facts checked as of" dates) is metadata that Boussole
generates, not a claim from a source: it is written before HEADER_END and the figure check leaves it out. Everything
after HEADER_END is the body, whose every amount, rate or date must appear in a cited quote, in the company profile,
in a program name or source title, or be a Derived figure computed from those (a worked example on the budget)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from assistant.briefing.texts import bt
from assistant.models import Citation
from common import citations, figures
from common.citations import MARK

HEADER_END = "<!-- end of header -->"
_LINK_TARGET = re.compile(r"\]\((https?://[^)\s]+)\)")
_BARE_URL = re.compile(r"<?https?://[^\s>)|]+>?")


@dataclass
class Heading:
    text: str
    level: int = 3


@dataclass
class Para:
    text: str  # inline Markdown: **bold**, *italic*, [label](url), citation markers [n]


@dataclass
class Bullets:
    items: list[tuple[int, str]]  # (indent level, inline Markdown)


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths (the PDF uses them)


Block = Heading | Para | Bullets | Table


@dataclass
class Section:
    key: str  # profile | shortlist | combining | ecosystem | verify
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Derived:
    """A figure computed for the worked example: `op` over `args` (share: a × b / 100; min; sum; sub: a − b)."""

    op: str
    args: list[float]
    value: float
    text: str  # as written in the briefing


def compute(op: str, args: list[float]) -> float:
    if op == "share":
        return args[0] * args[1] / 100
    if op == "min":
        return min(args)
    if op == "sum":
        return sum(args)
    if op == "sub":
        return args[0] - args[1]
    raise ValueError(f"unknown operation {op!r}; expected share, min, sum or sub")


@dataclass
class Briefing:
    company: str
    lang: str
    date: str  # header metadata
    corpus_version: str
    as_of_range: str
    title: str
    header_lines: list[tuple[str, str]]  # (label, value), the header block
    sections: list[Section]
    citations: list[Citation]
    shortlist: list[str]  # program ids, ranked
    shortlist_names: list[str]  # in the briefing language
    derived: list[Derived]
    support: list[str]  # profile texts, program names, source titles: what the body may state besides quotes
    dropped: list[str] = field(default_factory=list)  # body lines left out because a figure had no support
    unsupported: list[str] = field(default_factory=list)  # the final check over the whole body (should be empty)

    @property
    def header_markdown(self) -> str:
        lines = [f"# {self.title} — {self.company}", ""]
        lines += [bt(self.lang, "header_line", label=name, value=value) for name, value in self.header_lines]
        return "\n".join(lines)

    @property
    def body_markdown(self) -> str:
        out: list[str] = []
        for sec in self.sections:
            out += [f"## {sec.title}", ""]
            for b in sec.blocks:
                out += [block_markdown(b), ""]
        if self.citations:
            out += ["## Sources", ""]
            for group in source_groups(self.citations):
                out += [source_heading(group[0]), "", *(source_line(c, self.lang) for c in group), ""]
        return "\n".join(out).rstrip() + "\n"

    @property
    def markdown(self) -> str:
        return f"{self.header_markdown}\n\n{HEADER_END}\n\n{self.body_markdown}"

    def texts(self) -> Iterator[str]:
        for sec in self.sections:
            for b in sec.blocks:
                yield from block_texts(b)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def block_markdown(b: Block) -> str:
    if isinstance(b, Heading):
        return f"{'#' * b.level} {b.text}"
    if isinstance(b, Para):
        return b.text
    if isinstance(b, Bullets):
        return "\n".join("  " * lvl + "- " + text.replace("\n", "\n" + "  " * (lvl + 1)) for lvl, text in b.items)
    head = "| " + " | ".join(_cell(h) for h in b.header) + " |"
    rule = "|" + "|".join("---" for _ in b.header) + "|"
    return "\n".join([head, rule, *("| " + " | ".join(_cell(c) for c in row) + " |" for row in b.rows)])


def source_groups(citations: list[Citation]) -> list[list[Citation]]:
    """Consecutive citations of the same source document, grouped (title, path and URL are then written once)."""
    groups: list[list[Citation]] = []
    for c in citations:
        if groups and (groups[-1][0].source, groups[-1][0].page) == (c.source, c.page):
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def source_heading(c: Citation) -> str:
    """The source's title, page and link (never the corpus file it was read from)."""
    where = f", p. {c.page}" if c.page else ""
    return f"**{c.title}**{where}" + (f" — <{c.url}>" if c.url else "")


def quoted(c: Citation, lang: str) -> str:
    quote = " ".join(c.quote.split())
    return bt(lang, "quote", text=quote)


def source_line(c: Citation, lang: str) -> str:
    return f"- [{c.n}] {quoted(c, lang)}"


def block_texts(b: Block) -> list[str]:
    if isinstance(b, Heading | Para):
        return [b.text]
    if isinstance(b, Bullets):
        return [t for _, t in b.items]
    return [*b.header, *(c for row in b.rows for c in row)]


def map_texts(b: Block, fn: Callable[[str], str]) -> Block:
    if isinstance(b, Heading):
        return Heading(fn(b.text), b.level)
    if isinstance(b, Para):
        return Para(fn(b.text))
    if isinstance(b, Bullets):
        return Bullets([(lvl, fn(t)) for lvl, t in b.items])
    return Table([fn(h) for h in b.header], [[fn(c) for c in row] for row in b.rows], b.widths)


def checkable(markdown: str) -> str:
    """The text whose figures are checked: link targets, URLs and citation markers removed."""
    text = _LINK_TARGET.sub("]", markdown)
    text = _BARE_URL.sub(" ", text)
    return MARK.sub("", text)


def body_of(markdown: str) -> str:
    """Everything after the header block (the header holds generated metadata, not claims)."""
    head, sep, body = markdown.partition(HEADER_END)
    return body if sep else markdown


def line_supported(text: str, quotes_by_n: dict[int, str], support: list[str]) -> bool:
    """A line may lean on the quotes its own [n] markers point to, plus the profile, names and derived figures."""
    return not citations.unsupported_in_line(text, quotes_by_n, support, clean=checkable)


def keep_supported(b: Block, quotes_by_n: dict[int, str], support: list[str], dropped: list[str]) -> Block | None:
    """The block without the items (bullet, table row, paragraph) whose figures nothing supports."""
    def ok(text: str) -> bool:
        good = line_supported(text, quotes_by_n, support)
        if not good:
            dropped.append(text)
        return good

    if isinstance(b, Heading | Para):
        return b if ok(b.text) else None
    if isinstance(b, Bullets):
        items = [(lvl, t) for lvl, t in b.items if ok(t)]
        return Bullets(items) if items else None
    rows = [row for row in b.rows if ok(" ".join(row))]
    return Table(b.header, rows, b.widths) if rows else None


def renumber_blocks(sections: list[Section], cited: list[Citation]) -> list[Citation]:
    """Number the citations 1..n in order of first appearance in the body; unused ones are left out (in place)."""
    texts = (text for sec in sections for b in sec.blocks for text in block_texts(b))
    new = citations.new_numbers(texts, {c.n for c in cited})
    for sec in sections:
        sec.blocks = [map_texts(b, lambda text: citations.apply_numbers(text, new)) for b in sec.blocks]
    return sorted((c.model_copy(update={"n": new[c.n]}) for c in cited if c.n in new), key=lambda c: c.n)


def figure_check(briefing: Briefing) -> list[str]:
    """Figures of the body that no cited quote, profile text, name, title or derived figure supports."""
    support = [c.quote for c in briefing.citations] + [c.source for c in briefing.citations]
    support += [str(c.page) for c in briefing.citations if c.page] + briefing.support
    support += [d.text for d in briefing.derived]
    return [f.text for f in figures.unsupported(checkable(body_of(briefing.markdown)), support)]
