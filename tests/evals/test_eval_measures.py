"""Independent grounding, amount honesty, retrieval where answers use it, and feedback into draft questions."""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

from assistant.models import Answer, Citation, ProgramFit
from assistant.service import Assistant
from common.records import load_program
from evals import amounts, grounding
from evals.feedback import from_feedback
from evals.golden import GoldenQuestion

ROOT = Path(__file__).resolve().parents[2]
IRAP = "corpus/programs/nrc-irap.yaml"
QUOTE = "Small projects (Accelerated Review Process): up to $50,000."


def _cite(n: int, quote: str) -> Citation:
    return Citation(n=n, source=IRAP, title="IRAP", quote=quote, program_id="nrc-irap")


def test_grounding_passes_a_grounded_answer() -> None:
    ans = Answer(answer=f"- **IRAP**\n  - Amount: {QUOTE} [1]", language="en", citations=[_cite(1, QUOTE)])
    g = grounding.check(ans, ["How much can IRAP give?"], ROOT)
    assert g.violations == [] and g.figures == 1 and g.supported == 1 and g.verbatim == 1


def test_grounding_fails_a_hand_made_ungrounded_answer() -> None:
    text = ("IRAP gives up to $75,000 for small projects [1]. You asked about 40% cost sharing [1]. "
            "Intake closes on March 31, 2027.")
    ans = Answer(answer=text, language="en", citations=[_cite(1, QUOTE), _cite(2, "IRAP pays $1 billion to all.")])
    g = grounding.check(ans, ["Does IRAP pay 40% of costs?"], ROOT)
    kinds = [(v["kind"], v["figure"]) for v in g.violations]
    assert ("quote not in file", "") in kinds
    assert ("figure not in the cited quote", "$75,000") in kinds
    assert ("figure only in the question", "40%") in kinds  # the asker's words are not support
    assert ("uncited figure", "March 31, 2027") in kinds
    assert g.supported == 0 and all(v["sentence"] for v in g.violations)


def test_extractor_reads_both_languages_alike() -> None:
    fr = {k for k, _ in grounding.figures_in("jusqu'à 1 500 000 $, 2,5 M$, 30 % et le 31 mars 2026")}
    en = {k for k, _ in grounding.figures_in("up to $1,500,000, $2.5 million, 30% and March 31, 2026")}
    assert fr == en == {"money:1.5e+06", "money:2.5e+06", "rate:30", "date:2026-03-31"}


def test_extractor_reads_a_date_in_every_form_alike() -> None:
    """Four-letter month names (June, July, juin, août) are not the year of an ISO date."""
    for iso, written in [("2025-06-22", "June 22, 2025"), ("2023-07-16", "July 16, 2023"), ("2024-06-06", "6 juin 2024"),
                         ("2026-08-01", "1er août 2026"), ("2026-03-25", "March 25, 2026")]:
        assert grounding.figures_in(iso)[0][0] == grounding.figures_in(written)[0][0] == f"date:{iso}"


def test_amount_honesty_flags_envelopes_and_uses_program_budget() -> None:
    scale = load_program(ROOT / "corpus/programs/scale-ai-projects.yaml")
    envelope = next(f.en for f in scale.facts if "230" in f.en)
    fit = ProgramFit(id=scale.id, name="Scale AI", kind="grant", fit="likely", intake="open", as_of="2026-01-01",
                     url="https://example.org")
    ans = Answer(answer=f"- **Scale AI** (grant)\n  - Amount: {envelope} [1]", language="en", programs=[fit])
    got = amounts.check(ans, {scale.id: scale}, "q")
    assert got.shown == 1 and len(got.flagged) == 1 and "230,000,000" in got.flagged[0]["why"]
    honest = Answer(answer="- **Scale AI** (grant)\n  - Amount: not stated in my sources.", language="en",
                    programs=[fit])
    assert amounts.check(honest, {scale.id: scale}, "q").flagged == []
    # schema v2: a figure of funding.program_budget shown as the amount is counted, whatever the wording
    v2 = scale.model_copy(update={"funding": SimpleNamespace(program_budget={"total": {"value": 2_000_000.0}})})
    line = Answer(answer="- **Scale AI** (grant)\n  - Amount: up to $2,000,000 per project [1]", language="en",
                  programs=[fit])
    assert "program_budget" in amounts.check(line, {scale.id: v2}, "q").flagged[0]["why"]


def test_answer_exposes_the_retrieval_it_used(assistant_bot: Assistant) -> None:
    """A list answer reports its fits' passages first, in the order shown, then its search's hits; a study answer
    its search's hits. Evals score these, so recall measures what the reader gets."""
    q = "Which grants fit a seed-stage medtech startup in Quebec?"
    ans = assistant_bot.ask(q)
    assert ans.retrieved and "retrieved" not in ans.model_dump_json()
    chunks = assistant_bot.retriever.snapshot.chunks
    shown = [p.id for p in ans.programs]
    assert shown and [chunks[c].meta.program_id for c in ans.retrieved[:len(shown)]] == shown
    assert {h.row.id for h in assistant_bot.retrieval_for(q, k=10)} <= set(ans.retrieved)
    q = "Selon l'étude InVivo, combien de jeunes pousses en IA et sciences de la vie?"
    ans = assistant_bot.ask(q)
    assert ans.retrieved[:10] == [h.row.id for h in assistant_bot.retrieval_for(q, k=10)]


def test_from_feedback_carries_the_reason(tmp_path: Path) -> None:
    rows = [
        {"id": "1", "rating": "down", "reason": "wrong_amount", "comment": "", "question": "Combien donne le PARI?",
         "programs": "nrc-irap"},
        {"id": "2", "rating": "down", "reason": "missing_program", "comment": "Mitacs Accelerate manque",
         "question": "Which programs pay interns?", "programs": "nrc-irap-yep"},
        {"id": "3", "rating": "down", "reason": "wrong_program", "comment": "not this one",
         "question": "What fits a Series A medtech?", "programs": "teralys"},
        {"id": "4", "rating": "down", "reason": "wrong_language", "comment": "", "question": "Quel taux paie le CRIC?",
         "programs": "cric"},
        {"id": "5", "rating": "up", "reason": "", "comment": "", "question": "Fine", "programs": ""},
    ]
    src = tmp_path / "fb.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    out = tmp_path / "drafts.yaml"
    assert from_feedback(src, out, ROOT / "corpus") == 0
    import yaml

    drafts = {d["id"]: GoldenQuestion.model_validate(d) for d in yaml.safe_load(out.read_text(encoding="utf-8"))}
    assert set(drafts) == {f"feedback-{i}-draft" for i in "1234"}
    assert (drafts["feedback-1-draft"].category, drafts["feedback-1-draft"].expected_programs) == ("fact", ["nrc-irap"])
    assert drafts["feedback-2-draft"].category == "profile_match"
    assert drafts["feedback-2-draft"].expected_programs == ["nrc-irap-yep", "mitacs-accelerate"]
    assert drafts["feedback-3-draft"].expected_programs == []  # the program shown was the wrong one
    assert drafts["feedback-4-draft"].category == "cross_lingual" and drafts["feedback-4-draft"].answer_lang == "fr"
    assert "wrong_language" in drafts["feedback-4-draft"].note
