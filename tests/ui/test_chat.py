"""Chat page through AppTest against the fake API: examples, cited answers, cards, feedback, profile, errors, language."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.ui.fake_api import FakeApi
from ui.i18n import EXAMPLES, STRINGS
from ui.state import key

QUESTION = "Quels programmes pour une medtech en série A ?"


def texts(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown) + "\n".join(str(c.value) for c in at.caption)


def ask(at: AppTest, question: str = QUESTION) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_empty_chat_shows_examples_in_french(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    assert at.title[0].value == STRINGS["chat.title"][0]
    labels = [b.label for b in at.button]
    assert all(q in labels for q in EXAMPLES["fr"])
    assert not any(q in labels for q in EXAMPLES["en"])
    assert fake_api.chats == []


def test_example_button_asks_it(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    next(b for b in at.button if b.label == EXAMPLES["fr"][0]).click().run()
    assert [c["message"] for c in fake_api.chats] == [EXAMPLES["fr"][0]]
    assert not [b for b in at.button if b.label in EXAMPLES["fr"]]  # examples only on an empty chat


def test_answer_with_citations_sources_and_cards(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    assert fake_api.chats == [{"message": QUESTION}]  # nothing set in the profile: none sent
    body = texts(at)
    assert "[\\[1\\]](<https://www.boast.ai/irap>" in body  # [1] links to its source
    assert "[2]" in body  # a citation without URL stays a plain marker
    assert "50 000 \\$" in body and "50 000 $" not in body.replace("\\$", "")  # $ never starts LaTeX
    sources = [e for e in at.expander if e.label.startswith("Sources")]
    assert len(sources) == 1 and sources[0].label == "Sources (2)"
    inside = "\n".join(str(m.value) for m in sources[0].markdown)
    assert "> Petits projets : jusqu'à 50 000 \\$." in inside
    assert "Everything you need to know about IRAP" in inside and "p. 12" in inside
    # cards: the French catalog name (not the answer's short name), fit, kind and status badges, reasons
    assert "**Programme d'aide à la recherche industrielle du CNRC (PARI CNRC)**" in body
    assert ":green-badge[Admissible]" in body and ":orange-badge[Admissibilité à confirmer]" in body
    assert ":violet-badge[Subvention]" in body
    assert ":green-badge[Accueil continu · constaté le 2025-12-01]" in body  # the date a source showed the status
    assert ":orange-badge[Statut inconnu · statut non confirmé par une source]" in body
    assert "**Montant pour une entreprise**\u00a0: jusqu'à 50 000 \\$ par projet" in body
    assert "**Montant pour une entreprise**\u00a0: 40 % des coûts admissibles par projet" in body  # a rate, per company
    assert "moins de 500 employés ✓" in body


def test_cards_use_the_ui_language_for_names(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app(lang="en"))
    body = texts(at)
    assert "**NRC Industrial Research Assistance Program (NRC IRAP)**" in body
    assert ":green-badge[Eligible]" in body and ":green-badge[Continuous intake · seen on 2025-12-01]" in body


def test_thumbs_up_is_posted(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    at.feedback[0].set_value(1).run()
    assert fake_api.feedback == [{"session_id": "s-1", "message_id": "m-1", "rating": "up"}]
    assert STRINGS["fb.thanks"][0] in texts(at)


def test_thumbs_down_with_reason_and_comment(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    at.feedback[0].set_value(0).run()
    assert fake_api.feedback == []  # nothing sent before the reason is picked
    at.selectbox(key=key("fbr_m-1", "fr")).set_value("wrong_amount")
    at.text_area(key="fbc_m-1").set_value("Le montant a changé en 2026.")
    next(b for b in at.button if b.label == STRINGS["fb.send"][0]).click().run()
    assert fake_api.feedback == [{"session_id": "s-1", "message_id": "m-1", "rating": "down",
                                  "reason": "wrong_amount", "comment": "Le montant a changé en 2026."}]
    assert STRINGS["fb.thanks"][0] in texts(at)


def test_profile_is_sent_then_what_was_understood_is_shown(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    at.sidebar.selectbox(key=key("pf_stage", "fr")).set_value("seed")
    at.sidebar.number_input(key=key("pf_employees", "fr")).set_value(12)
    at = ask(at)
    assert fake_api.chats[0]["profile"] == {"stage": "seed", "employees": 12}
    # the sidebar now shows what the answer reports, and that is what the next question sends
    info = "\n".join(i.value for i in at.sidebar.info)
    assert "Série A" in info and "Technologies médicales" in info and "Québec" in info
    assert at.sidebar.selectbox(key=key("pf_stage", "fr")).value == "series_a"
    at.sidebar.selectbox(key=key("pf_region", "fr")).set_value("MTL")  # the user corrects the region
    at.sidebar.multiselect(key=key("pf_needs", "fr")).set_value([])  # and removes a need it did not state
    ask(at, "Et pour le Mila ?")
    assert fake_api.chats[1]["session_id"] == "s-1"
    assert fake_api.chats[1]["profile"] == {"stage": "series_a", "sectors": ["medtech"], "needs": [], "region": "MTL"}


def test_reset_clears_conversation_and_profile(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = ask(app())
    next(b for b in at.sidebar.button if b.label == STRINGS["pf.reset"][0]).click().run()
    assert not at.chat_message and not at.sidebar.info
    assert at.sidebar.selectbox(key=key("pf_stage", "fr")).value is None
    assert any(b.label == EXAMPLES["fr"][0] for b in at.button)
    ask(at)
    assert "session_id" not in fake_api.chats[-1] and "profile" not in fake_api.chats[-1]


def test_api_unreachable_shows_one_clear_line(app: Callable[..., AppTest], api_down: str) -> None:
    at = app()
    assert [e.value for e in at.error] == [STRINGS["api.unavailable"][0]]  # said before anything is asked
    at = ask(at)
    assert [e.value for e in at.error] == [STRINGS["api.unavailable"][0]]
    at.sidebar.radio(key="lang").set_value("en").run()
    assert [e.value for e in at.error] == [STRINGS["api.unavailable"][1]]


def test_api_error_shows_its_detail(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    fake_api.chat_status = 503
    at = ask(app())
    assert [e.value for e in at.error] == [STRINGS["api.error"][0].format(detail="the index is being rebuilt")]
    assert at.chat_input[0].value == QUESTION  # the failed question is back in the box
    assert STRINGS["chat.retry"][0] in texts(at)


def test_language_switch_changes_the_strings(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    at.sidebar.radio(key="lang").set_value("en").run()
    assert at.title[0].value == STRINGS["chat.title"][1]
    assert at.sidebar.subheader[0].value == STRINGS["pf.title"][1]
    labels = [b.label for b in at.button]
    assert all(q in labels for q in EXAMPLES["en"]) and not any(q in labels for q in EXAMPLES["fr"])
    ask(at)
    assert any(e.label == "Sources (2)" for e in at.expander)
    assert ":orange-badge[Eligibility to confirm]" in texts(at)


def test_language_switch_keeps_the_profile(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    at.sidebar.selectbox(key=key("pf_stage", "fr")).set_value("seed")
    at.sidebar.multiselect(key=key("pf_sectors", "fr")).set_value(["biotech"]).run()
    at.sidebar.radio(key="lang").set_value("en").run()
    stage = at.sidebar.selectbox(key=key("pf_stage", "en"))
    assert stage.value == "seed" and "Seed" in stage.options and "Amorçage" not in stage.options
    ask(at)
    assert fake_api.chats[0]["profile"] == {"stage": "seed", "sectors": ["biotech"]}


def test_one_governments_programs_can_be_asked_from_the_sidebar(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app()
    box = at.sidebar.selectbox(key=key("pf_government", "fr"))
    assert box.label == STRINGS["pf.government"][0] and box.options == ["Fédéral", "Québec", "Municipal"]
    box.set_value("federal")
    ask(at)
    assert fake_api.chats[0]["profile"] == {"government": "federal"}
