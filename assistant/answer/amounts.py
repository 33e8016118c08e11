"""What one company can get from a program, in words: from the record's per-company awards, never from an envelope
or a fund size (those are context only)."""

from __future__ import annotations

import re

from common.labels import label
from common.records import Award, Program

WORDS = {
    "fr": {"up_to": "jusqu'à {v}", "from": "à partir de {v}", "range": "de {a} à {b}", "typical": "en général {r}",
           "rate": "{p} des coûts admissibles", "none": "montant non publié", "verify": "à vérifier",
           "select": "plafond réservé à certaines entreprises"},
    "en": {"up_to": "up to {v}", "from": "from {v}", "range": "{a} to {b}", "typical": "typically {r}",
           "rate": "{p} of eligible costs", "none": "amount not published", "verify": "to verify",
           "select": "ceiling for select firms only"},
}


def money(v: float, lang: str, currency: str = "CAD") -> str:
    """50000 → '50 000 $' (fr) or '$50,000' (en); other currencies keep their code."""
    if lang == "fr":
        s = f"{v:,.0f}".replace(",", "\u00a0") + "\u00a0$"
        return s if currency == "CAD" else s.replace("$", currency)
    s = f"${v:,.0f}"
    return s if currency == "CAD" else f"{currency} {s[1:]}"


def pct(v: float, lang: str) -> str:
    if lang == "fr":
        return f"{v:g}".replace(".", ",") + "\u00a0%"
    return f"{v:g}%"


def headline_award(p: Program, employees: int | None = None, request: float | None = None) -> Award | None:
    """The award to show first: the first one open to any company (when the sum sought is known and the first falls
    short of it, the first that reaches it: a term loan, not a line of credit, for a $400,000 loan); a ceiling for
    select firms only when nothing else is published and the company is not known to be small."""
    awards = p.funding.per_company
    plain = [a for a in awards if not a.select]
    if plain:
        if request and plain[0].max is not None and plain[0].max < request:
            return next((a for a in plain if a.max is not None and a.max >= request), plain[0])
        return plain[0]
    if awards and (employees is None or employees >= 100):
        return awards[0]
    return None


def describe_award(a: Award, lang: str, currency: str = "CAD") -> str:
    w = WORDS["fr" if lang == "fr" else "en"]
    parts: list[str] = []
    if a.max is not None:
        parts.append(w["range"].format(a=money(a.min, lang, currency), b=money(a.max, lang, currency))
                     if a.min is not None else w["up_to"].format(v=money(a.max, lang, currency)))
    elif a.min is not None:
        parts.append(w["from"].format(v=money(a.min, lang, currency)))
    if a.typical_min is not None or a.typical_max is not None:
        lo, hi = a.typical_min, a.typical_max
        rng = (w["range"].format(a=money(lo, lang, currency), b=money(hi, lang, currency)) if lo is not None
               and hi is not None else money(lo if lo is not None else hi or 0, lang, currency))
        parts.append(w["typical"].format(r=rng))
    if a.rate_pct is not None:  # of the eligible costs unless the record says of what ("of the employment income")
        parts.append(f"{pct(a.rate_pct, lang)} {a.base.get(lang)}" if a.base else w["rate"].format(p=pct(a.rate_pct, lang)))
    text = ", ".join(parts) + " " + label("unit", a.unit, lang)
    if a.label:
        text += f" ({a.label.get(lang)})"
    if a.select:
        text += f" — {w['select']}"
    if a.uncertain:
        text += f" ({w['verify']})"
    return text


def company_amount(p: Program, lang: str, employees: int | None = None, request: float | None = None) -> str:
    """The amount line of a program for one company: its headline award in words, or 'amount not published'."""
    a = headline_award(p, employees, request)
    if a is None:
        return WORDS["fr" if lang == "fr" else "en"]["none"]
    return describe_award(a, lang, p.funding.currency)


_ELSEWHERE = re.compile(r"\bnot (?:paid )?to (?:the |a )?compan|\bnot the compan|\bnot a payment to|\bpaid to (?:the |those )?(?:intern|postdoc|universit|"
                        r"institution|research|academic|applying|partners)|\bto the (?:academic|university|research)|"
                        r"\bfunds the academic")


def paid_elsewhere(a: Award) -> bool:
    """True when the record says this award is paid to someone else (a research partner, a university, the intern):
    it is never the company's money, so it is never added to what the company gets."""
    return a.label is not None and bool(_ELSEWHERE.search(a.label.en.lower()))
