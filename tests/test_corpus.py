"""The shipped corpus passes its checker, and the checker catches what it must."""

from pathlib import Path

from ingest.corpus_check import check_corpus, coverage_markdown, summary_lines
from tests.conftest import CORPUS
from tests.helpers import RECORD


def test_shipped_corpus_is_valid() -> None:
    rep = check_corpus(CORPUS)
    assert rep.errors == []
    assert len(rep.programs) >= 45 and len(rep.digests) >= 10
    assert any(line.startswith("programs:") for line in summary_lines(rep))
    assert "| kind |" in coverage_markdown(rep)


def test_every_record_figure_has_a_source() -> None:
    rep = check_corpus(CORPUS)
    for p in rep.programs.values():
        known = {s.id for s in p.sources}
        assert all(f.source in known for f in p.facts), p.id


def _corpus_with(tmp_path: Path, record: str) -> Path:
    (tmp_path / "programs").mkdir()
    (tmp_path / "programs" / "test-programme.yaml").write_text(record, encoding="utf-8")
    return tmp_path


def test_figure_in_summary_without_fact_is_an_error(tmp_path: Path) -> None:
    bad = RECORD.replace("Une subvention d'essai pour les jeunes pousses.", "Une subvention de 99 000 $.")
    rep = check_corpus(_corpus_with(tmp_path, bad))
    assert any("99 000 $" in e for e in rep.errors)


def test_french_and_english_facts_must_state_the_same_figures(tmp_path: Path) -> None:
    bad = RECORD.replace("Up to $25,000 per project.", "Up to $35,000 per project.")
    rep = check_corpus(_corpus_with(tmp_path, bad))
    assert any("different figures" in e for e in rep.errors)


def test_funding_value_must_be_stated_in_a_fact(tmp_path: Path) -> None:
    bad = RECORD.replace("  max_employees: {value: 50, source: T1}", "  max_employees: {value: 70, source: T1}")
    rep = check_corpus(_corpus_with(tmp_path, bad))
    assert any("max_employees = 70" in e for e in rep.errors)


def test_unknown_source_and_replaced_by(tmp_path: Path) -> None:
    bad = RECORD.replace("intake: {status: continuous, seen: 2026-10-01, source: T1}",
                         "intake: {status: replaced, replaced_by: ghost, source: T1}")
    rep = check_corpus(_corpus_with(tmp_path, bad))
    assert any("ghost" in e for e in rep.errors)
    (tmp_path / "b").mkdir()
    bad2 = RECORD.replace("source: T1}\n  - {fr: \"Au plus", "source: T9}\n  - {fr: \"Au plus")
    rep2 = check_corpus(_corpus_with(tmp_path / "b", bad2))
    assert any("T9" in e for e in rep2.errors)


def test_stale_records_are_listed(tmp_path: Path) -> None:
    old = RECORD.replace("as_of: 2026-11-01", "as_of: 2020-01-01")
    rep = check_corpus(_corpus_with(tmp_path, old))
    assert rep.stale and "test-programme" in rep.stale[0]
