"""One chat turn: the cited answer, its question back, program cards, the deadline calendar, sources, feedback."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from assistant.models import Answer, Citation, FollowUp
from ui import data, feedback
from ui.api_client import ApiError, ApiUnavailable
from ui.cards import program_cards
from ui.components import error_text
from ui.format import link_citations, md
from ui.i18n import lang, t

CAL_FILE = "boussole-deadlines.ics"


@dataclass
class Turn:
    role: str  # "user" | "assistant"
    text: str = ""
    answer: Answer | None = None
    error: Exception | None = None


def render_turn(turn: Turn, on_choice: Callable[[str], None] | None = None) -> None:
    """One turn of the chat; `on_choice` (the last answer only) makes its follow-up choices into buttons."""
    with st.chat_message(turn.role, avatar=":material/person:" if turn.role == "user" else ":material/explore:"):
        if turn.answer is not None:
            render_answer(turn.answer, on_choice)
        elif turn.error is not None:
            st.error(error_text(turn.error))
        else:
            st.markdown(md(turn.text))


def render_answer(ans: Answer, on_choice: Callable[[str], None] | None = None) -> None:
    if ans.abstained:
        st.caption(t("chat.abstained"))
    st.markdown(md(link_citations(ans.answer, ans.citations)))
    if ans.follow_up is not None and on_choice is not None:
        follow_up(ans.follow_up, ans.message_id, on_choice)
    if ans.programs:
        program_cards(ans.programs, ans.language, ans.profile, ans.message_id or str(id(ans)))
        calendar_button(ans)
    if ans.citations:
        sources(ans.citations)
    if ans.session_id and ans.message_id:
        feedback.render(ans.session_id, ans.message_id)


def follow_up(question: FollowUp, message_id: str, on_choice: Callable[[str], None]) -> None:
    """The answer's question back, its choices as buttons (a click sends the choice as the next message)."""
    st.markdown(f"**{md(question.question)}**")
    row = st.container(horizontal=True, gap="small")
    for i, choice in enumerate(question.choices):
        row.button(choice, key=f"fu_{message_id}_{i}", on_click=on_choice, args=(choice,),
                   icon=":material/reply:")


def calendar_button(ans: Answer) -> None:
    """The shortlist's known deadlines as an .ics file, in the UI language."""
    ids = [p.id for p in ans.programs]
    try:
        ics = data.calendar(tuple(ids), lang())
    except (ApiUnavailable, ApiError):
        st.caption(t("chat.calendar_none"))
        return
    st.download_button(t("chat.calendar"), ics, CAL_FILE,
                       mime="text/calendar", icon=":material/event:", on_click="ignore",
                       key=f"ics_{ans.message_id or id(ans)}", help=t("chat.calendar_help"))


def sources(citations: list[Citation]) -> None:
    with st.expander(t("chat.sources", n=len(citations)), icon=":material/menu_book:"):
        for c in citations:
            head = f"**[{c.n}]** {md(c.title)}"
            if c.page:
                head += " · " + t("chat.page", page=c.page)
            if c.url:
                head += f" · [{t('chat.open_source')} ↗](<{c.url}>)"
            st.markdown(head)
            st.markdown("\n".join("> " + md(line) for line in c.quote.splitlines() or [""]))
