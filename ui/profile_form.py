"""The profile sidebar: optional company facts sent with each question, set to what the last answer understood."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from assistant.models import Profile
from common.vocab import Government, Need, Sector, Stage
from ui import state
from ui.i18n import formatter, label, t

FIELDS = ("stage", "sectors", "needs", "employees", "revenue", "region", "government")
LISTS = ("sectors", "needs")
UNDERSTOOD = "pf_understood"  # the profile the last answer reported (its known fields)
REGIONS = ["QC", "MTL", "CA", "ON", "BC", "AB"]


def name(field: str) -> str:
    """Where the field's value is kept (see ui.state)."""
    return f"pf_{field}"


def _empty(field: str) -> Any:
    return [] if field in LISTS else None


def current() -> dict[str, Any]:
    """The profile to send with the next question: the fields the user set or kept, and as null / [] those the
    user cleared after the last answer reported them (a correction, not an unknown)."""
    understood = st.session_state.get(UNDERSTOOD) or {}
    out: dict[str, Any] = {}
    for field in FIELDS:
        value = state.get(name(field))
        if value in (None, [], ""):
            if field in understood:
                out[field] = _empty(field)
            continue
        out[field] = int(value) if field == "employees" else value
    return out


def adopt(profile: Profile) -> None:
    """Show what the assistant understood; call before the sidebar is drawn in this run."""
    known = profile.model_dump(mode="json")
    for field in FIELDS:
        value = known.get(field)
        state.put(name(field), value if value not in (None, []) else _empty(field))
    st.session_state[UNDERSTOOD] = {f: known[f] for f in FIELDS if known.get(f) not in (None, [])}


def clear() -> None:
    for field in FIELDS:
        state.put(name(field), _empty(field))
    st.session_state.pop(UNDERSTOOD, None)


def summary(profile: dict[str, Any]) -> str:
    """The understood profile in a few words, in the UI language."""
    parts: list[str] = []
    if profile.get("stage"):
        parts.append(label("stage", profile["stage"]))
    parts += [label("sector", s) for s in profile.get("sectors", [])]
    parts += [label("need", n) for n in profile.get("needs", [])]
    if profile.get("employees") is not None:
        parts.append(t("pf.employees_n", n=profile["employees"]))
    if profile.get("region"):
        parts.append(label("region", profile["region"]))
    if profile.get("government"):
        parts.append(label("government", profile["government"]))
    return ", ".join(parts) or t("pf.nothing")


def render(on_reset: Callable[[], None]) -> None:
    """Draw the profile form in the sidebar, with the reset button."""
    sb = st.sidebar
    sb.divider()
    sb.subheader(t("pf.title"))
    understood = st.session_state.get(UNDERSTOOD)
    if understood is not None:
        sb.info(t("pf.understood", summary=summary(understood)), icon=":material/psychology:")
    else:
        sb.caption(t("pf.help"))
    region = state.get(name("region"))
    regions = [*REGIONS, *([region] if region and region not in REGIONS else [])]  # keep a value set by adopt
    any_ = t("pf.any")
    state.keep(name("stage"), sb.selectbox(t("pf.stage"), [s.value for s in Stage], index=None, format_func=formatter("stage"),
                                           key=state.seed(name("stage")), placeholder=any_))
    state.keep(name("sectors"), sb.multiselect(t("pf.sectors"), [s.value for s in Sector], format_func=formatter("sector"),
                                               key=state.seed(name("sectors"), []), placeholder=any_))
    state.keep(name("needs"), sb.multiselect(t("pf.needs"), [n.value for n in Need], format_func=formatter("need"),
                                             key=state.seed(name("needs"), []), placeholder=any_))
    state.keep(name("employees"), sb.number_input(t("pf.employees"), min_value=0, max_value=1_000_000, step=1,
                                                  value=None, key=state.seed(name("employees")), placeholder=any_))
    state.keep(name("revenue"), sb.number_input(t("pf.revenue"), min_value=0.0, step=50_000.0, format="%.0f",
                                                value=None, key=state.seed(name("revenue")), placeholder=any_))
    state.keep(name("region"), sb.selectbox(t("pf.region"), regions, index=None, format_func=formatter("region"),
                                            key=state.seed(name("region")), placeholder=any_))
    state.keep(name("government"), sb.selectbox(t("pf.government"), [g.value for g in Government], index=None,
                                                format_func=formatter("government"), key=state.seed(name("government")),
                                                placeholder=any_))
    sb.button(t("pf.reset"), on_click=on_reset, icon=":material/restart_alt:", width="stretch")
