"""Chat page: ask a question, read a cited answer with program cards and sources, rate it; profile in the sidebar."""

from __future__ import annotations

import streamlit as st

from common.settings import get_settings
from ui import data, feedback, profile_form
from ui.answer_view import Turn, render_answer, render_turn
from ui.api_client import ApiError, ApiUnavailable, default_client
from ui.format import number
from ui.i18n import examples, lang, t

MESSAGES = "chat_messages"
SESSION = "chat_session_id"
PENDING = "chat_pending"
BOX = "chat_box"
REFILL = "chat_refill"
NOTICE = "chat_notice"


def reset() -> None:
    """Forget the conversation, the session and the profile."""
    st.session_state[MESSAGES] = []
    st.session_state[SESSION] = None
    st.session_state.pop(PENDING, None)
    st.session_state.pop(NOTICE, None)
    st.session_state.pop(feedback.SENT, None)
    st.session_state.pop(feedback.ERRORS, None)
    profile_form.clear()


def pick_example(question: str) -> None:
    st.session_state[PENDING] = question


def show_examples() -> None:
    st.markdown(f"**{t('chat.examples')}**")
    cols = st.columns(2)
    for i, question in enumerate(examples()):
        cols[i % 2].button(question, key=f"example_{i}", on_click=pick_example, args=(question,),
                           icon=":material/chat_bubble:", width="stretch")


def ask(question: str, history: list[Turn]) -> None:
    """Send the question; on failure keep the error in the chat and put the question back in the box for a retry."""
    history.append(Turn(role="user", text=question))
    render_turn(history[-1])
    with st.chat_message("assistant", avatar=":material/explore:"):
        try:
            with st.spinner(t("chat.thinking")):
                answer = default_client().chat(question, st.session_state.get(SESSION), profile_form.current())
        except (ApiUnavailable, ApiError) as exc:
            history.append(Turn(role="assistant", error=exc))
            st.session_state[REFILL] = question
            st.rerun()
        st.session_state[SESSION] = answer.session_id or st.session_state.get(SESSION)
        history.append(Turn(role="assistant", answer=answer))
        render_answer(answer, pick_example)
    profile_form.adopt(answer.profile)


def too_long(question: str, limit: int) -> bool:
    """Over the limit: say so (with both lengths) and put the whole text back in the box, nothing cut."""
    if len(question) <= limit:
        return False
    st.session_state[REFILL] = question
    st.session_state[NOTICE] = t("chat.too_long", n=number(len(question), lang()), limit=number(limit, lang()))
    return True


def show_history(history: list[Turn]) -> None:
    """Every turn; the last answer's follow-up choices as buttons; a retry hint under a failed last question."""
    for i, turn in enumerate(history):
        last = i == len(history) - 1 and PENDING not in st.session_state
        render_turn(turn, pick_example if last else None)
    if history and history[-1].error is not None:
        st.caption(t("chat.retry"))


st.title(t("chat.title"))
st.caption(t("chat.intro"))
if REFILL in st.session_state:  # before the box is drawn: a failed or too long question goes back into it
    st.session_state[BOX] = st.session_state.pop(REFILL)
history: list[Turn] = st.session_state.setdefault(MESSAGES, [])
show_history(history)
if NOTICE in st.session_state:
    st.warning(st.session_state.pop(NOTICE), icon=":material/edit_note:")
max_chars = get_settings().max_message_chars
question = (st.chat_input(t("chat.placeholder", n=number(max_chars, lang())), key=BOX)
            or st.session_state.pop(PENDING, None))
if question and question.strip() and too_long(question, max_chars):
    st.rerun()
if question and question.strip():
    ask(question.strip(), history)
elif not history:
    if not data.reachable(default_client().base_url):
        st.error(t("api.unavailable"), icon=":material/cloud_off:")
    show_examples()
profile_form.render(on_reset=reset)
