"""How one chat turn looks: the cited Markdown answer, program cards, the Sources expander and the feedback."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from assistant.models import Answer, Citation, ProgramFit
from ui import data, feedback
from ui.components import error_text, kind_badge, status_badge
from ui.format import FIT_COLOR, badge, link_citations, md
from ui.i18n import label, lang, t


@dataclass
class Turn:
    role: str  # "user" | "assistant"
    text: str = ""
    answer: Answer | None = None
    error: Exception | None = None


def render_turn(turn: Turn) -> None:
    with st.chat_message(turn.role, avatar=":material/person:" if turn.role == "user" else ":material/explore:"):
        if turn.answer is not None:
            render_answer(turn.answer)
        elif turn.error is not None:
            st.error(error_text(turn.error))
        else:
            st.markdown(md(turn.text))


def render_answer(ans: Answer) -> None:
    if ans.abstained:
        st.caption(t("chat.abstained"))
    st.markdown(md(link_citations(ans.answer, ans.citations)))
    if ans.programs:
        program_cards(ans.programs)
    if ans.citations:
        sources(ans.citations)
    if ans.session_id and ans.message_id:
        feedback.render(ans.session_id, ans.message_id)


def program_cards(programs: list[ProgramFit]) -> None:
    st.markdown(f"**{t('chat.programs', n=len(programs))}**")
    names = data.names(lang())
    cols = st.columns(2)
    for i, p in enumerate(programs):
        with cols[i % 2]:
            program_card(p, names)


def program_card(p: ProgramFit, names: dict[str, str]) -> None:
    """Name in the UI language, fit / kind / status badges, amount or rate, deadline, link, and why it fits."""
    with st.container(border=True):
        st.markdown(f"**{md(names.get(p.id, p.name))}**")
        st.markdown(" ".join([badge(label("fit", p.fit), FIT_COLOR.get(p.fit, "gray")), kind_badge(p.kind),
                              status_badge(p.intake, as_of=p.as_of)]))
        lines = [_figure(p)]
        deadline = p.next_deadline or p.last_deadline
        if deadline:
            lines.append(t("f.deadline", date=deadline))
        if p.replaced_by:
            lines.append(t("f.replaced_by", name=names.get(p.replaced_by, p.replaced_by)))
        lines = [md(line) for line in lines if line]
        lines.append(f"[{t('f.official')} ↗](<{p.url}>)")
        st.markdown("  \n".join(lines))
        if p.reasons:
            st.caption(f"**{t('f.why')}**{t('colon')}" + md(" · ".join(p.reasons)))


def _figure(p: ProgramFit) -> str:
    """What one company can get, as the answer states it."""
    return f"{t('f.amount')}{t('colon')}{p.amount}" if p.amount else ""


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
