"""Thumbs up / down under an answer; a thumbs down opens a reason picker and a comment, posted to /feedback."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.api_client import ApiError, ApiUnavailable, Rating, default_client
from ui.components import show_error
from ui.i18n import formatter, t

REASONS = ("outdated", "wrong_amount", "wrong_program", "missing_program", "wrong_language", "other")
SENT = "fb_sent"  # message_id → True once posted
ERRORS = "fb_errors"  # message_id → the last failure


def _post(session_id: str, message_id: str, rating: Rating, reason: str | None = None,
          comment: str | None = None) -> None:
    errors: dict[str, Exception] = st.session_state.setdefault(ERRORS, {})
    try:
        default_client().feedback(session_id, message_id, rating, reason, comment)
    except (ApiUnavailable, ApiError) as exc:
        errors[message_id] = exc
        return
    errors.pop(message_id, None)
    st.session_state.setdefault(SENT, {})[message_id] = True


def _on_thumb(session_id: str, message_id: str) -> None:
    if st.session_state.get(f"fb_{message_id}") == 1:
        _post(session_id, message_id, "up")


def render(session_id: str, message_id: str) -> None:
    if st.session_state.get(SENT, {}).get(message_id):
        st.caption(":material/check_circle: " + t("fb.thanks"))
        return
    row = st.container(horizontal=True, vertical_alignment="center", gap="small")
    row.caption(t("fb.ask"), width="content")
    with row:
        value = st.feedback("thumbs", key=f"fb_{message_id}", on_change=_on_thumb, args=(session_id, message_id))
    if value == 0:
        with st.form(f"fbf_{message_id}", border=True):
            reason = state.keep(f"fbr_{message_id}", st.selectbox(
                t("fb.reason"), REASONS, format_func=formatter("reason"),
                key=state.seed(f"fbr_{message_id}", REASONS[0])))
            comment = st.text_area(t("fb.comment"), key=f"fbc_{message_id}", max_chars=2000, height=80)
            if st.form_submit_button(t("fb.send"), icon=":material/send:"):
                _post(session_id, message_id, "down", reason, comment)
                if st.session_state.get(SENT, {}).get(message_id):
                    st.rerun()
    failure = st.session_state.get(ERRORS, {}).get(message_id)
    if failure is not None:
        show_error(failure)
