"""The one label table names every value of the vocabulary in both languages."""

from __future__ import annotations

from enum import StrEnum

import pytest

from common import vocab
from common.labels import LABELS, label

GROUPS: list[tuple[str, type[StrEnum]]] = [
    ("kind", vocab.Kind), ("instrument", vocab.Instrument), ("applicant", vocab.Applicant), ("stage", vocab.Stage),
    ("sector", vocab.Sector), ("need", vocab.Need), ("intake", vocab.Intake), ("unit", vocab.Unit),
    ("audience", vocab.Group), ("region", vocab.Region),
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
