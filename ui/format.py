"""Text helpers for the pages: Markdown made safe for Streamlit, citation links, badges, amounts and rates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.models import Citation

_DOLLAR = re.compile(r"(?<!\\)\$")
_MARKER = re.compile(r"\[(\d{1,3})\](?!\()")
_BADGE_UNSAFE = re.compile(r"[\[\]]")
NNBSP = "\u202f"

STATUS_COLOR = {"continuous": "green", "open": "green", "calls": "green", "paused": "orange", "unknown": "orange",
                "closed": "red", "replaced": "red"}
FIT_COLOR = {"eligible": "green", "likely": "blue", "check": "orange", "not_eligible": "red"}
CURRENCY = {"CAD": ("$", "$"), "USD": ("$ US", "US$"), "EUR": ("€", "€")}


def md(text: str) -> str:
    """Markdown that Streamlit shows as written: `$` is a dollar sign, never the start of LaTeX."""
    return _DOLLAR.sub(r"\\$", text)


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell (one line, no pipes)."""
    return md(" ".join(text.split()).replace("|", "\\|"))


def link_citations(text: str, citations: Iterable[Citation]) -> str:
    """Turn each [n] marker whose citation has a URL into a link to it (hover shows the source title)."""
    by_n = {c.n: c for c in citations}

    def repl(m: re.Match[str]) -> str:
        c = by_n.get(int(m.group(1)))
        if c is None or not c.url:
            return m.group(0)
        title = c.title.replace('"', "'")
        return f'[\\[{c.n}\\]](<{c.url}> "{title}")'

    return _MARKER.sub(repl, text)


def badge(text: str, color: str = "gray") -> str:
    """A Streamlit Markdown badge."""
    return f":{color}-badge[{md(_BADGE_UNSAFE.sub('', text))}]"


def money(value: float, currency: str, lang: str) -> str:
    """An amount the way each language writes it: 1 500 000 $ / $1,500,000."""
    whole = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    fr_sym, en_sym = CURRENCY.get(currency, (currency, currency + " "))
    if lang == "fr":
        return whole.replace(",", NNBSP).replace(".", ",") + f" {fr_sym}"
    return f"{en_sym}{whole}"


def pct(value: float, lang: str) -> str:
    """A rate the way each language writes it: 12,5 % / 12.5%."""
    number = f"{value:g}"
    if lang == "fr":
        return f"{number.replace('.', ',')} %"
    return f"{number}%"


def number(value: int, lang: str) -> str:
    """A whole number the way each language writes it: 2 000 / 2,000."""
    return f"{value:,}".replace(",", NNBSP) if lang == "fr" else f"{value:,}"
