"""Evaluation reports (Markdown, HTML, JSON) with dev and held-out side by side, every failure listed; the gate."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import yaml

SHOWN = ["n", "recall@5", "recall@10", "mrr", "ndcg@10", "program_hit", "fact_accuracy", "citation_precision",
         "abstention_precision", "abstention_recall", "language_match", "latency_p50_ms", "latency_p95_ms"]
ADVISOR = ["cases", "pass_rate", "recall@6", "forbidden_fits", "needs_served", "refusals"]
SCOPE = ["in_scope", "false_refusal_rate", "in_scope_expected_named", "off_topic", "abstention_precision",
         "abstention_recall"]
PART_NAMES = {"dev": "dev", "heldout": "held-out"}


def fmt(v: Any, key: str = "") -> str:
    if v is None:
        return "–"
    if isinstance(v, int) or key in ("n", "cases", "in_scope", "off_topic", "forbidden_fits", "refusals") or \
            key.endswith("_ms"):
        return f"{v:.0f}"
    return f"{v:.2f}" if isinstance(v, float) else str(v)


def table(rows: dict[str, dict[str, Any]], keys: list[str], first: str) -> list[str]:
    out = [f"| {first} | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    out += [f"| {name} | " + " | ".join(fmt(m.get(k), k) for k in keys) + " |" for name, m in rows.items()]
    return out + [""]


def _side_by_side(cfg: dict[str, Any], level: str) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    keys = sorted({k for p in cfg["by"].values() for k in p[level]})
    for k in keys:
        for part, by in cfg["by"].items():
            if k in by[level]:
                rows[f"{k} · {PART_NAMES[part]}"] = by[level][k]
    return rows


def _clip(s: Any, n: int = 160) -> str:
    return str(s).replace("\n", " ").replace("|", "/")[:n]


def markdown(summary: dict[str, Any]) -> str:
    d = summary["default"]
    cfg = summary["configs"][d]
    qs = summary["questions"]
    lines = [f"# Boussole answer-quality report — {summary['date']}", "",
             "Questions: " + ", ".join(f"{k} {v}" for k, v in qs.items()) + f" (golden: {summary['languages']}). "
             f"Default configuration: **{d}**. Run time {summary['seconds']:.0f} s.", "",
             "## Golden set: dev and held-out, every configuration (same questions, same run)", ""]
    rows = {f"{name} · {PART_NAMES[p]}": agg for name, c in summary["configs"].items() for p, agg in c["parts"].items()}
    lines += table(rows, SHOWN, "configuration · part")
    lines += ["Retrieval metrics score the passages each answer used (its own ranked retrieval; the cited passages "
              "when it ran none). Every configuration answers with a cold query-vector cache.", ""]
    if summary.get("baseline"):
        lines += baseline_md(summary["baseline"])
    lines += ["## Advisor shortlists (shared dev set vs own set)", ""]
    lines += table({f"{n} · {s}": a for n, c in summary["configs"].items() for s, a in c["advisor"].items()},
                   ADVISOR, "configuration · set")
    lines += ["## False refusals and off-topic", ""]
    lines += table({n: c["scope"] for n, c in summary["configs"].items() if c["scope"]}, SCOPE, "configuration")
    lines += ["## Independent grounding and amount honesty (default)", ""]
    gr = {s: {**g, "violations": len(g["violations"]), "amounts shown": cfg["amounts"].get(s, {}).get("shown"),
              "amounts flagged": len(cfg["amounts"].get(s, {}).get("flagged", []))} for s, g in cfg["grounding"].items()}
    lines += table(gr, ["quotes", "quote_verbatim", "figures", "figure_support", "violations", "amounts shown",
                        "amounts flagged"], "answers of")
    lines += ["## Default configuration by language (dev and held-out)", ""]
    lines += table(_side_by_side(cfg, "language"), SHOWN[:12], "language · part")
    lines += ["## Default configuration by category (dev and held-out)", ""]
    lines += table(_side_by_side(cfg, "category"), SHOWN[:12], "category · part")
    if summary.get("gate_metrics"):
        lines += ["## Gate metrics (default)", ""]
        lines += [f"- `{k}`: {fmt(v)}" for k, v in summary["gate_metrics"].items()] + [""]
    if summary.get("gate_failed") is not None:
        lines += [f"Gate: {'FAILED — ' + '; '.join(summary['gate_failed']) if summary['gate_failed'] else 'passed'}",
                  ""]
    return "\n".join(lines + failures_md(cfg)) + "\n"


def baseline_md(b: dict[str, Any]) -> list[str]:
    lines = ["## Default against the naive baseline (equal item counts after de-duplication, same run)", ""]
    rows = {f"{who} · {PART_NAMES[p]}": b[p][who] for p in ("dev", "heldout") if p in b for who in ("ours", "baseline")}
    lines += table(rows, ["items", "recall@5", "recall@10", "mrr", "ndcg@10"], "who · part")
    return lines + [f"Latency ratio default / naive: p50 {fmt(b.get('latency_p50_ratio'))}, "
                    f"p95 {fmt(b.get('latency_p95_ratio'))}.", ""]


def failures_md(cfg: dict[str, Any]) -> list[str]:
    fails = cfg["failures"]
    lines = [f"## Failures of the default configuration: golden set ({len(fails)})", ""]
    for f in fails:
        e, g = f["expected"], f["got"]
        lines.append(f"- `{f['id']}` ({PART_NAMES.get(f['part'], f['part'])}, {f['category']}, {f['lang']}) — "
                     f"{_clip(f['question'])} — expected: abstain={e['abstain']} programs={e['programs']} "
                     f"sources={e['sources']} — got: abstained={g['abstained']} programs={g['programs']} — "
                     f"{'; '.join(f['problems'])}")
    for name, a in cfg["advisor"].items():
        lines += ["", f"## Failures: {name} ({len(a['failures'])})", ""]
        lines += [f"- `{x['id']}` ({x['lang']}) — {_clip(x['question'])} — expected ≥{x['min']} of {x['expected']} "
                  f"— got {x['got']} — {'; '.join(x['problems'])}" for x in a["failures"]]
        lines += [f"- forbidden fit in `{x['id']}`: {x['program']}" for x in a["forbidden_list"]]
    if cfg["scope"]:
        lines += ["", f"## Failures: false refusals and off-topic ({len(cfg['scope']['failures'])})", ""]
        lines += [f"- `{x['id']}` ({x['lang']}) — {_clip(x['question'])} — expected {x['expected']} — got "
                  f"{_clip(x['got'])}" for x in cfg["scope"]["failures"]]
    viol = [(s, v) for s, g in cfg["grounding"].items() for v in g["violations"]]
    lines += ["", f"## Grounding violations ({len(viol)})", ""]
    lines += [f"- `{v['question']}` ({s}) {v['kind']} {v['figure']!r}{' in ' + v['source'] if v['source'] else ''}: "
              f"{_clip(v['sentence'], 240)}" for s, v in viol]
    flags = [x for a in cfg["amounts"].values() for x in a["flagged"]]
    lines += ["", f"## Amounts that are not per-company ({len(flags)})", ""]
    lines += [f"- `{x['question']}` {x['program']}: {x['why']} — {_clip(x['shown'])}" for x in flags]
    return lines


def html_page(md: str, title: str) -> str:
    """The Markdown report as HTML: headings, tables and list items (nothing else is used)."""
    out: list[str] = []
    in_table = in_list = False
    for line in md.split("\n"):
        if line.startswith("|"):
            if line.startswith("|---"):
                continue
            tag = "th" if not in_table else "td"
            out.append(("<table>" if not in_table else "") + "<tr>" + "".join(
                f"<{tag}>{html.escape(c.strip())}</{tag}>" for c in line.strip("|").split("|")) + "</tr>")
            in_table = True
            continue
        if in_table:
            out.append("</table>")
            in_table = False
        if line.startswith("- "):
            out.append(("<ul>" if not in_list else "") + f"<li>{html.escape(line[2:])}</li>")
            in_list = True
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{html.escape(line.lstrip('# '))}</h{level}>")
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    style = "body{font-family:sans-serif;max-width:1400px;margin:auto}td,th{border:1px solid #ccc;padding:2px 6px}" \
            "table{border-collapse:collapse;font-size:13px}li{font-size:13px}"
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{style}</style><body>{''.join(out)}</body></html>")


def write(summary: dict[str, Any], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / summary["date"]
    paths = [stem.with_suffix(".md"), stem.with_suffix(".html"), stem.with_suffix(".json")]
    md = markdown(summary)
    paths[0].write_text(md, encoding="utf-8")
    paths[1].write_text(html_page(md, f"Boussole eval {summary['date']}"), encoding="utf-8")
    paths[2].write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return paths


def gate(metrics: dict[str, float | None], thresholds_file: Path) -> list[str]:
    """Thresholds not met (empty when the gate passes); a metric that is missing or None fails."""
    limits = yaml.safe_load(thresholds_file.read_text(encoding="utf-8")) or {}
    failed = []
    for side, worse in (("min", lambda v, lim: v < lim), ("max", lambda v, lim: v > lim)):
        for key, limit in (limits.get(side) or {}).items():
            v = metrics.get(key)
            if v is None:
                failed.append(f"{key} is {'missing' if key not in metrics else 'None'}")
            elif worse(v, float(limit)):
                failed.append(f"{key} {v:.3f} {'<' if side == 'min' else '>'} {limit}")
    return failed
