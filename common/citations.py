"""Citation markers ([n]) in answers and briefings: the one marker regex, the renumbering, and the line check that
lets a line's figures lean only on the quotes its own markers point to."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from common import figures

MARK = re.compile(r"\s*\[(\d+)\]")


def markers(text: str) -> list[int]:
    """The citation numbers in `text`, in order, repeats included."""
    return [int(n) for n in MARK.findall(text)]


def strip_markers(text: str) -> str:
    return MARK.sub("", text)


def new_numbers(texts: Iterable[str], known: set[int]) -> dict[int, int]:
    """Old number → new number: the known citations still referenced, numbered 1..n in order of first appearance."""
    order: list[int] = []
    for text in texts:
        for n in markers(text):
            if n in known and n not in order:
                order.append(n)
    return {old: i + 1 for i, old in enumerate(order)}


def apply_numbers(text: str, new: dict[int, int]) -> str:
    """`text` with its markers renumbered; markers of dropped citations removed."""
    return MARK.sub(lambda m: f" [{new[int(m.group(1))]}]" if int(m.group(1)) in new else "", text)


def cited_quotes(text: str, quotes_by_n: dict[int, str]) -> list[str]:
    """The quotes the [n] markers of `text` point to."""
    return [quotes_by_n[n] for n in markers(text) if n in quotes_by_n]


def unsupported_in_line(text: str, quotes_by_n: dict[int, str], support: list[str],
                        clean: Callable[[str], str] = strip_markers) -> list[figures.Figure]:
    """The one figure check of answers and briefings: figures of one line (cleaned of markers, and of links for a
    briefing) found neither in the quotes its own [n] markers cite nor in `support`."""
    return figures.unsupported(clean(text), cited_quotes(text, quotes_by_n) + support)
