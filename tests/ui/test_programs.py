"""Programs page through AppTest against the fake API: table, filters, search, detail view, comparison, language."""

from __future__ import annotations

from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from tests.ui.conftest import APP
from tests.ui.fake_api import PROGRAM_IDS, FakeApi
from ui.i18n import STRINGS
from ui.state import key

PAGE = "views/programs.py"


def body(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def table_names(at: AppTest, column: str = "Programme") -> list[str]:
    return list(at.dataframe[0].value[column])


def test_table_lists_every_program(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    assert not at.exception
    assert at.title[0].value == STRINGS["pg.title"][0]
    names = table_names(at)
    assert len(names) == len(PROGRAM_IDS)
    assert "Programme d'aide à la recherche industrielle du CNRC (PARI CNRC)" in names
    frame = at.dataframe[0].value
    assert list(frame.columns) == ["Programme", "Montant par entreprise", "Date limite", "Statut",
                                   "Qui dépose", "Comment déposer", "URL"]
    irap = frame[frame["Programme"].str.contains("PARI CNRC")].iloc[0]
    assert irap["Montant par entreprise"].startswith("jusqu'à 50\u00a0000\u00a0$ par projet")  # never an envelope
    assert irap["Statut"] == "Accueil continu · constaté le 2025-12-01"
    assert irap["Qui dépose"] == "L'entreprise" and irap["Comment déposer"].startswith("Appeler le PARI")
    assert irap["Date limite"] == "—"
    closed = frame[frame["Programme"].str.contains("PARTENAR-IA")].iloc[0]
    assert closed["Date limite"] == "passée (2023-10-13)"


def test_accepting_now_keeps_continuous_intake(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    at.toggle(key=key("pg_accepting", "fr")).set_value(True).run()
    names = table_names(at)
    assert "Programme d'aide à la recherche industrielle du CNRC (PARI CNRC)" in names  # continuous intake
    assert not any("PARTENAR-IA" in n for n in names)  # a closed call
    at.sidebar.radio(key="lang").set_value("en").run()
    assert at.toggle(key=key("pg_accepting", "en")).value is True


def test_table_downloads_as_csv(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    button = next(d for d in at.get("download_button") if d.proto.label == STRINGS["pg.csv"][0])
    assert button.proto.url


def test_filters_and_search_query_the_api(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    at.selectbox(key=key("pg_kind", "fr")).set_value("internship_subsidy").run()
    assert table_names(at) == ["Mitacs Accélération"]
    assert fake_api.list_queries[-1]["kind"] == "internship_subsidy"
    at.selectbox(key=key("pg_kind", "fr")).set_value(None)
    at.selectbox(key=key("pg_status", "fr")).set_value("closed").run()
    assert table_names(at) == ["PARTENAR-IA — appel en technologies médicales de MEDTEQ+ (2023)"]
    at.selectbox(key=key("pg_status", "fr")).set_value(None)
    at.text_input(key="pg_q").set_value("irap").run()
    assert table_names(at) == ["Programme d'aide à la recherche industrielle du CNRC (PARI CNRC)"]
    at.text_input(key="pg_q").set_value("nothing like this").run()
    assert not at.dataframe and at.info[0].value == STRINGS["pg.none"][0]


def test_detail_view_shows_both_languages_facts_and_status(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    at.selectbox(key=key("program", "fr")).set_value("nrc-irap").run()
    text = body(at)
    assert "#### Programme d'aide à la recherche industrielle du CNRC (PARI CNRC)" in text
    assert "NRC Industrial Research Assistance Program (NRC IRAP)" in text  # the English record fields too
    assert "A non-repayable, cost-shared contribution" in text and "Contribution non remboursable" in text
    assert ":green-badge[Accueil continu · constaté le 2025-12-01]" in text
    assert "10\u00a0000\u00a0000\u00a0\\$" in text and "80\u00a0%" in text  # funding in French format
    assert "Petits projets (processus d'examen accéléré) : jusqu'à 50 000 \\$." in text
    assert "(<https://www.boast.ai/en-us/blog/innovation-insights/everything-you-need-to-know-about-irap-funding>" in text
    assert "montant par entreprise" in text  # uncertain fields named in words
    assert at.get("link_button")[0].proto.url == "https://nrc.canada.ca/en/support-technology-innovation"


def test_comparison_of_two_to_four_programs(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    at.multiselect(key=key("compare", "fr")).set_value(["nrc-irap"]).run()
    assert STRINGS["pg.compare_hint"][0] in [c.value for c in at.caption]
    at.multiselect(key=key("compare", "fr")).set_value(["nrc-irap", "medteq-impact", "mitacs-accelerate"]).run()
    table = next(m.value for m in at.markdown if str(m.value).startswith("| |"))
    header = table.splitlines()[0]
    assert "PARI CNRC" in header and "Programme Impact de MEDTEQ+" in header and "Mitacs Accélération" in header
    rows = {line.split("|")[1].strip(): line for line in table.splitlines()[2:]}
    for row in ("**Montant pour une entreprise**", "**Enveloppe du programme (contexte, pas un montant par entreprise)**",
                "**Plafond de cumul**", "**Statut**", "**Prochaine date limite**", "**Qui dépose la demande**",
                "**Comment déposer**", "**Admissibilité**", "**Sources**"):
        assert row in rows, row
    amounts = rows["**Montant pour une entreprise**"]
    assert "10\u00a0000\u00a0000\u00a0\\$" in amounts and "40\u00a0%" in amounts  # IRAP's ceiling, MEDTEQ+'s rate
    assert "https://" in rows["**Sources**"]
    stacking = rows["**Plafond de cumul**"]
    assert "Le cumul avec les crédits d'impôt RS&DE est possible" in stacking  # the record's own sentence
    assert STRINGS["f.stacking_none"][0] in stacking  # said in words where nothing is published, never "—"
    assert "L'entreprise avec un partenaire universitaire" in rows["**Qui dépose la demande**"]
    assert "Appeler le PARI" in rows["**Comment déposer**"]
    assert STRINGS["f.no_deadline"][0] in rows["**Prochaine date limite**"]
    assert at.multiselect(key=key("compare", "fr")).proto.max_selections == 4


def test_url_preselects_detail_and_comparison(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = AppTest.from_file(str(APP), default_timeout=30)
    at.query_params["program"] = "medteq-impact"
    at.query_params["compare"] = "nrc-irap,medteq-impact,unknown-id"
    at.run()
    at.switch_page(PAGE).run()
    assert at.selectbox(key=key("program", "fr")).value == "medteq-impact"
    assert at.multiselect(key=key("compare", "fr")).value == ["nrc-irap", "medteq-impact"]


def test_programs_page_in_english(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE, lang="en")
    assert at.title[0].value == STRINGS["pg.title"][1]
    assert "NRC Industrial Research Assistance Program (NRC IRAP)" in table_names(at, "Program")
    assert "Continuous intake · seen on 2025-12-01" in set(at.dataframe[0].value["Status"])


def test_programs_page_when_the_api_is_down(app: Callable[..., AppTest], api_down: str) -> None:
    at = app(PAGE)
    assert [e.value for e in at.error] == [STRINGS["api.unavailable"][0]]
    assert not at.exception


def test_language_switch_keeps_filters_and_selection(app: Callable[..., AppTest], fake_api: FakeApi) -> None:
    at = app(PAGE)
    at.selectbox(key=key("pg_kind", "fr")).set_value("grant")
    at.multiselect(key=key("compare", "fr")).set_value(["nrc-irap", "medteq-impact"]).run()
    at.sidebar.radio(key="lang").set_value("en").run()
    kind = at.selectbox(key=key("pg_kind", "en"))  # a new widget, so its labels are redrawn in English
    assert kind.value == "grant" and "Grant" in kind.options and "Subvention" not in kind.options
    assert at.multiselect(key=key("compare", "en")).value == ["nrc-irap", "medteq-impact"]
    assert "Continuous intake · seen on 2025-12-01" in set(at.dataframe[0].value["Status"])
    assert any("NRC Industrial Research Assistance Program (NRC IRAP)" in str(m.value) for m in at.markdown)
