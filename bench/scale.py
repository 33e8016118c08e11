"""Ingest and query at 1×, 10× and 100× the shipped corpus: seconds, chunks/s, peak RSS, disk, latency, growth plot.

    .venv/bin/python bench/scale.py [--factors 1 10 100] [--questions 60]

Everything stays on this machine (embedded Chroma in a temporary folder). Results go to bench/results/."""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS, ROOT, du_mb, python, run_measured, save, table  # noqa: E402

CORPUS = ROOT / "corpus"
ROWS = RESULTS / "scale-rows"


def make_corpus(dest: Path, factor: int) -> Path:
    """The shipped corpus plus (factor - 1) renamed, reworded variants of every record and digest."""
    shutil.copytree(CORPUS, dest)
    for i in range(1, factor):
        for src in sorted((CORPUS / "programs").glob("*.yaml")):
            rec = yaml.safe_load(src.read_text(encoding="utf-8"))
            rec["id"] = f"{rec['id']}-v{i:03d}"[:63]
            rec["name"] = {k: f"{v} (variante {i})" if k == "fr" else f"{v} (variant {i})" for k, v in rec["name"].items()}
            rec["summary"] = {k: f"{v} Variante synthétique numéro {i} pour les essais de charge." if k == "fr"
                              else f"{v} Synthetic variant number {i} for load tests." for k, v in rec["summary"].items()}
            if rec.get("intake", {}).get("replaced_by"):
                rec["intake"]["replaced_by"] = None
                rec["intake"]["status"] = "closed"
            (dest / "programs" / f"{rec['id']}.yaml").write_text(yaml.safe_dump(rec, allow_unicode=True), encoding="utf-8")
        for folder in ("reports", "policies"):
            for src in sorted((CORPUS / folder).glob("*.md")):
                text = src.read_text(encoding="utf-8")
                text = re.sub(r"^id: (.+)$", rf"id: \g<1>-v{i:03d}", text, count=1, flags=re.M)
                text = text.replace("\n# ", f"\n# (variante {i}) ", 1) + f"\n\nVariante synthétique {i}.\n"
                (dest / folder / f"{src.stem}-v{i:03d}.md").write_text(text, encoding="utf-8")
    return dest


def ingest_once(corpus: Path, data: Path) -> dict[str, float]:
    env = {"BOUSSOLE_DATA_DIR": str(data), "BOUSSOLE_CORPUS_DIR": str(corpus)}
    secs, rss, out = run_measured([python(), "-m", "assistant.cli", "ingest", str(corpus), "--quiet"], env)
    chunks = int(re.search(r"chunks (\d+)", out).group(1))  # type: ignore[union-attr]
    embedded = int(re.search(r"embedded (\d+)", out).group(1))  # type: ignore[union-attr]
    return {"seconds": secs, "rss_mb": rss, "chunks": chunks, "embedded": embedded}


def probe(corpus: Path, data: Path, questions: int) -> dict[str, object]:
    env = {"BOUSSOLE_DATA_DIR": str(data), "BOUSSOLE_CORPUS_DIR": str(corpus)}
    secs, rss, out = run_measured([python(), str(ROOT / "bench" / "probe.py"), str(questions)], env)
    res = json.loads(out.strip().splitlines()[-1])
    res["query_process_rss_mb"] = rss
    return res


