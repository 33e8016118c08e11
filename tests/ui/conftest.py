"""UI fixtures: a fake API on loopback (BOUSSOLE_API_URL points at it) and an AppTest factory for ui/app.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import ui
from common.settings import get_settings
from tests.conftest import free_port
from tests.ui.fake_api import FakeApi, FakeServer

APP = Path(ui.__file__).resolve().parent / "app.py"


@pytest.fixture(scope="session")
def fake_server() -> Iterator[FakeServer]:
    server = FakeServer().start()
    yield server
    server.stop()


@pytest.fixture
def fake_api(fake_server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    """The fake API, emptied, with the UI pointed at it."""
    fake_server.state.reset()
    monkeypatch.setenv("BOUSSOLE_API_URL", fake_server.state.url)
    get_settings.cache_clear()
    st.cache_data.clear()
    return fake_server.state


@pytest.fixture
def api_down(monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the UI at a loopback port where nothing listens."""
    url = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("BOUSSOLE_API_URL", url)
    get_settings.cache_clear()
    st.cache_data.clear()
    return url


@pytest.fixture
def app() -> Callable[..., AppTest]:
    """Run ui/app.py (on `page`, relative to ui/, when given) and return the AppTest."""

    def make(page: str | None = None, lang: str = "fr") -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=30)
        at.session_state["lang"] = lang
        at.run()
        if page:
            at.switch_page(page).run()
        return at

    return make
