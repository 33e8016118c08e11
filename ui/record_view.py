"""A program record shown in full (both languages, facts with sources, status), and 2–4 records side by side."""

from __future__ import annotations

import streamlit as st

from common.records import Program, Source
from ui.components import deadline_short, funding, intake_line, kind_badge
from ui.format import badge, cell, md
from ui.i18n import label, lang, t


def _source_link(prog: Program, source_id: str) -> str:
    src = prog.source_map.get(source_id)
    if src is None:
        return ""
    return f"[{md(src.title)} ↗](<{src.url}>)"


def detail(prog: Program) -> None:
    lg = lang()
    other = "en" if lg == "fr" else "fr"
    with st.container(border=True):
        st.markdown(f"#### {md(prog.name.get(lg))}")
        st.caption(md(f"{prog.name.get(other)} · {prog.operator.get(lg)}"))
        badges = [kind_badge(prog.kind), *(badge(label("region", r), "blue") for r in prog.regions),
                  badge(t("f.as_of", date=prog.as_of.isoformat()), "gray")]
        if prog.uncertain:
            fields = ", ".join(label("field", f) for f in prog.uncertain)
            badges.append(badge(f"{t('f.uncertain')}{t('colon')}{fields}", "orange"))
        st.markdown(" ".join(badges))
        st.markdown(f"**{t('f.intake')}**{t('colon')}{intake_line(prog)}")
        if prog.intake.note:
            st.caption(md(prog.intake.note.get(lg)))
        col_fr, col_en = st.columns(2)
        for col, code, title in ((col_fr, "fr", "Français"), (col_en, "en", "English")):
            with col:
                st.markdown(f"**{title}**")
                for key, text in (("f.name", prog.name.get(code)), ("f.operator", prog.operator.get(code)),
                                  ("f.summary", prog.summary.get(code)), ("f.eligibility", prog.eligibility.get(code))):
                    st.markdown(f"*{t(key)}*{t('colon')}{md(text)}")
        figures = funding(prog)
        st.markdown(f"**{t('f.funding')}**")
        st.markdown("\n".join([f"| {t('f.amount')} | {t('f.stacking')} | {t('f.budget')} |", "|---|---|---|",
                               f"| {figures['amount']} | {figures['stacking']} | {figures['budget']} |"]))
        if prog.facts:
            st.markdown(f"**{t('f.facts')}**")
            st.markdown("\n".join(
                f"- {md(f.get(lg))} {_source_link(prog, f.source)}" + (f" *({t('f.uncertain')})*" if f.uncertain else "")
                for f in prog.facts))
        st.markdown(f"**{t('f.sources')}**")
        st.markdown("\n".join(
            f"- [{md(s.title)} ↗](<{s.url}>) · {t('f.source_kind.' + s.kind)}" + (f" · {s.published}" if s.published
                                                                                 else "")
            for s in prog.sources))
        st.link_button(t("f.official"), str(prog.url), icon=":material/open_in_new:")


def _short_source(src: Source) -> str:
    """A source as a short link, with its kind (official, news, third party)."""
    title = src.title if len(src.title) <= 42 else src.title[:40].rstrip() + "…"
    return f"[{cell(title)}](<{src.url}>) *({t('f.source_kind.' + src.kind)})*"


def _deadline(prog: Program) -> str:
    i = prog.intake
    text = deadline_short(i.next_deadline.isoformat() if i.next_deadline else None,
                         i.last_deadline.isoformat() if i.last_deadline else None)
    return cell(text) if text else t("f.no_deadline")


def compare(progs: list[Program]) -> None:
    """One Markdown table: a row per attribute, a column per program."""
    lg = lang()
    figures = [funding(p) for p in progs]
    rows: list[tuple[str, list[str]]] = [
        (t("f.kind"), [label("kind", p.kind) for p in progs]),
        (t("f.operator"), [cell(p.operator.get(lg)) for p in progs]),
        (t("f.amount"), [f["amount"] for f in figures]),
        (t("f.stacking"), [f["stacking"] for f in figures]),
        (t("f.budget"), [f["budget"] for f in figures]),
        (t("f.intake"), [intake_line(p) for p in progs]),
        (t("f.next_deadline"), [_deadline(p) for p in progs]),
        (t("f.applicant"), [label("applicant", p.applicant) for p in progs]),
        (t("f.how_to_apply"), [cell(p.how_to_apply.get(lg)) for p in progs]),
        (t("f.stages"), [", ".join(label("stage", s) for s in p.stages) for p in progs]),
        (t("f.sectors"), [", ".join(label("sector", s) for s in p.sectors) for p in progs]),
        (t("f.eligibility"), [cell(p.eligibility.get(lg)) for p in progs]),
        (t("f.sources"), [" · ".join(_short_source(s) for s in p.sources) for p in progs]),
    ]
    header = "| | " + " | ".join(f"**{cell(p.name.get(lg))}**" for p in progs) + " |"
    lines = [header, "|---" * (len(progs) + 1) + "|"]
    lines += [f"| **{name}** | " + " | ".join(values) + " |" for name, values in rows]
    st.markdown("\n".join(lines))
