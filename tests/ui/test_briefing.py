"""Briefing page through AppTest against the fake API: the form, what it sends, the preview and the downloads."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.ui.fake_api import FakeApi
from ui.i18n import STRINGS
from ui.state import key

PAGE = "views/briefing.py"


def fill_and_submit(at: AppTest, name: str = "Société Éole") -> AppTest:
    at.text_input(key="br_name").set_value(name)
    at.selectbox(key=key("br_stage", "fr")).set_value("series_a")
    at.multiselect(key=key("br_sectors", "fr")).set_value(["medtech", "ai"])
    at.number_input(key="br_employees").set_value(18)
    at.selectbox(key=key("br_incorporated", "fr")).set_value("yes")
    at.text_area(key="br_project").set_value("Un algorithme de détection précoce de l'arythmie.")
    at.number_input(key="br_budget").set_value(400000.0)
    next(b for b in at.button if b.label == STRINGS["br.submit"][0]).click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_form_is_in_the_ui_language(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    assert at.title[0].value == STRINGS["br.title"][0]
    assert at.text_input(key="br_name").label == STRINGS["br.name"][0]
    at.sidebar.radio(key="lang").set_value("en").run()
    assert at.title[0].value == STRINGS["br.title"][1]
    assert at.text_input(key="br_name").label == STRINGS["br.name"][1]
    assert at.radio[-1].value == "en"  # the briefing language follows the UI language by default


def test_briefing_request_carries_the_form(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    fill_and_submit(app(PAGE))
    accept, company = fake_api.briefings[0]
    assert accept == "text/markdown"
    assert company == {"name": "Société Éole", "language": "fr", "stage": "series_a", "sectors": ["medtech", "ai"],
                       "employees": 18, "incorporated": True,
                       "project": "Un algorithme de détection précoce de l'arythmie.",
                       "budget": 400000.0}


def test_briefing_can_ask_for_one_governments_programs(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    """As in the chat sidebar: the advisor picks « Fédéral » and the request says `government: federal`; the API's
    CompanyProfile accepts it (the fake API validates the body with it)."""
    at = app(PAGE)
    at.selectbox(key=key("br_government", "fr")).set_value("federal")
    fill_and_submit(at)
    assert fake_api.briefings[0][1]["government"] == "federal"
    assert at.selectbox(key=key("br_government", "fr")).label == STRINGS["pf.government"][0]


def test_briefing_preview_and_downloads(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = fill_and_submit(app(PAGE))
    assert [a for a, _ in fake_api.briefings] == ["text/markdown", "application/pdf", "text/calendar"]
    preview = "\n".join(str(m.value) for m in at.markdown)
    assert "# Note d'information — Société Éole" in preview and "50 000 \\$ [1]" in preview
    assert "<!--" not in preview and "<br>" not in preview  # no raw HTML shown
    assert "PARI CNRC / NRC IRAP" in preview
    labels = [d.label for d in at.download_button]
    assert labels == [STRINGS["br.download_md"][0], STRINGS["br.download_pdf"][0], STRINGS["br.download_ics"][0]]
    assert at.subheader[0].value == STRINGS["br.preview"][0]


def test_company_name_is_required(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    next(b for b in at.button if b.label == STRINGS["br.submit"][0]).click().run()
    assert [w.value for w in at.warning] == [STRINGS["br.need_name"][0]]
    assert fake_api.briefings == []


def test_briefing_when_the_api_is_down(app: Callable[..., AppTest], api_down: str) -> None:
    at = fill_and_submit(app(PAGE))
    assert [e.value for e in at.error] == [STRINGS["api.unavailable"][0]]
