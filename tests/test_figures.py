"""Figures are found and normalized alike in French and English writing."""

import pytest

from common.figures import extract, unsupported


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Up to $50,000 per project", [("money", "50000")]),
        ("jusqu'à 50 000 $ par projet", [("money", "50000")]),
        ("jusqu'à 50\u202f000\u00a0$", [("money", "50000")]),
        ("10 millions $", [("money", "10000000")]),
        ("$10 million", [("money", "10000000")]),
        ("2,1 M$", [("money", "2100000")]),
        ("$2.1M", [("money", "2100000")]),
        ("23,4 M $", [("money", "23400000")]),
        ("35 %", [("pct", "35")]),
        ("35% refundable", [("pct", "35")]),
        ("Dec 16, 2024", [("date", "2024-12-16")]),
        ("16 décembre 2024", [("date", "2024-12-16")]),
        ("1er avril 2024", [("date", "2024-04-01")]),
        ("2026-03-26", [("date", "2026-03-26")]),
        ("32 280 emplois", [("number", "32280")]),
        ("32,280 jobs", [("number", "32280")]),
        ("$75,000–$500,000", [("money", "75000"), ("money", "500000")]),
        ("no figure here", []),
    ],
)
def test_extract(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.kind, f.value) for f in extract(text)] == expected


def test_french_answer_supported_by_english_quote() -> None:
    assert unsupported("Jusqu'à 50 000 $ et 80 %", ["Up to $50,000 and 80% of salaries"]) == []


def test_unsupported_figure_is_reported() -> None:
    missing = unsupported("IRAP gives $50 million to everyone", ["Up to $10 million for select firms"])
    assert [m.value for m in missing] == ["50000000"]


def test_date_month_matches_full_date() -> None:
    assert unsupported("depuis mars 2026", ["royal assent March 26, 2026"]) == []
