"""The shipped corpus passes its checker, and the checker fails on each rule it enforces (one bad record per rule)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ingest.corpus_check import check_corpus
from ingest.corpus_report import coverage_markdown, summary_lines
from tests.conftest import CORPUS
from tests.helpers import RECORD

TODAY = dt.date(2026, 12, 1)


def test_shipped_corpus_is_valid() -> None:
    rep = check_corpus(CORPUS, TODAY)
    assert rep.errors == []
    assert len(rep.programs) >= 110 and len(rep.digests) >= 10
    lines = summary_lines(rep, TODAY)
    assert lines[0].startswith(f"programs: {len(rep.programs)}") and "distinct operators" in lines[0]
    for head in ("unknown status:", "backed only by third-party sources:", "newest source older than 24 months:",
                 "url not an official page: 0"):
        assert any(line.startswith(head) for line in lines), head
    tables = coverage_markdown(rep)
    for title in ("| need |", "| applicant |", "| instrument |", "| region |"):
        assert title in tables


def test_no_fund_of_funds_is_open_to_companies_and_digests_are_bilingual() -> None:
    rep = check_corpus(CORPUS, TODAY)
    funds = [p for p in rep.programs.values() if p.instrument.value == "fund_of_funds"]
    assert funds and all(p.applicant.value == "fund_manager" for p in funds)
    assert rep.digest_languages and all(langs == {"fr", "en"} for langs in rep.digest_languages.values())


def _corpus_with(tmp_path: Path, *records: str) -> Path:
    (tmp_path / "programs").mkdir(parents=True)
    for i, record in enumerate(records):
        name = "test-programme" if i == 0 else f"test-programme-{i}"
        (tmp_path / "programs" / f"{name}.yaml").write_text(record.replace("id: test-programme\n", f"id: {name}\n"),
                                                           encoding="utf-8")
    return tmp_path


def test_the_good_record_passes(tmp_path: Path) -> None:
    assert check_corpus(_corpus_with(tmp_path, RECORD), TODAY).errors == []


BAD = {
    "figure in prose without a fact": (("Une subvention d'essai pour les jeunes pousses.", "Une subvention de 99 000 $."),
                                       "99 000 $"),
    "figure in how_to_apply without a fact": (("Fill in the operator's online form.", "Apply before 3 May 2027."),
                                              "how_to_apply.en"),
    "French and English facts differ": (("Up to $25,000 per project.", "Up to $35,000 per project."),
                                        "different figures"),
    "rule value not in a fact": (("max_employees: {value: 50", "max_employees: {value: 70"), "max_employees = 70"),
    "award figure not in a fact": (("{max: 25000, unit", "{max: 45000, unit"), "per_company[0] figure 45000"),
    "budget not in a fact": (("value: 2000000", "value: 9000000"), "program_budget[0] = 9e+06"),
    "fund of funds open to companies": (("instrument: grant", "instrument: fund_of_funds"), "fund_manager"),
    "unknown applicant": (("applicant: company", "applicant: anyone"), "applicant"),
    "unofficial url": (("kind: official", "kind: news"), "operator's own page"),
    "status without last_confirmed": (("  last_confirmed: {date: 2026-10-01, source: T1}\n", ""), "last_confirmed"),
    "unknown status without a note": (("status: continuous", "status: unknown"), "intake.note"),
    "replaced without replacement": (("status: continuous", "status: replaced"), "replaced_by"),
    "replaced by an unknown id": (("status: continuous", "status: replaced\n  replaced_by: ghost"), "ghost"),
    "unknown source id": (('source: T1}\n  - {fr: "Au plus', 'source: T9}\n  - {fr: "Au plus'), "T9"),
    "overlong field": (("A test grant for startups.", "x" * 5000), "longer than 4,000 characters"),
    "how_to_apply missing": (("how_to_apply: {fr: Remplir le formulaire en ligne de l'organisme., en: Fill in the "
                              "operator's online form.}\n", ""), "how_to_apply"),
}


@pytest.mark.parametrize("rule", sorted(BAD))
def test_each_rule_fails_on_a_bad_record(tmp_path: Path, rule: str) -> None:
    (old, new), expected = BAD[rule]
    assert old in RECORD, rule
    rep = check_corpus(_corpus_with(tmp_path, RECORD.replace(old, new)), TODAY)
    assert any(expected in e for e in rep.errors), rep.errors


def test_too_many_unknown_statuses_fail(tmp_path: Path) -> None:
    unknown = RECORD.replace("  status: continuous\n  last_confirmed: {date: 2026-10-01, source: T1}\n",
                             "  status: unknown\n  note: {fr: Aucune source ne montre de statut., en: No source shows a "
                             "status.}\n")
    ok = check_corpus(_corpus_with(tmp_path / "a", *([RECORD] * 9 + [unknown])), TODAY)
    assert ok.errors == []
    bad = check_corpus(_corpus_with(tmp_path / "b", *([RECORD] * 8 + [unknown] * 2)), TODAY)
    assert any("status 'unknown'" in e for e in bad.errors)


DIGEST = """---
id: test-digest
title: "{title}"
language: {lang}
translation: {tr}
kind: report
source: {{title: Test, publisher: Test, published: "2019", url: "https://example.org/report"}}
as_of: 2026-11-01
---
# {title}

{body}
"""
BODY = {"fr": "L'étude recense 92 programmes de financement et plus de 650 entreprises au Québec. " * 4,
        "en": "The study counts 92 funding programs and more than 650 companies in Québec. " * 4}


def _digests(tmp_path: Path, langs: dict[str, str]) -> Path:
    (tmp_path / "programs").mkdir(parents=True)
    (tmp_path / "reports").mkdir()
    for lang, body in langs.items():
        (tmp_path / "reports" / f"test-digest.{lang}.md").write_text(
            DIGEST.format(title="Étude" if lang == "fr" else "Study", lang=lang, tr=str(lang == "en").lower(),
                          body=body), encoding="utf-8")
    return tmp_path


def test_digests_must_exist_in_both_languages_with_the_same_figures(tmp_path: Path) -> None:
    assert check_corpus(_digests(tmp_path / "ok", BODY), TODAY).errors == []
    one = check_corpus(_digests(tmp_path / "one", {"fr": BODY["fr"]}), TODAY)
    assert any("needs a French and an English file" in e for e in one.errors)
    diff = check_corpus(_digests(tmp_path / "diff", {**BODY, "en": BODY["en"].replace("650", "600")}), TODAY)
    assert any("different figures" in e for e in diff.errors)


def test_stale_records_are_listed(tmp_path: Path) -> None:
    old = RECORD.replace("as_of: 2026-11-01", "as_of: 2020-01-01")
    rep = check_corpus(_corpus_with(tmp_path, old), TODAY)
    assert rep.stale and "test-programme" in rep.stale[0]


_EN_WORDS = frozenset("the of and is was which may be found only per this that".split())
_FR_WORDS = frozenset("le la les des du est une un et pour dont qui que au aux".split())


def test_french_digests_write_no_paragraph_in_english() -> None:
    """A French answer quotes the French digest: a paragraph left in English there reads as English to a French user
    (the budget digest once quoted its facts file's English wording)."""
    english = []
    for path in sorted(CORPUS.rglob("*.fr.md")):
        for para in path.read_text(encoding="utf-8").split("\n\n"):
            words = [w.lower() for w in para.replace("«", " ").replace("»", " ").split()]
            en, fr = sum(w in _EN_WORDS for w in words), sum(w in _FR_WORDS for w in words)
            if en >= 4 and en > fr:
                english.append(f"{path.name}: {para[:80]}")
    assert not english, english
