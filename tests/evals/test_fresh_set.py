"""The fresh held-out set: it loads in both languages, is kept apart from the golden set, and reports aggregates only."""

from __future__ import annotations

from pathlib import Path

import yaml

from assistant.models import Answer
from common.records import load_program
from evals import refusals
from evals.fresh import FRESH_DIR, load_fresh, markdown, summarise
from evals.golden import GoldenQuestion, load_questions
from evals.metrics import QuestionResult, score

ROOT = Path(__file__).resolve().parents[2]


def _digest_ids() -> set[str]:
    out = set()
    for path in (ROOT / "corpus").glob("*/*.md"):
        head = path.read_text(encoding="utf-8").split("---")[1]
        out.add(str(yaml.safe_load(head)["id"]))
    return out


def test_fresh_set_loads_apart_in_both_languages_with_real_ids() -> None:
    sets = load_fresh()
    assert len(sets.golden) >= 50 and len(sets.off_topic) >= 25 and len(sets.in_scope) >= 25
    for qs in (sets.golden, sets.off_topic, sets.in_scope):
        langs = [q.lang for q in qs]
        assert abs(langs.count("en") - langs.count("fr")) <= len(qs) * 0.2
    assert not {q.id for q in sets.golden} & {q.id for q in load_questions()}
    programs = {load_program(p).id for p in (ROOT / "corpus" / "programs").glob("*.yaml")}
    digests = _digest_ids()
    for q in sets.golden:
        assert set(q.expected_programs) <= programs, "an expected program id is not in corpus/programs"
        assert set(q.expected_sources) <= digests, "an expected source id is not a digest of corpus/"


def _result(q: GoldenQuestion, text: str, abstained: bool = False) -> QuestionResult:
    r = QuestionResult(q, Answer(answer=text, language=q.lang, abstained=abstained), ["a", "b"], 5.0, part="fresh")
    score(r, {})
    return r


def test_report_holds_aggregates_and_no_question(tmp_path: Path) -> None:
    qs = [GoldenQuestion(id="fresh-x1", category="fact", lang="en", question="How much does SECRETPROGRAM give?",
                         expected_programs=["a"], required_facts=["50[ ,]?000"]),
          GoldenQuestion(id="fresh-x2", category="fact", lang="fr", question="Combien donne SECRETPROGRAM ?",
                         expected_programs=["c"], required_facts=["50[ ,]?000"]),
          GoldenQuestion(id="fresh-x3", category="unanswerable", lang="fr", question="SECRET ?", should_abstain=True)]
    golden = [_result(qs[0], "Up to $50,000."), _result(qs[1], "Jusqu'à 20 000 $."), _result(qs[2], "", True)]
    off = refusals.ScopeQuestion(id="fresh-off-1", lang="en", question="SECRET off topic")
    scope = [refusals.score_scope(off, False, Answer(answer="SECRET answer", language="en"))]
    s = summarise(golden, scope)
    assert s["en"]["fact_accuracy"] == 1.0 and s["fr"]["fact_accuracy"] == 0.0 and s["all"]["recall@5"] == 0.5
    assert s["fr"]["abstention_recall"] == 1.0 and s["scope"]["abstention_recall"] == 0.0
    s.update(date="2026-12-06", config="hybrid+favour")
    text = markdown(s) + yaml.safe_dump(s)
    assert "SECRET" not in text and "fresh-x" not in text and "fresh-off" not in text


def test_fresh_folder_is_not_read_as_golden_questions() -> None:
    assert FRESH_DIR.parent / "questions" != FRESH_DIR
    assert all(not q.id.startswith("fresh-") for q in load_questions())
