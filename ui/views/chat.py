"""Chat page: ask a question, read a cited answer with program cards and sources, rate it; profile in the sidebar."""

from __future__ import annotations

import streamlit as st

from ui import data, feedback, profile_form
from ui.answer_view import Turn, render_answer, render_turn
from ui.api_client import ApiError, ApiUnavailable, default_client
from ui.components import show_error
from ui.i18n import examples, t

MESSAGES = "chat_messages"
SESSION = "chat_session_id"
PENDING = "chat_pending"


def reset() -> None:
    """Forget the conversation, the session and the profile."""
    st.session_state[MESSAGES] = []
    st.session_state[SESSION] = None
    st.session_state.pop(PENDING, None)
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
    history.append(Turn(role="user", text=question))
    render_turn(history[-1])
    with st.chat_message("assistant", avatar=":material/explore:"):
        try:
            with st.spinner(t("chat.thinking")):
                answer = default_client().chat(question, st.session_state.get(SESSION), profile_form.current())
        except (ApiUnavailable, ApiError) as exc:
            history.append(Turn(role="assistant", error=exc))
            show_error(exc)
            return
        st.session_state[SESSION] = answer.session_id or st.session_state.get(SESSION)
        history.append(Turn(role="assistant", answer=answer))
        render_answer(answer)
    profile_form.adopt(answer.profile)


st.title(t("chat.title"))
st.caption(t("chat.intro"))
history: list[Turn] = st.session_state.setdefault(MESSAGES, [])
for turn in history:
    render_turn(turn)
question = st.chat_input(t("chat.placeholder"), max_chars=2000) or st.session_state.pop(PENDING, None)
if question and question.strip():
    ask(question.strip(), history)
elif not history:
    if not data.reachable(default_client().base_url):
        st.error(t("api.unavailable"), icon=":material/cloud_off:")
    show_examples()
profile_form.render(on_reset=reset)
