"""Briefing page for advisors: a company profile form → a Markdown preview → Markdown and PDF downloads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

import streamlit as st

from common.vocab import Government, Need, Sector, Stage
from ui import state
from ui.api_client import ApiError, ApiUnavailable, default_client
from ui.components import show_error
from ui.format import md
from ui.i18n import LANG_NAMES, LANGS, formatter, lang, t
from ui.profile_form import REGIONS

RESULT = "br_result"
_COMMENT = re.compile(r"<!--.*?-->\n?", re.S)
_BREAK = re.compile(r"<br\s*/?>", re.I)


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "company"




def _bool(value: str | None) -> bool | None:
    return None if value is None else value == "yes"


def preview(markdown: str) -> str:
    """The briefing as Streamlit shows it (no raw HTML): comments left out, <br> in table cells as " / ", `$` literal."""
    return md(_BREAK.sub(" / ", _COMMENT.sub("", markdown)))


def _select(col: Any, name: str, title: str, options: list[str], fmt: Callable[[Any], str]) -> Any:
    """A translated selectbox whose value survives a language switch (see ui.state)."""
    return state.keep(name, col.selectbox(title, options, index=None, format_func=fmt, key=state.seed(name),
                                          placeholder=t("pf.any")))


def _multi(col: Any, name: str, title: str, options: list[str], fmt: Callable[[Any], str]) -> Any:
    return state.keep(name, col.multiselect(title, options, format_func=fmt, key=state.seed(name, []),
                                            placeholder=t("pf.any")))


def form() -> dict[str, Any] | None:
    """The company profile, once the form is submitted with a name."""
    with st.form("briefing_form", border=True):
        left, right = st.columns(2)
        name = left.text_input(t("br.name"), max_chars=200, key="br_name")
        language = right.radio(t("br.language"), LANGS, index=LANGS.index(lang()), format_func=LANG_NAMES.__getitem__,
                               horizontal=True)
        stage = _select(left, "br_stage", t("pf.stage"), [s.value for s in Stage], formatter("stage"))
        region = _select(right, "br_region", t("pf.region"), REGIONS, formatter("region"))
        sectors = _multi(left, "br_sectors", t("pf.sectors"), [s.value for s in Sector], formatter("sector"))
        needs = _multi(right, "br_needs", t("pf.needs"), [n.value for n in Need], formatter("need"))
        employees = left.number_input(t("pf.employees"), min_value=0, max_value=1_000_000, step=1, value=None,
                                      placeholder=t("pf.any"), key="br_employees")
        revenue = right.number_input(t("pf.revenue"), min_value=0.0, step=50_000.0, format="%.0f", value=None,
                                     placeholder=t("pf.any"), key="br_revenue")
        incorporated = _select(left, "br_incorporated", t("br.incorporated"), ["yes", "no"], formatter("yes_no"))
        for_profit = _select(right, "br_for_profit", t("br.for_profit"), ["yes", "no"], formatter("yes_no"))
        government = _select(left, "br_government", t("pf.government"), [g.value for g in Government],
                             formatter("government"))
        project = st.text_area(t("br.project"), max_chars=4000, height=110, key="br_project")
        budget = st.number_input(t("br.budget"), min_value=0.0, step=10_000.0, format="%.0f", value=None,
                                 placeholder=t("pf.any"), key="br_budget")
        if not st.form_submit_button(t("br.submit"), type="primary", icon=":material/description:"):
            return None
    if not name.strip():
        st.warning(t("br.need_name"))
        return None
    company = {"name": name.strip(), "language": language, "stage": stage, "sectors": sectors, "needs": needs,
               "employees": int(employees) if employees is not None else None, "revenue": revenue, "region": region,
               "incorporated": _bool(incorporated), "for_profit": _bool(for_profit), "project": project.strip() or None,
               "budget": budget or None, "government": government}
    return {k: v for k, v in company.items() if v not in (None, [])}


def build(company: dict[str, Any]) -> None:
    """Ask the API for the briefing (Markdown, then PDF) and keep the result for the preview."""
    client = default_client()
    try:
        with st.spinner(t("br.working")):
            text = client.briefing(company, "markdown").decode("utf-8", "replace")
            try:
                pdf: bytes | None = client.briefing(company, "pdf")
            except ApiError:
                pdf = None
            try:
                ics: bytes | None = client.briefing(company, "ics")
            except ApiError:
                ics = None
    except (ApiUnavailable, ApiError) as exc:
        st.session_state.pop(RESULT, None)
        show_error(exc)
        return
    st.session_state[RESULT] = {"markdown": text, "pdf": pdf, "ics": ics, "file": f"briefing-{slug(company['name'])}"}


st.title(t("br.title"))
st.caption(t("br.intro"))
submitted = form()
if submitted is not None:
    build(submitted)
result = st.session_state.get(RESULT)
if result:
    buttons = st.container(horizontal=True)
    buttons.download_button(t("br.download_md"), result["markdown"].encode("utf-8"), f"{result['file']}.md",
                            mime="text/markdown", icon=":material/download:", on_click="ignore")
    if result["pdf"]:
        buttons.download_button(t("br.download_pdf"), result["pdf"], f"{result['file']}.pdf", mime="application/pdf",
                                icon=":material/picture_as_pdf:", on_click="ignore", type="primary")
    else:
        buttons.caption(t("br.no_pdf"))
    if result.get("ics"):
        buttons.download_button(t("br.download_ics"), result["ics"], f"{result['file']}.ics", mime="text/calendar",
                                icon=":material/event:", on_click="ignore", key="br-ics")
    st.subheader(t("br.preview"))
    with st.container(border=True):
        st.markdown(preview(result["markdown"]))
