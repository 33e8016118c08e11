"""Amount honesty: an amount shown for a program is what one company can get, never a fund size or an envelope.

Schema v2 records carry `funding.program_budget` (envelopes, fund sizes): any of its figures shown as an amount is
counted. Until every record has it, what can be detected is counted too: an amount line that reads as a fund or an
envelope (and says nothing of one company), and an amount above the per-company figures the record itself states."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.models import Answer
from common.records import Program
from evals.grounding import figures_in

ENVELOPE = re.compile(r"\b(fund (i|ii|iii|iv)\b|fonds (i|ii|iii|iv)\b|fund size|taille du fonds|envelope|enveloppe|"
                      r"budget|assets under management|actifs sous gestion|under management|sous gestion|"
                      r"capitaliz|capitalis|closed at|clôturé|manages|gère|over \d+ years|sur \d+ ans|"
                      r"invested more than|a investi plus)", re.I)
PER_COMPANY = re.compile(r"\b(per (company|project|firm|intern|claim|business|startup|applicant|investment)|"
                         r"par (entreprise|projet|société|stagiaire|demande|jeune pousse|investissement)|"
                         r"investment size|taille des investissements|initial investment|investissement initial|"
                         r"per (year|unit)|par (année|an|unité)|up to|jusqu.[àa]|maximum of|maximum de|contribution)\b", re.I)
FAR_ABOVE = 5.0  # a shown amount this many times the record's own per-company figure is a fund or an envelope


def _money(text: str) -> list[float]:
    return [float(k.split(":", 1)[1]) for k, _ in figures_in(text) if k.startswith("money:")]


def budget_values(p: Program) -> set[float]:
    """Every figure of `funding.program_budget` when the record has one (schema v2), found by walking its values."""
    budget = getattr(p.funding, "program_budget", None)
    found: set[float] = set()

    def walk(v: Any) -> None:
        if isinstance(v, bool) or v is None:
            return
        if isinstance(v, int | float):
            found.add(float(v))
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list | tuple):
            for x in v:
                walk(x)
        elif hasattr(v, "model_dump"):
            walk(v.model_dump())

    walk(budget)
    return found


def per_company_bound(p: Program) -> float | None:
    """The largest amount the record states for one company (facts that say per company / up to …)."""
    vals = [v for f in p.facts for t in (f.en, f.fr) if PER_COMPANY.search(t) and not ENVELOPE.search(t)
            for v in _money(t)]
    return max(vals) if vals else None


def amount_lines(answer: str) -> dict[str, str]:
    """Program name → the first sub-line of its item ('- **Name** …' then '  - Amount: …')."""
    out: dict[str, str] = {}
    name = None
    for line in answer.split("\n"):
        m = re.match(r"^- \*\*(.+?)\*\*", line)
        if m:
            name = m.group(1)
            continue
        if name and line.startswith("  - "):
            out[name] = line[4:]
            name = None
    return out


def problems(p: Program, shown: str, line: str | None) -> list[str]:
    """Why the amount shown for `p` (ProgramFit.amount and the item's amount line) is not a per-company amount."""
    out: list[str] = []
    budget = budget_values(p)
    bound = per_company_bound(p)
    for where, text in (("amount field", shown), ("amount line", line or "")):
        for v in _money(text):
            if v in budget:
                out.append(f"{where}: {v:,.0f} is in funding.program_budget")
            elif bound is not None and v >= bound * FAR_ABOVE:
                out.append(f"{where}: {v:,.0f} is {v / bound:,.0f}× the {bound:,.0f} the record states per company")
    if line and _money(line) and ENVELOPE.search(line) and not PER_COMPANY.search(line):
        out.append("amount line reads as a fund size or envelope")
    return out


@dataclass
class AmountCheck:
    shown: int  # programs shown with an amount
    flagged: list[dict[str, str]]


def check(ans: Answer, programs: dict[str, Program], qid: str) -> AmountCheck:
    lines = amount_lines(ans.answer)
    flagged: list[dict[str, str]] = []
    shown = 0
    for fit in ans.programs:
        p = programs.get(fit.id)
        line = lines.get(fit.name)
        amount = getattr(fit, "amount", None) or getattr(fit, "max_amount", None) or ""
        if p is None or not (_money(amount) or (line and _money(line))):
            continue
        shown += 1
        whys = problems(p, amount, line)
        if whys:  # one count per program shown, with every reason
            flagged.append({"question": qid, "program": fit.id, "shown": (line or amount)[:200],
                            "why": "; ".join(dict.fromkeys(whys))})
    return AmountCheck(shown, flagged)
