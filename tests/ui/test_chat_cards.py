"""Chat cards and input through AppTest: per-company facts, passed deadlines, the UI language on cards after a switch,
follow-up buttons, the message limit, retries, the deadline calendar and a quick 'unreachable'."""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from assistant.models import FollowUp
from common.labels import LABELS
from common.settings import get_settings
from tests.ui.fake_api import ICS, FakeApi
from tests.ui.test_chat import QUESTION, ask, texts
from ui import data
from ui.i18n import STRINGS


def test_card_shows_who_applies_next_step_and_a_red_passed_deadline(app: Callable[..., AppTest],
                                                                     fake_api: FakeApi) -> None:
    body = texts(ask(app()))
    assert "**Qui dépose la demande**\u00a0: L'entreprise" in body
    assert "**Prochaine étape**\u00a0: Appeler le PARI au 1-877-994-4727" in body
    assert "[Page officielle ↗](<https://nrc.canada.ca/en/support-technology-innovation>)" in body
    # a call whose last deadline has passed: red badge with the date a source saw it, and the deadline says so
    assert ":red-badge[Par appels · constaté le 2026-04-09]" in body
    assert ":red[**Date limite passée : 2023-10-13**]" in body
    assert ":green-badge[Par appels" not in body


def test_cards_follow_the_ui_language_after_a_switch(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    at.sidebar.radio(key="lang").set_value("en").run()
    assert not at.exception
    body = texts(at)  # the answer text itself stays in its own language; no label of it below is French
    assert "**Amount for one company**: up to \\$50,000 per project" in body  # worked out from the record, in English
    assert "**Who applies**: The company" in body and "**Next step**: " in body
    assert ":green-badge[Continuous intake · seen on 2025-12-01]" in body
    french = {fr for group in ("intake", "fit", "kind", "applicant") for fr, en in LABELS[group].values() if fr != en}
    french |= {"à vérifier", "Montant", "Pourquoi", "Prochaine étape", "Qui dépose", "constaté", "entreprise constituée"}
    left = sorted(w for w in french if re.search(rf"(?<![\w']){re.escape(w)}(?!\w)", body))
    assert left == [], left


def test_follow_up_choices_are_buttons_that_answer(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    fake_api.follow_up = FollowUp(question="À quel stade est l'entreprise ?", choices=["Amorçage", "Série A"])
    at = ask(app())
    assert "**À quel stade est l'entreprise ?**" in texts(at)
    next(b for b in at.button if b.label == "Série A").click().run()
    assert [c["message"] for c in fake_api.chats] == [QUESTION, "Série A"]
    assert fake_api.chats[1]["session_id"] == "s-1"
    # only the last answer keeps its choices
    assert [b.key for b in at.button if b.label == "Série A"] == ["fu_m-2_1"]


def test_the_limit_is_stated_and_a_long_message_is_kept_whole(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    limit = get_settings().max_message_chars
    assert at.chat_input[0].placeholder == STRINGS["chat.placeholder"][0].format(n=f"{limit:,}".replace(",", "\u202f"))
    assert at.chat_input[0].proto.max_chars == 0  # typing never stops silently
    long = "Description de l'entreprise. " * 100 + "Quels programmes pour nous ?"
    at.chat_input[0].set_value(long).run()
    assert fake_api.chats == []
    assert at.chat_input[0].value == long  # nothing cut, nothing lost
    assert str(len(long)) in at.warning[0].value.replace("\u202f", "")


def test_the_apis_own_limit_message_reaches_the_user(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    fake_api.chat_status, fake_api.chat_detail = 422, "message: at most 1500 characters"
    at = ask(app())
    assert [e.value for e in at.error] == [STRINGS["api.error"][0].format(detail="message: at most 1500 characters")]
    assert at.chat_input[0].value == QUESTION


def test_calendar_download_under_an_answer_with_programs(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    assert fake_api.calendars == [{"ids": "nrc-irap,medteq-impact,partenaria-medteq-2023", "lang": "fr"}]
    button = next(d for d in at.get("download_button") if d.proto.label == STRINGS["chat.calendar"][0])
    assert button.proto.url  # served by Streamlit's media endpoint
    assert ICS.startswith("BEGIN:VCALENDAR")


def test_unreachable_is_known_within_two_seconds(api_down: str) -> None:
    silent = socket.socket()  # accepts connections, never answers: a hung API
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        data.reachable.clear()
        for url in (f"http://127.0.0.1:{silent.getsockname()[1]}", api_down):  # hung, then nothing listening
            started = time.monotonic()
            assert data.reachable(url) is False
            assert time.monotonic() - started < 2.0, url
    finally:
        silent.close()
