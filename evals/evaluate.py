"""`boussole eval`: run configurations over the golden set, write the report, apply the gate; feedback → draft questions."""

from __future__ import annotations

import csv
import datetime as dt
import time
from pathlib import Path
from typing import Any

import yaml

from common.lang import detect
from common.settings import Settings
from evals.golden import load_questions
from evals.report import gate, write
from evals.run import CONFIGS, Config, breakdown, default_config, run_config

EVALS = Path(__file__).resolve().parent
THRESHOLDS = EVALS / "thresholds.yaml"


def run_eval(settings: Settings, fast: bool = False, only_default: bool = False, do_gate: bool = False,
             out: Path | None = None, names: list[str] | None = None) -> int:
    questions = [q for q in load_questions() if q.fast or not fast]
    d = default_config(settings)
    configs: list[Config] = [d] if (only_default or fast) else [c for c in CONFIGS if not names or c.name in names]
    if d not in configs:
        configs.insert(0, d)
    eval_settings = settings.model_copy(update={"data_dir": settings.data_dir / "eval"})
    t0 = time.perf_counter()
    summary: dict[str, Any] = {"date": dt.date.today().isoformat() + ("-fast" if fast else ""), "default": d.name,
                               "questions": len(questions), "configs": {},
                               "languages": ", ".join(f"{lg} {sum(q.lang == lg for q in questions)}"
                                                      for lg in ("fr", "en"))}
    for cfg in configs:
        results, ingest_s = run_config(cfg, questions, eval_settings)
        from evals.metrics import aggregate

        summary["configs"][cfg.name] = {
            "note": cfg.note, "ingest_s": ingest_s, "overall": aggregate(results), "by": breakdown(results),
            "failures": [{"id": r.q.id, "category": r.q.category, "lang": r.q.lang, "problems": r.problems}
                         for r in results if r.problems],
        }
        o = summary["configs"][cfg.name]["overall"]
        print(f"{cfg.name:24s} recall@5 {o['recall@5'] or 0:.2f}  facts {o['fact_accuracy'] or 0:.2f}  "
              f"programs {o['program_hit'] or 0:.2f}  grounding {o['figure_grounding'] or 0:.2f}  "
              f"abstain P/R {o['abstention_precision'] or 0:.2f}/{o['abstention_recall'] or 0:.2f}  "
              f"p50 {o['latency_p50_ms'] or 0:.0f} ms")
    summary["seconds"] = time.perf_counter() - t0
    paths = write(summary, out or EVALS / "reports")
    print("report: " + ", ".join(str(p) for p in paths))
    if do_gate:
        failed = gate(summary["configs"][d.name]["overall"], THRESHOLDS)
        if failed:
            print("gate FAILED: " + "; ".join(failed))
            return 1
        print("gate passed")
    return 0


def from_feedback(csv_file: Path, out: Path) -> int:
    """Thumbs-down feedback (CSV from `boussole feedback export`) → draft golden questions to review by hand."""
    drafts: list[dict[str, object]] = []
    with csv_file.open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if row.get("rating") != "down" or not row.get("question"):
                continue
            q = row["question"]
            drafts.append({
                "id": f"feedback-{row.get('id') or i}-draft", "category": "fact", "lang": detect(q),
                "question": q, "expected_programs": [], "required_facts": [],
                "note": f"DRAFT from feedback ({row.get('reason') or 'no reason'}): {row.get('comment') or ''}".strip(),
            })
    out.write_text(yaml.safe_dump(drafts, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"{len(drafts)} draft question(s) written to {out}; review them, fill expectations, then move them into "
          f"evals/questions/")
    return 0