def plot(points: list[tuple[int, float, float]], path: Path) -> None:
    """Retrieval and full-answer p50 against chunk count (log x), with a linear reference from the first point."""
    from PIL import Image, ImageDraw

    w, h, m = 760, 460, 70
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    import math

    xs = [math.log10(p[0]) for p in points]
    top = max(max(p[1], p[2]) for p in points) * 1.15
    lin = [points[0][1] * p[0] / points[0][0] for p in points]
    top = max(top, min(max(lin), top * 3))

    def xy(x: float, y: float) -> tuple[float, float]:
        return (m + (x - xs[0]) / max(1e-9, xs[-1] - xs[0]) * (w - 2 * m), h - m - min(y, top) / top * (h - 2 * m))

    d.line([(m, h - m), (w - m, h - m)], fill="black")
    d.line([(m, m), (m, h - m)], fill="black")
    for series, color, name in (([p[1] for p in points], "#2b6cb0", "retrieval p50 (ms)"),
                                ([p[2] for p in points], "#c05621", "full answer p50 (ms)"),
                                (lin, "#a0aec0", "linear growth from 1x (retrieval)")):
        pts = [xy(x, y) for x, y in zip(xs, series, strict=True)]
        d.line(pts, fill=color, width=3)
        for px, py in pts:
            d.ellipse([px - 4, py - 4, px + 4, py + 4], fill=color)
        d.text((w - m - 230, m - 50 + 16 * [ "#2b6cb0", "#c05621", "#a0aec0"].index(color)), name, fill=color)
    for p, x in zip(points, xs, strict=True):
        px, _ = xy(x, 0)
        d.text((px - 20, h - m + 8), f"{p[0]} chunks", fill="black")
    d.text((8, m - 10), f"{top:.0f} ms", fill="black")
    d.text((8, h - m - 10), "0 ms", fill="black")
    d.text((m, 12), "Boussole: latency vs corpus size (log scale of chunks)", fill="black")
    img.save(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--questions", type=int, default=60)
    args = ap.parse_args()
    rows, data_out, points = [], [], []
    with tempfile.TemporaryDirectory(prefix="boussole-bench-") as tmp:
        for f in args.factors:
            corpus = make_corpus(Path(tmp) / f"corpus-{f}", f)
            data = Path(tmp) / f"data-{f}"
            cold = ingest_once(corpus, data)
            warm = ingest_once(corpus, data)
            q = probe(corpus, data, args.questions)
            r, a = q["retrieval_ms"], q["answer_ms"]  # type: ignore[index]
            nr, na = q["naive_retrieval_ms"], q["naive_answer_ms"]  # type: ignore[index]
            row = {"corpus": f"{f}x", "files": sum(1 for _ in corpus.rglob("*.*")), "chunks": cold["chunks"],
                   "cold ingest s": cold["seconds"], "chunks/s": cold["chunks"] / cold["seconds"],
                   "re-ingest s": warm["seconds"], "re-ingest / cold": warm["seconds"] / cold["seconds"],
                   "re-ingest embedded": warm["embedded"], "ingest RSS MB": cold["rss_mb"], "disk MB": du_mb(data),
                   "retrieval p50/p95/p99 ms": f"{r['p50']:.1f} / {r['p95']:.1f} / {r['p99']:.1f}",
                   "answer p50/p95/p99 ms": f"{a['p50']:.1f} / {a['p95']:.1f} / {a['p99']:.1f}",
                   "naive retrieval p50 ms": nr["p50"], "naive answer p50/p95 ms": f"{na['p50']:.1f} / {na['p95']:.1f}",
                   "answer p50 ratio ours/naive": a["p50"] / na["p50"], "query RSS MB": q["query_process_rss_mb"]}
            rows.append(row)
            data_out.append({"factor": f, "cold": cold, "warm": warm, "query": q})
            ROWS.mkdir(parents=True, exist_ok=True)  # one file per factor: a later run of some factors keeps the others
            (ROWS / f"{f}x.json").write_text(json.dumps({"row": row, "points": [cold["chunks"], r["p50"], a["p50"]]}))
            print(json.dumps(row), flush=True)
    saved = sorted((json.loads(p.read_text()) for p in ROWS.glob("*x.json")), key=lambda d: d["points"][0])
    rows = [d["row"] for d in saved]
    points = [tuple(d["points"]) for d in saved]
    png = RESULTS / "latency-vs-size.png"
    if len(points) > 1:
        plot(points, png)  # type: ignore[arg-type]
    md = "# Scale benchmark\n\n" + table(rows) + f"\n\nPlot: {png.relative_to(ROOT)}\n"
    print(md)
    print("saved", save("scale", md, data_out))


if __name__ == "__main__":
    main()
