"""Programs page: every program in a searchable, filterable table; one record in full; 2–4 compared side by side."""

from __future__ import annotations

import streamlit as st

from common.vocab import Intake, Kind, Sector, Stage
from ui import data, programs_table, record_view, state
from ui.api_client import ApiError, ApiUnavailable
from ui.components import show_error
from ui.i18n import formatter, lang, t


def filters() -> dict[str, str | None]:
    cols = st.columns([3, 2, 2, 2, 2])
    q = cols[0].text_input(t("pg.search"), key="pg_q", placeholder="IRAP, MEDTEQ, Mitacs…")
    chosen: dict[str, str | None] = {"q": q.strip() or None}
    for col, name, group, values in ((cols[1], "kind", "kind", Kind), (cols[2], "stage", "stage", Stage),
                                     (cols[3], "sector", "sector", Sector), (cols[4], "status", "intake", Intake)):
        chosen[name] = state.keep(f"pg_{name}", col.selectbox(
            t(f"pg.{name}"), [v.value for v in values], index=None, format_func=formatter(group),
            key=state.seed(f"pg_{name}"), placeholder=t("pg.all")))
    return chosen


def accepting_only() -> bool:
    return bool(state.keep("pg_accepting", st.toggle(t("pg.accepting"), key=state.seed("pg_accepting", False),
                                                     help=t("pg.accepting_help"))))


def from_url(ids: set[str]) -> None:
    """Select the programs named in ?program=ID and ?compare=ID,ID when the page opens (shareable links)."""
    if "program" not in st.session_state and st.query_params.get("program") in ids:
        state.put("program", st.query_params["program"])
    if "compare" not in st.session_state:
        wanted = [i for v in st.query_params.get_all("compare") for i in v.split(",") if i in ids]
        state.put("compare", list(dict.fromkeys(wanted))[:4])


def to_url() -> None:
    """Keep the URL in step with the selection, by program id."""
    picked, compared = state.get("program"), state.get("compare") or []
    params = {k: v for k, v in st.query_params.to_dict().items() if k not in ("program", "compare")}
    if picked:
        params["program"] = picked
    if compared:
        params["compare"] = ",".join(compared)
    st.query_params.from_dict(params)


st.title(t("pg.title"))
st.caption(t("pg.intro"))
try:
    everything = sorted(data.programs(), key=lambda p: p.name.get(lang()).casefold())
    found = data.programs(**filters())
    if accepting_only():
        found = [p for p in found if p.accepting]
except (ApiUnavailable, ApiError) as exc:
    show_error(exc)
    st.stop()
names = {p.id: p.name.get(lang()) for p in everything}
from_url(set(names))
st.caption(t("pg.count", n=len(found)))
if found:
    programs_table.table(found)
else:
    st.info(t("pg.none"))

st.subheader(t("pg.detail"))
picked = state.keep("program", st.selectbox(
    t("pg.pick"), list(names), index=None, format_func=names.__getitem__, key=state.seed("program"),
    on_change=to_url, placeholder=t("pg.pick"), label_visibility="collapsed"))
if picked:
    try:
        record_view.detail(data.record(picked))
    except (ApiUnavailable, ApiError) as exc:
        show_error(exc)

st.subheader(t("pg.compare"))
compared = state.keep("compare", st.multiselect(
    t("pg.compare_pick"), list(names), format_func=names.__getitem__, max_selections=4, key=state.seed("compare", []),
    on_change=to_url, placeholder=t("pg.compare_pick")))
if len(compared) >= 2:
    try:
        record_view.compare([data.record(pid) for pid in compared])
    except (ApiUnavailable, ApiError) as exc:
        show_error(exc)
else:
    st.caption(t("pg.compare_hint"))
