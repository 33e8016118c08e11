"""Widget values that survive a language switch: each widget is keyed by language, its value kept under a stable name."""

# A widget whose option labels are translated must be a new widget in the new language (otherwise the browser keeps
# showing the old labels), so its key carries the language; the value itself lives under `name` and seeds it.

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.i18n import LANGS, lang


def key(name: str, language: str | None = None) -> str:
    """The widget key of `name` in `language` (default: the UI language)."""
    return f"{name}.{language or lang()}"


def seed(name: str, default: Any = None) -> str:
    """Call just before drawing the widget: its key, with the kept value put in when the widget is new."""
    k = key(name)
    if k not in st.session_state:
        st.session_state[k] = st.session_state.get(name, default)
    return k


def keep(name: str, value: Any) -> Any:
    """Call just after drawing the widget: remember its value for the other language and later pages."""
    st.session_state[name] = value
    return value


def get(name: str, default: Any = None) -> Any:
    """The latest value: the widget's own when it was just changed, else the kept one."""
    k = key(name)
    if k in st.session_state:
        return st.session_state[k]
    return st.session_state.get(name, default)


def put(name: str, value: Any) -> None:
    """Set a value from code (before its widget is drawn in this run)."""
    st.session_state[name] = value
    for language in LANGS:
        st.session_state.pop(key(name, language), None)
