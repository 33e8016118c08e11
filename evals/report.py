"""Evaluation reports: Markdown table, an HTML page with bar charts (inline SVG), a JSON summary; the gate."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import yaml

from evals.metrics import METRICS

SHOWN = ["recall@5", "recall@10", "mrr", "ndcg@10", "program_hit", "fact_accuracy", "citation_precision",
         "figure_grounding", "abstention_precision", "abstention_recall", "language_match", "latency_p50_ms",
         "latency_p95_ms"]
CHARTED = ["recall@5", "program_hit", "fact_accuracy", "citation_precision", "figure_grounding", "abstention_recall",
           "language_match"]


def fmt(v: float | None, key: str) -> str:
    if v is None:
        return "–"
    return f"{v:.0f}" if key.endswith("_ms") else f"{v:.2f}"


def table(rows: dict[str, dict[str, float | None]], keys: list[str], first: str) -> list[str]:
    out = [f"| {first} | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, m in rows.items():
        out.append(f"| {name} | " + " | ".join(fmt(m.get(k), k) for k in keys) + " |")
    return out


def markdown(summary: dict[str, Any]) -> str:
    d = summary["default"]
    lines = [f"# Boussole answer-quality report — {summary['date']}", "",
             f"{summary['questions']} questions ({summary['languages']}); default configuration: **{d}**; "
             f"run time {summary['seconds']:.0f} s.", "", "## Configurations (same questions, same run)", ""]
    lines += table({k: v["overall"] for k, v in summary["configs"].items()}, SHOWN, "configuration")
    lines += ["", "Configurations: " + "; ".join(f"**{k}** — {v['note']} (ingest {v['ingest_s']:.1f} s)"
                                                 for k, v in summary["configs"].items()), ""]
    default = summary["configs"][d]
    lines += ["## Default configuration by category", ""]
    lines += table(default["by"]["category"], SHOWN[:11], "category")
    lines += ["", "## Default configuration by language", ""]
    lines += table(default["by"]["language"], SHOWN[:11], "language")
    fails = default.get("failures", [])
    lines += ["", f"## Failures of the default configuration ({len(fails)})", ""]
    lines += [f"- `{f['id']}` ({f['category']}, {f['lang']}): {'; '.join(f['problems'])}" for f in fails[:60]]
    return "\n".join(lines) + "\n"


def _bars(title: str, series: dict[str, float | None]) -> str:
    w, bar_h, gap, left = 560, 18, 6, 190
    h = (bar_h + gap) * len(series) + 30
    parts = [f'<svg width="{w}" height="{h}" role="img" aria-label="{html.escape(title)}">',
             f'<text x="0" y="14" font-weight="bold">{html.escape(title)}</text>']
    for i, (name, v) in enumerate(series.items()):
        y = 24 + i * (bar_h + gap)
        width = int((w - left - 50) * (v or 0))
        parts.append(f'<text x="0" y="{y + 13}" font-size="12">{html.escape(name)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{width}" height="{bar_h}" fill="#2b6cb0"/>')
        parts.append(f'<text x="{left + width + 4}" y="{y + 13}" font-size="12">{fmt(v, "")}</text>')
    parts.append("</svg>")
    return "".join(parts)


def html_page(summary: dict[str, Any]) -> str:
    d = summary["default"]
    blocks = [f"<h1>Boussole answer quality — {html.escape(summary['date'])}</h1>",
              f"<p>{summary['questions']} questions; default: <b>{html.escape(d)}</b></p>",
              "<h2>Per configuration</h2>"]
    for m in CHARTED:
        blocks.append(_bars(m, {k: v["overall"].get(m) for k, v in summary["configs"].items()}))
    default = summary["configs"][d]
    blocks.append("<h2>Default configuration per category</h2>")
    for m in ("recall@5", "fact_accuracy", "program_hit"):
        blocks.append(_bars(m, {k: v.get(m) for k, v in default["by"]["category"].items()}))
    blocks.append("<h2>Default configuration per language</h2>")
    for m in CHARTED:
        blocks.append(_bars(m, {k: v.get(m) for k, v in default["by"]["language"].items()}))
    body = "\n".join(f"<div>{b}</div>" for b in blocks)
    return (f"<!doctype html><html lang='en'><meta charset='utf-8'><title>Boussole eval {summary['date']}</title>"
            f"<body style='font-family:sans-serif;max-width:900px;margin:auto'>{body}</body></html>")


def write(summary: dict[str, Any], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / summary["date"]
    paths = [stem.with_suffix(".md"), stem.with_suffix(".html"), stem.with_suffix(".json")]
    paths[0].write_text(markdown(summary), encoding="utf-8")
    paths[1].write_text(html_page(summary), encoding="utf-8")
    paths[2].write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return paths


def gate(overall: dict[str, float | None], thresholds_file: Path) -> list[str]:
    """Metrics of the default configuration below their threshold (empty when the gate passes)."""
    limits = yaml.safe_load(thresholds_file.read_text(encoding="utf-8")) or {}
    failed = []
    for key, limit in limits.get("min", {}).items():
        v = overall.get(key)
        if v is not None and v < float(limit):
            failed.append(f"{key} {v:.3f} < {limit}")
    for key, limit in limits.get("max", {}).items():
        v = overall.get(key)
        if v is not None and v > float(limit):
            failed.append(f"{key} {v:.1f} > {limit}")
    return failed


assert set(SHOWN) <= set(METRICS)
