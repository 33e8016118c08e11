"""Streamlit entry point (`boussole ui`): page setup, the language switch, and navigation between the three pages."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.i18n import LANG_KEY, LANG_NAMES, LANGS, t

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="Boussole", page_icon=":material/explore:", layout="wide",
                   initial_sidebar_state="expanded")
st.session_state.setdefault(LANG_KEY, "fr")
pages = [
    st.Page(HERE / "views" / "chat.py", title=t("nav.chat"), icon=":material/forum:", url_path="chat", default=True),
    st.Page(HERE / "views" / "programs.py", title=t("nav.programs"), icon=":material/table_view:",
            url_path="programs"),
    st.Page(HERE / "views" / "briefing.py", title=t("nav.briefing"), icon=":material/description:",
            url_path="briefing"),
]
page = st.navigation(pages)
with st.sidebar:
    st.markdown("### :material/explore: Boussole")
    st.caption(t("tagline"))
    st.radio(t("language"), LANGS, format_func=LANG_NAMES.__getitem__, key=LANG_KEY, horizontal=True)
page.run()
