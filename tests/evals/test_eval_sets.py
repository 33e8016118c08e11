"""Eval sets and scoring: the shared advisor file kept in step, the fixed split, advisor and scope scores, the gate."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from assistant.models import Answer, ProgramFit
from evals import advisor, refusals
from evals.golden import load_questions
from evals.metrics import QuestionResult, paired_retrieval
from evals.report import gate
from evals.split import assign, load_split

ROOT = Path(__file__).resolve().parents[2]


def test_advisor_shortlists_match_the_shared_file() -> None:
    shared = [d / "shared" / "evals" / "advisor-shortlists.yaml" for d in (ROOT.parent, ROOT.parent.parent)]
    found = [p for p in shared if p.is_file()]
    if not found:
        pytest.skip("no ../shared/evals/advisor-shortlists.yaml next to this checkout")
    assert advisor.SHARED_FILE.read_bytes() == found[0].read_bytes()


def test_every_set_loads_in_both_languages() -> None:
    for path in advisor.SETS.values():
        cases = advisor.load_cases(path)
        assert len(cases) >= 20 and {c.lang for c in cases} == {"fr", "en"}
    assert len(refusals.load(refusals.FALSE_REFUSALS)) >= 40
    assert len(refusals.load(refusals.OFF_TOPIC)) >= 30
    ids = {q.id for q in load_questions()}
    assert not ids & {c.id for c in advisor.load_cases(advisor.OWN_FILE)}  # not read as golden questions


def test_split_is_recorded_stable_and_stratified() -> None:
    questions = load_questions()
    split = load_split()
    assert set(split) == {q.id for q in questions}, "run `python -m evals.split` to place new questions"
    assert split == assign(questions), "split.yaml differs from what the fixed seed gives"
    strata = Counter((q.category, q.lang) for q in questions)
    dev = Counter((q.category, q.lang) for q in questions if split[q.id] == "dev")
    for key, n in strata.items():
        assert dev[key] == round(n * 0.6), key
    assert 0.55 < sum(v == "dev" for v in split.values()) / len(split) < 0.65


def _fit(pid: str, name: str, fit: str = "likely") -> ProgramFit:
    return ProgramFit(id=pid, name=name, kind="grant", fit=fit, intake="open", as_of="2026-01-01",  # type: ignore[arg-type]
                      url="https://example.org")


def test_advisor_case_scoring() -> None:
    case = advisor.AdvisorCase(id="c", lang="en", question="q", expect=["IRAP", "SR&ED", "Mitacs"], min=2,
                               forbid=["Teralys"], needs={"talent": ["Mitacs"]})
    good = Answer(answer="x", language="en", programs=[_fit("nrc-irap", "IRAP"), _fit("sred", "SR&ED"),
                                                      _fit("mitacs", "Mitacs Accelerate")])
    r = advisor.score_case(case, good, {})
    assert r.passed and r.recall == 1.0 and r.needs_served == {"talent": True}
    bad = Answer(answer="x", language="en", programs=[_fit("nrc-irap", "IRAP"), _fit("teralys", "Teralys Capital"),
                                                     _fit("sred", "SR&ED", fit="not_eligible")])
    r = advisor.score_case(case, bad, {})
    assert not r.passed and r.forbidden_fits == ["teralys | Teralys Capital"]
    assert r.expected_found == ["IRAP"] and r.needs_served == {"talent": False}  # not_eligible is not a fit
    refused = advisor.score_case(case, Answer(answer="no", language="en", abstained=True), {})
    s = advisor.summarise([advisor.score_case(case, good, {}), refused])
    assert s["pass_rate"] == 0.5 and s["refusals"] == 1 and s["failures"][0]["problems"][0] == "refused"


def test_scope_rates() -> None:
    q = refusals.ScopeQuestion(id="a", lang="fr", question="q")
    results = [refusals.score_scope(q, True, Answer(answer="x", language="fr", abstained=True)),
               refusals.score_scope(q, True, Answer(answer="x", language="fr")),
               refusals.score_scope(q, False, Answer(answer="x", language="fr", abstained=True)),
               refusals.score_scope(q, False, Answer(answer="x", language="fr"))]
    s = refusals.summarise(results)
    assert s["false_refusal_rate"] == 0.5
    assert s["abstention_precision"] == 0.5 and s["abstention_recall"] == 0.5
    assert len(s["failures"]) == 2


def test_gate_fails_on_none_missing_and_regression(tmp_path: Path) -> None:
    f = tmp_path / "t.yaml"
    f.write_text("min:\n  heldout.recall@5: 0.8\n  x.none: 0.1\n  x.missing: 0.1\nmax:\n  latency.p95_ratio_to_naive: 1.5\n")
    failed = gate({"heldout.recall@5": 0.7, "x.none": None, "latency.p95_ratio_to_naive": 2.0}, f)
    assert len(failed) == 4 and any("None" in x for x in failed) and any("missing" in x for x in failed)
    assert gate({"heldout.recall@5": 0.9, "x.none": 0.5, "x.missing": 0.2, "latency.p95_ratio_to_naive": 1.0}, f) == []


def test_baseline_compared_at_equal_item_counts() -> None:
    q = load_questions()[0].model_copy(update={"expected_programs": ["b"], "expected_sources": []})
    ans = Answer(answer="x", language="fr")
    ours = QuestionResult(q, ans, ["a", "a", "x", "y", "z", "b"], 1.0)  # 5 distinct items, "b" 5th
    naive = QuestionResult(q, ans, ["b", "b", "b", "c"], 1.0)  # 2 distinct items
    out = paired_retrieval([ours], [naive])
    assert out["ours"]["items"] == 2 and out["ours"]["recall@5"] == 0.0 and out["baseline"]["recall@5"] == 1.0
