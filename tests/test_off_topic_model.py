"""The off-topic model: trained only on our labelled dev questions, its shipped weights reproducible from them, scoring
clear cases apart, and never used to decline a question that names a program or an operator (2026-12-06)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from assistant.service import Assistant
from assistant.understand import off_topic_model
from assistant.understand.evidence import Evidence
from assistant.understand.off_topic_model import EXAMPLES, OFF_LIKELY, WEIGHTS, fit, load, train

ROOT = Path(__file__).parents[1]


def _texts(node: object) -> set[str]:
    """Every question string in an evaluation file, whatever its layout."""
    if isinstance(node, dict):
        return {t for k, v in node.items() for t in ([v] if k in ("q", "question", "message", "en", "fr") and
                                                     isinstance(v, str) else _texts(v))}
    if isinstance(node, list):
        return {t for v in node for t in _texts(v)}
    return set()


def test_no_evaluation_question_is_a_training_example() -> None:
    examples = {e["q"] for e in yaml.safe_load(EXAMPLES.read_text(encoding="utf-8"))["examples"]}
    files = [*(ROOT / "evals" / "questions").glob("*.yaml"), *(ROOT / "evals" / "fresh").glob("*.yaml"),
             ROOT / "evals" / "advisor-shortlists.yaml"]
    held = set().union(*(_texts(yaml.safe_load(f.read_text(encoding="utf-8"))) for f in files))
    assert len(held) > 100
    assert not examples & held


def test_fit_separates_two_classes() -> None:
    rng = np.random.default_rng(0)
    on, off = rng.normal(-1, 0.3, (40, 3)), rng.normal(1, 0.3, (40, 3))
    weights, bias = fit(np.vstack([on, off]), np.array([0.0] * 40 + [1.0] * 40))
    model = off_topic_model.OffTopicModel("toy", weights, bias)
    assert model.score(np.ones(3)) > 0.9 > 0.1 > model.score(-np.ones(3))


def test_shipped_weights_are_those_the_examples_give(assistant_bot: Assistant, tmp_path: Path) -> None:
    name = assistant_bot.retriever.snapshot.embedder.name
    shipped = load(name)
    assert shipped is not None, f"no off-topic weights for {name}: run python -m assistant.understand.off_topic_model"
    assert shipped.weights.shape == (assistant_bot.retriever.snapshot.embedder.dim,)
    fresh = tmp_path / "weights.json"
    train(name, fresh)
    again = load(name, fresh)
    assert again is not None
    assert np.allclose(again.weights, shipped.weights, atol=1e-4) and abs(again.bias - shipped.bias) < 1e-4


def test_another_embedder_has_no_model(tmp_path: Path) -> None:
    assert load("no-such-embedder") is None
    assert load("use-multilingual", tmp_path / "missing.json") is None
    assert WEIGHTS.exists()


@pytest.mark.parametrize("text, off", [
    ("Quelle recette de sauce à spaghetti pour douze personnes?", True),
    ("Which hiking trails near Mont-Tremblant are good in October?", True),
    ("Quelles subventions pour une jeune pousse en IA santé de 5 personnes à Sherbrooke?", False),
    ("What tax credits can a Montréal medtech claim on its R&D salaries?", False),
])
def test_clear_cases_score_apart(assistant_bot: Assistant, text: str, off: bool) -> None:
    assert (assistant_bot.scope.off_score(text) >= OFF_LIKELY) is off


def test_the_score_declines_only_without_a_name_or_an_operator() -> None:
    strong = {"dense": 0.45, "coverage": 1.0, "company": True, "support": True, "asked": True}
    assert not Evidence(**strong).weak()
    assert Evidence(**strong, off_score=0.95).weak()
    assert not Evidence(**strong, off_score=0.95, operator=True).weak()
    assert not Evidence(**strong, off_score=0.95, named=True).weak()
    assert not Evidence(**strong, off_score=OFF_LIKELY - 0.01).weak()
    assert not Evidence(**{**strong, "dense": 0.6}, off_score=0.95).weak()  # a passage close: the score is not enough
    assert not Evidence(**strong, off_score=0.95, alone=False).weak()  # a follow-up is read with the conversation
    assert not Evidence(**strong, off_score=0.95, domain=True).weak()  # a sector of ours and support sought
