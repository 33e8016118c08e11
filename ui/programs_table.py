"""The programs table (per-company amount, next deadline, status and its date, who applies, how to apply) and its CSV."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from assistant.api.schemas import ProgramSummary
from ui.components import deadline_short
from ui.i18n import label, lang, t

LINK = "URL"
# pixel widths: the seven columns fit the ~810 px main column beside the sidebar at 1280 px (see the screenshot
# tests/artifacts/ui-programs-1280.png); rows are three lines high so long cells wrap instead of running off
WIDTHS = {"pg.col.name": 165, "pg.col.amount": 145, "pg.col.deadline": 88, "pg.status": 125, "pg.col.applicant": 92,
          "pg.col.apply": 135}
LINK_WIDTH, ROW_HEIGHT = 36, 66


def deadline_cell(p: ProgramSummary) -> str:
    return deadline_short(p.next_deadline, p.last_deadline) or "—"


def status_cell(p: ProgramSummary) -> str:
    """'Accueil continu · constaté le 2025-12-01' (the date a source showed the status)."""
    seen = t("f.seen", date=p.last_confirmed) if p.last_confirmed else t("f.unconfirmed")
    return f"{label('intake', p.intake)} · {seen}"


def frame(rows: list[ProgramSummary]) -> pd.DataFrame:
    lg = lang()
    return pd.DataFrame([{
        t("pg.col.name"): p.name.get(lg),
        t("pg.col.amount"): p.amount.get(lg),
        t("pg.col.deadline"): deadline_cell(p),
        t("pg.status"): status_cell(p),
        t("pg.col.applicant"): label("applicant", p.applicant),
        t("pg.col.apply"): p.how_to_apply.get(lg),
        LINK: p.url,
    } for p in rows])


def table(rows: list[ProgramSummary]) -> None:
    """The table, then its CSV (UTF-8 with BOM, so spreadsheet programs read the accents)."""
    data = frame(rows)
    config = {t(key): st.column_config.TextColumn(width=px) for key, px in WIDTHS.items()}
    config[LINK] = st.column_config.LinkColumn(LINK, display_text="↗", width=LINK_WIDTH)
    st.dataframe(data, hide_index=True, width="stretch", height=min(38 + ROW_HEIGHT * len(rows), 560),
                 row_height=ROW_HEIGHT, column_config=config)
    csv = data.to_csv(index=False).encode("utf-8-sig")
    st.download_button(t("pg.csv"), csv, "boussole-programs.csv",
                       mime="text/csv", icon=":material/download:", on_click="ignore")
