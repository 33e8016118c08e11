"""A program card under a chat answer: badges, the per-company amount, the deadline, who applies and the next step."""

from __future__ import annotations

from dataclasses import dataclass, field

import streamlit as st

from assistant.answer.amounts import company_amount
from assistant.answer.match import check
from assistant.models import Profile, ProgramFit
from ui import data
from ui.components import deadline_passed, deadline_text, kind_badge, status_badge
from ui.format import FIT_COLOR, badge, md
from ui.i18n import label, lang, t


@dataclass
class CardText:
    """The card's sentences in the UI language (the answer gives them in its own language)."""

    amount: str | None = None
    how_to_apply: str | None = None
    reasons: list[str] = field(default_factory=list)


def card_text(p: ProgramFit, answer_lang: str, profile: Profile) -> CardText:
    """The answer's own wording when it is in the UI language; otherwise the same facts worked out again in the UI
    language from the program's record (the backend's amount and matching functions, with the answer's profile)."""
    lg = lang()
    if answer_lang == lg:
        return CardText(p.amount, p.how_to_apply, p.reasons)
    prog = data.try_record(p.id)
    if prog is None:  # the catalog cannot be read: leave out what would be in the other language
        return CardText()
    reasons = [r.text for r in check(prog, profile, lg).reasons]
    return CardText(company_amount(prog, lg, profile.employees), prog.how_to_apply.get(lg), reasons)


def badges(p: ProgramFit) -> str:
    passed = deadline_passed(p.next_deadline, p.last_deadline)
    return " ".join([badge(label("fit", p.fit), FIT_COLOR.get(p.fit, "gray")), kind_badge(p.kind),
                     status_badge(p.intake, seen=p.last_confirmed, passed=passed)])


def lines(p: ProgramFit, text: CardText, names: dict[str, str]) -> list[str]:
    """Amount, deadline, replacement, who applies, next step and the official link, one per line."""
    out = []
    if text.amount:
        out.append(md(f"**{t('f.amount')}**{t('colon')}{text.amount}"))
    deadline = deadline_text(p.next_deadline, p.last_deadline)
    if deadline:
        passed = deadline_passed(p.next_deadline, p.last_deadline)
        out.append(f":red[**{md(deadline)}**]" if passed else md(deadline))
    if p.replaced_by:
        out.append(md(t("f.replaced_by", name=names.get(p.replaced_by, p.replaced_by))))
    if p.applicant:
        out.append(md(f"**{t('f.applicant')}**{t('colon')}{label('applicant', p.applicant)}"))
    step = md(f"**{t('f.next_step')}**{t('colon')}{text.how_to_apply}") if text.how_to_apply else ""
    link = f"[{t('f.official')} ↗](<{p.url}>)"
    out.append(f"{step} {link}" if step else link)
    return out


def program_card(p: ProgramFit, names: dict[str, str], answer_lang: str, profile: Profile, key: str) -> None:
    """Name in the UI language, fit / kind / status badges, then the card's lines and why it fits."""
    text = card_text(p, answer_lang, profile)
    with st.container(border=True, key=key):
        st.markdown(f"**{md(names.get(p.id, p.name))}**")
        st.markdown(badges(p))
        st.markdown("  \n".join(lines(p, text, names)))
        if text.reasons:
            st.caption(f"**{t('f.why')}**{t('colon')}" + md(" · ".join(text.reasons)))


def program_cards(programs: list[ProgramFit], answer_lang: str, profile: Profile, message_id: str) -> None:
    st.markdown(f"**{t('chat.programs', n=len(programs))}**")
    names = data.names(lang())
    cols = st.columns(2)
    for i, p in enumerate(programs):
        with cols[i % 2]:
            program_card(p, names, answer_lang, profile, key=f"card_{message_id}_{i}")
