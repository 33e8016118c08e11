"""Pieces shared by the pages: the one-line API error, status and kind badges, a record's funding figures."""

from __future__ import annotations

import re
from datetime import date

import streamlit as st

from assistant.answer.amounts import describe_award
from common.records import Program, Sourced
from ui.api_client import ApiError, ApiTimeout, ApiUnavailable
from ui.format import STATUS_COLOR, badge, md, money, pct
from ui.i18n import label, lang, t

STACKING = re.compile(r"\bstack|\bcumulat", re.I)


def error_text(exc: Exception) -> str:
    """One line in the UI language, never a traceback."""
    if isinstance(exc, ApiTimeout):
        return t("api.timeout")
    if isinstance(exc, ApiUnavailable):
        return t("api.unavailable")
    if isinstance(exc, ApiError):
        return t("api.error", detail=exc.detail)
    return t("api.unavailable")


def show_error(exc: Exception) -> None:
    st.error(error_text(exc), icon=":material/cloud_off:" if isinstance(exc, ApiUnavailable) else None)


def deadline_passed(next_deadline: str | None, last_deadline: str | None, today: date | None = None) -> bool:
    """True when no deadline is ahead and the last one known (ISO date) is before today."""
    now = (today or date.today()).isoformat()
    if next_deadline and next_deadline >= now:
        return False
    latest = max(d for d in (next_deadline, last_deadline) if d) if (next_deadline or last_deadline) else None
    return latest is not None and latest < now


def deadline_text(next_deadline: str | None, last_deadline: str | None) -> str:
    """'Date limite : 2027-01-15', or 'Date limite passée : 2023-06-19'; empty when no deadline is known."""
    shown = next_deadline or last_deadline
    if not shown:
        return ""
    key = "f.deadline_passed" if deadline_passed(next_deadline, last_deadline) else "f.deadline"
    return t(key, date=shown)


def deadline_short(next_deadline: str | None, last_deadline: str | None) -> str:
    """For a table cell: the next deadline, 'passée (2023-06-19)' once the last one passed, '' when none is known."""
    if deadline_passed(next_deadline, last_deadline):
        return t("pg.passed", date=next_deadline or last_deadline)
    return next_deadline or ""


def status_badge(intake: str, seen: str | None = None, passed: bool = False) -> str:
    """The intake status as a coloured badge with the date a source last showed it (red once a deadline passed)."""
    text = label("intake", intake) + " · " + (t("f.seen", date=seen) if seen else t("f.unconfirmed"))
    return badge(text, "red" if passed else STATUS_COLOR.get(intake, "gray"))


def kind_badge(kind: str) -> str:
    return badge(label("kind", kind), "violet")


def _sourced(prog: Program, value: Sourced[float] | None, text: str) -> str:
    """`text` followed by a link to the source the value came from (and a 'to verify' mark when uncertain)."""
    if value is None:
        return "—"
    out = md(text)
    src = prog.source_map.get(value.source)
    if src is not None:
        out += f" [↗](<{src.url}> \"{src.title.replace(chr(34), chr(39))}\")"
    if value.uncertain:
        out += f" *({t('f.uncertain')})*"
    return out


def funding(prog: Program) -> dict[str, str]:
    """What one company can get (every per-company award), the stacking cap and the program's envelope (context
    only), in the UI language, each with its source link."""
    f, lg = prog.funding, lang()
    awards = [_sourced(prog, Sourced[float](value=0, source=a.source, uncertain=a.uncertain),
                       describe_award(a, lg, f.currency)) for a in f.per_company]
    budgets = [_sourced(prog, Sourced[float](value=b.value, source=b.source, uncertain=b.uncertain),
                        f"{b.label.get(lg)}{t('sep')}{money(b.value, f.currency, lg)}") for b in f.program_budget]
    return {
        "amount": "<br>".join(awards) or t("f.not_published"),
        "stacking": _sourced(prog, f.stacking_cap_pct, pct(f.stacking_cap_pct.value, lg)) if f.stacking_cap_pct
        else stacking_fact(prog),
        "budget": "<br>".join(budgets) or "—",
    }


def stacking_fact(prog: Program) -> str:
    """No cap in the record: the record's own sentence on stacking, with its source, or 'not published'."""
    for fact in prog.facts:
        if STACKING.search(fact.en):
            shown = Sourced[float](value=0, source=fact.source, uncertain=fact.uncertain)
            return _sourced(prog, shown, " ".join(fact.get(lang()).split()).replace("|", "/"))
    return t("f.stacking_none")


def intake_line(prog: Program) -> str:
    """Status badge plus deadline and replacement, for a full record."""
    i = prog.intake
    seen = i.last_confirmed.date.isoformat() if i.last_confirmed else None
    nxt = i.next_deadline.isoformat() if i.next_deadline else None
    last = i.last_deadline.isoformat() if i.last_deadline else None
    parts = [status_badge(i.status, seen=seen, passed=deadline_passed(nxt, last))]
    deadline = deadline_text(nxt, last)
    if deadline:
        parts.append(md(deadline))
    if i.replaced_by:
        parts.append(md(t("f.replaced_by", name=i.replaced_by)))
    return " ".join(parts)
