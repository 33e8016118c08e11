"""`boussole eval`: run configurations over every question set, write the report, apply the gate."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from common.settings import Settings
from evals import advisor, refusals
from evals.feedback import from_feedback
from evals.golden import load_questions
from evals.report import gate, write
from evals.run import CONFIGS, NAIVE, Config, ConfigRun, Sets, default_config, run_config
from evals.split import load_split, part_of
from evals.summary import baseline, config_summary, gate_metrics

EVALS = Path(__file__).resolve().parent
THRESHOLDS = EVALS / "thresholds.yaml"
__all__ = ["from_feedback", "load_sets", "run_eval"]


def load_sets(fast: bool = False) -> Sets:
    """Golden questions with their part (held-out only when `fast`), advisor sets, false refusals, off-topic."""
    split = load_split()
    golden = load_questions()
    part: dict[str, str] = {q.id: part_of(q, split) for q in golden}
    if fast:
        golden = [q for q in golden if part[q.id] == "heldout"]
    return Sets(golden=golden, part=part, advisor={n: advisor.load_cases(p) for n, p in advisor.SETS.items()},
                in_scope=refusals.load(refusals.FALSE_REFUSALS), off_topic=refusals.load(refusals.OFF_TOPIC))


def pick_configs(d: Config, fast: bool, only_default: bool, names: list[str] | None) -> list[Config]:
    """The default first, then the naive baseline (always: the latency gate is a ratio to it), then the others."""
    naive = next(c for c in CONFIGS if c.name == NAIVE)
    wanted = [] if (fast or only_default) else [c for c in CONFIGS if not names or c.name in names]
    return list(dict.fromkeys([d, naive, *wanted]))


def run_eval(settings: Settings, fast: bool = False, only_default: bool = False, do_gate: bool = False,
             out: Path | None = None, names: list[str] | None = None) -> int:
    sets = load_sets(fast)
    d = default_config(settings)
    configs = pick_configs(d, fast, only_default, names)
    eval_settings = settings.model_copy(update={"data_dir": settings.data_dir / "eval"})
    t0 = time.perf_counter()
    parts = [sets.part[q.id] for q in sets.golden]
    summary: dict[str, Any] = {
        "date": dt.date.today().isoformat() + ("-fast" if fast else ""), "default": d.name,
        "questions": {"dev": parts.count("dev"), "heldout": parts.count("heldout"),
                      **{n: len(c) for n, c in sets.advisor.items()}, "false-refusals": len(sets.in_scope),
                      "off-topic": len(sets.off_topic)},
        "languages": ", ".join(f"{lg} {sum(q.lang == lg for q in sets.golden)}" for lg in ("fr", "en")),
        "configs": {}}
    runs: dict[str, ConfigRun] = {}
    for cfg in configs:
        runs[cfg.name] = run_config(cfg, sets, eval_settings)
        summary["configs"][cfg.name] = s = config_summary(runs[cfg.name], cfg.note)
        print(one_line(cfg.name, s))
    base = baseline(runs[d.name], runs[NAIVE]) if NAIVE in runs and d.name != NAIVE else None
    summary["baseline"] = base
    summary["gate_metrics"] = gate_metrics(summary["configs"][d.name], base)
    summary["seconds"] = time.perf_counter() - t0
    if do_gate:
        summary["gate_failed"] = gate(summary["gate_metrics"], THRESHOLDS)
    paths = write(summary, out or EVALS / "reports")
    print("report: " + ", ".join(str(p) for p in paths))
    if do_gate:
        if summary["gate_failed"]:
            print("gate FAILED: " + "; ".join(summary["gate_failed"]))
            return 1
        print("gate passed")
    return 0


def one_line(name: str, s: dict[str, Any]) -> str:
    def f(v: float | None) -> str:
        return "–" if v is None else f"{v:.2f}"

    bits = [f"{name:22s}"]
    for part, o in s["parts"].items():
        bits.append(f"{part}: r@5 {f(o['recall@5'])} prog {f(o['program_hit'])} facts {f(o['fact_accuracy'])}")
    for n, a in s["advisor"].items():
        bits.append(f"{n} pass {f(a['pass_rate'])}")
    if s["scope"]:
        bits.append(f"false refusals {f(s['scope']['false_refusal_rate'])}")
    return " | ".join(bits)
