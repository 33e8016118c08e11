"""The fresh held-out set (evals/fresh/): run by the default configuration, reported as aggregates only, never per question."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import yaml

from common.settings import Settings
from evals import refusals
from evals.golden import GoldenQuestion
from evals.metrics import QuestionResult, aggregate
from evals.run import Sets, breakdown, default_config, run_config

FRESH_DIR = Path(__file__).resolve().parent / "fresh"
SHOWN = ("n", "recall@5", "program_hit", "fact_accuracy", "abstention_recall", "abstention_precision",
         "language_match")
LANGS = ("en", "fr")


def load_fresh(folder: Path = FRESH_DIR) -> Sets:
    """Golden questions (all in part "fresh"), in-scope questions that must be answered, off-topic ones to decline."""
    data = yaml.safe_load((folder / "golden.yaml").read_text(encoding="utf-8")) or []
    golden = [GoldenQuestion.model_validate(d) for d in data]
    ids = [q.id for q in golden]
    if len(set(ids)) != len(ids):
        raise ValueError(f"duplicate ids in {folder / 'golden.yaml'}")
    return Sets(golden=golden, part={i: "fresh" for i in ids}, advisor={},
                in_scope=refusals.load(folder / "false_refusals.yaml"), off_topic=refusals.load(folder / "off_topic.yaml"))


def summarise(golden: list[QuestionResult], scope: list[refusals.ScopeResult]) -> dict[str, Any]:
    """Aggregates only (all, per language, per category): no question, id, answer or failure leaves this function."""
    def shown(a: dict[str, float | None]) -> dict[str, float | None]:
        return {k: a.get(k) for k in SHOWN}

    by = breakdown(golden)  # the golden report's own slices (evals.run)
    out: dict[str, Any] = {"all": shown(aggregate(golden)),
                           **{lg: shown(by["language"].get(lg) or aggregate([])) for lg in LANGS},
                           "category": {c: shown(a) for c, a in by["category"].items()}}
    s = refusals.summarise(scope) if scope else {}
    out["scope"] = {k: v for k, v in s.items() if k != "failures"}
    out["scope_by_lang"] = {lg: {k: v for k, v in refusals.summarise([r for r in scope if r.q.lang == lg]).items()
                                 if k != "failures"} for lg in LANGS if any(r.q.lang == lg for r in scope)}
    return out


def markdown(summary: dict[str, Any]) -> str:
    def f(v: Any) -> str:
        if v is None:
            return "–"
        return str(int(v)) if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and v > 1) else f"{v:.3f}"

    lines = [f"# Fresh held-out set, {summary['date']} ({summary['config']}; aggregates only)", "",
             "| Slice | " + " | ".join(SHOWN) + " |", "|---" * (len(SHOWN) + 1) + "|"]
    rows = [("all", summary["all"]), *((lg, summary[lg]) for lg in LANGS), *summary["category"].items()]
    lines += [f"| {name} | " + " | ".join(f(row.get(k)) for k in SHOWN) + " |" for name, row in rows]
    keys = ("in_scope", "off_topic", "false_refusal_rate", "in_scope_expected_named", "abstention_precision",
            "abstention_recall")
    lines += ["", "| Scope | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    scope_rows = [("all", summary["scope"]), *summary["scope_by_lang"].items()]
    lines += [f"| {name} | " + " | ".join(f(row.get(k)) for k in keys) + " |" for name, row in scope_rows]
    return "\n".join(lines) + "\n"


def run_fresh(settings: Settings, out: Path | None = None, folder: Path = FRESH_DIR) -> int:
    """Answer the fresh set with the default configuration; print and (with `out`) write the aggregate tables."""
    sets = load_fresh(folder)
    cfg = default_config(settings)
    run = run_config(cfg, sets, settings.model_copy(update={"data_dir": settings.data_dir / "eval"}))
    summary = {"date": dt.date.today().isoformat(), "config": cfg.name, **summarise(run.golden, run.scope)}
    text = markdown(summary)
    print(text)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "fresh.md").write_text(text, encoding="utf-8")
        (out / "fresh.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return 0
