"""Turn one run's scored answers into the summary every report and the gate read (plain dicts, JSON-ready)."""

from __future__ import annotations

from typing import Any

from evals import advisor, refusals
from evals.metrics import QuestionResult, aggregate, paired_retrieval
from evals.run import ConfigRun, breakdown

PARTS = ("dev", "heldout")


def golden_failure(r: QuestionResult) -> dict[str, Any]:
    q, a = r.q, r.answer
    expected = {"abstain": q.should_abstain, "programs": q.expected_programs, "sources": q.expected_sources,
                "facts": q.required_facts, "forbidden": q.forbidden, "lang": q.expected_lang}
    got = {"abstained": a.abstained, "programs": [p.id for p in a.programs], "used": list(dict.fromkeys(r.retrieved))[:10],
           "answer": a.answer[:300]}
    return {"id": q.id, "part": r.part, "category": q.category, "lang": q.lang, "question": q.question,
            "expected": expected, "got": got, "problems": r.problems}


def grounding_summary(run: ConfigRun) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, g in sorted(run.grounding.items()):
        out[name] = {"quotes": g.quotes, "quote_verbatim": g.verbatim / g.quotes if g.quotes else None,
                     "figures": g.figures, "figure_support": g.supported / g.figures if g.figures else None,
                     "violations": g.violations}
    return out


def config_summary(run: ConfigRun, note: str) -> dict[str, Any]:
    parts = {p: [r for r in run.golden if r.part == p] for p in PARTS}
    return {
        "note": note, "ingest_s": run.ingest_s,
        "parts": {p: aggregate(rs) for p, rs in parts.items() if rs},
        "by": {p: breakdown(rs) for p, rs in parts.items() if rs},
        "advisor": {name: advisor.summarise(rs) for name, rs in run.advisor.items()},
        "scope": refusals.summarise(run.scope) if run.scope else {},
        "grounding": grounding_summary(run),
        "amounts": {name: {"shown": run.amounts_shown[name], "flagged": run.amounts_flagged.get(name, [])}
                    for name in sorted(run.amounts_shown)},
        "failures": [golden_failure(r) for r in run.golden if r.problems],
        "latency_ms": latency(run),
    }


def latency(run: ConfigRun) -> dict[str, float | None]:
    lat = sorted([r.latency_ms for r in run.golden] + [r.latency_ms for rs in run.advisor.values() for r in rs]
                 + [r.latency_ms for r in run.scope])
    if not lat:
        return {"p50": None, "p95": None}
    return {"p50": lat[len(lat) // 2], "p95": lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))]}


def baseline(ours: ConfigRun, naive: ConfigRun) -> dict[str, Any]:
    """Default against the naive baseline in the same run: retrieval at equal item counts, latency as a ratio."""
    out: dict[str, Any] = {}
    for p in PARTS:
        a = [r for r in ours.golden if r.part == p]
        if a:
            out[p] = paired_retrieval(a, [r for r in naive.golden if r.part == p])
    lo, ln = latency(ours), latency(naive)
    for k in ("p50", "p95"):
        mine, theirs = lo[k], ln[k]
        out[f"latency_{k}_ratio"] = mine / theirs if mine is not None and theirs else None
    return out


def gate_metrics(cfg: dict[str, Any], base: dict[str, Any] | None) -> dict[str, float | None]:
    """Flat `set.metric` values of the default configuration that thresholds.yaml refers to."""
    out: dict[str, float | None] = {}
    for part, agg in cfg["parts"].items():
        out.update({f"{part}.{k}": v for k, v in agg.items()})
    for name, s in cfg["advisor"].items():
        out.update({f"{name}.{k}": s[k] for k in ("pass_rate", "recall@6", "forbidden_fits", "needs_served",
                                                 "refusals")})
    out.update({f"scope.{k}": v for k, v in cfg["scope"].items() if not isinstance(v, list)})
    for name, g in cfg["grounding"].items():  # per set, so the gate run and the full run read alike
        out[f"grounding.{name}.quote_verbatim"] = g["quote_verbatim"]
        out[f"grounding.{name}.figure_support"] = g["figure_support"]
        out[f"grounding.{name}.violations"] = float(len(g["violations"]))
    for name, a in cfg["amounts"].items():
        out[f"amounts.{name}.flagged"] = float(len(a["flagged"]))
    if base:
        out["latency.p50_ratio_to_naive"] = base.get("latency_p50_ratio")
        out["latency.p95_ratio_to_naive"] = base.get("latency_p95_ratio")
        for part in PARTS:
            if part in base:
                out[f"{part}.recall@5_minus_naive"] = _diff(base[part], "recall@5")
    return out


def _diff(paired: dict[str, dict[str, float | None]], key: str) -> float | None:
    a, b = paired["ours"].get(key), paired["baseline"].get(key)
    return a - b if a is not None and b is not None else None
