"""Pieces shared by the pages: the one-line API error, status and kind badges, a record's funding figures."""

from __future__ import annotations

import streamlit as st

from assistant.answer.amounts import describe_award
from common.records import Program, Sourced
from ui.api_client import ApiError, ApiTimeout, ApiUnavailable
from ui.format import STATUS_COLOR, badge, md, money, pct
from ui.i18n import label, lang, t


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


def status_badge(intake: str, as_of: str | None = None, seen: str | None = None) -> str:
    """The intake status as a coloured badge, with the date it was seen or the facts were checked."""
    text = label("intake", intake)
    if seen:
        text += " · " + t("f.seen", date=seen)
    elif as_of:
        text += " · " + t("f.checked", date=as_of)
    return badge(text, STATUS_COLOR.get(intake, "gray"))


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
        "stacking": _sourced(prog, f.stacking_cap_pct, pct(f.stacking_cap_pct.value, lg)) if f.stacking_cap_pct else "—",
        "budget": "<br>".join(budgets) or "—",
    }


def intake_line(prog: Program) -> str:
    """Status badge plus deadline and replacement, for a full record."""
    i = prog.intake
    seen = i.last_confirmed.date.isoformat() if i.last_confirmed else None
    parts = [status_badge(i.status, as_of=prog.as_of.isoformat(), seen=seen)]
    deadline = i.next_deadline or i.last_deadline
    if deadline:
        parts.append(md(t("f.deadline", date=deadline.isoformat())))
    if i.replaced_by:
        parts.append(md(t("f.replaced_by", name=i.replaced_by)))
    return " ".join(parts)
