"""The one label table names every value of the vocabulary in both languages."""

from __future__ import annotations

from enum import StrEnum

import pytest

from common import vocab
from common.labels import LABELS, label, reader_dates

GROUPS: list[tuple[str, type[StrEnum]]] = [
    ("kind", vocab.Kind), ("instrument", vocab.Instrument), ("applicant", vocab.Applicant), ("stage", vocab.Stage),
    ("sector", vocab.Sector), ("need", vocab.Need), ("intake", vocab.Intake), ("unit", vocab.Unit),
    ("audience", vocab.Group), ("region", vocab.Region), ("institution", vocab.Institution),
]


@pytest.mark.parametrize("group, enum", GROUPS)
def test_every_value_has_a_french_and_an_english_label(group: str, enum: type[StrEnum]) -> None:
    missing = [v.value for v in enum if v.value not in LABELS[group]]
    assert missing == []
    assert all(fr.strip() and en.strip() for fr, en in LABELS[group].values())


def test_label_picks_the_language_and_falls_back_to_the_value() -> None:
    assert label("instrument", vocab.Instrument.fund_of_funds, "fr") == "Fonds de fonds"
    assert label("instrument", "fund_of_funds", "en") == "Fund of funds"
    assert label("instrument", "no_such_value", "en") == "no_such_value"


@pytest.mark.parametrize("text,lang,expected", [
    ("deadline 2026-05-29; facts checked 2026-12-01.", "en", "deadline May 29, 2026; facts checked December 1, 2026."),
    ("date limite 2026-05-29; vérifiés le 2026-12-01.", "fr", "date limite 29 mai 2026; vérifiés le 1er décembre 2026."),
    ("see https://example.org/news/2021-12-14/ and file report-2026-02-30.md", "en",
     "see https://example.org/news/2021-12-14/ and file report-2026-02-30.md"),  # links and names stay as written
    ("on 2026-02-30", "en", "on 2026-02-30"),  # not a date
])
def test_answers_write_iso_dates_as_the_reader_does(text: str, lang: str, expected: str) -> None:
    assert reader_dates(text, lang) == expected


def test_every_country_the_readings_know_has_a_name_in_both_languages() -> None:
    from assistant.answer.texts import table
    from assistant.understand.places import COUNTRY_ALTERNATIONS
    for lang in ("fr", "en"):
        assert {code for code, _ in COUNTRY_ALTERNATIONS} <= set(table(lang, "countries")), lang
