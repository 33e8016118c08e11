"""Issue 17 figures: what the ingest checks cost on an unchanged corpus, and how long hostile files take to fail.

    .venv/bin/python bench/reliability.py [--repeat 3]

Writes bench/results/reliability-<date>.md and .json."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS, ROOT  # noqa: E402
from common.settings import Settings  # noqa: E402
from ingest.index import ingest  # noqa: E402


def pdf(pages: list[bytes]) -> bytes:
    """A PDF whose pages have the given (uncompressed) content streams, each stored Flate-compressed."""
    n = len(pages)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n)).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    font = b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"
    for i, content in enumerate(pages):
        stream = zlib.compress(content, 9)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R " % (4 + 2 * i) + font
                    + b" >>")
        objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def text_page(chars: int) -> bytes:
    line = b"(Le programme finance des projets de recherche en sante numerique.) Tj T* "
    return b"BT /F1 10 Tf 12 TL " + line * (chars // 66) + b"ET"


def timed_ingest(path: Path, data: Path) -> tuple[float, list[tuple[str, str]]]:
    settings = Settings(_env_file=None, data_dir=data, threads=2)  # type: ignore[call-arg]
    t0 = time.perf_counter()
    rep = ingest([path], settings, progress=False)
    return time.perf_counter() - t0, rep.failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        cold, _ = timed_ingest(corpus, work / "data")
        again = [timed_ingest(corpus, work / "data")[0] for _ in range(args.repeat)]
        rows["shipped corpus: cold ingest s"] = round(cold, 2)
        rows["shipped corpus: unchanged re-ingest s (median, with vector-count and snapshot checks)"] = round(
            median(again), 2)
        shutil.rmtree(work / "data" / "chroma")
        from chromadb.api.client import SharedSystemClient

        SharedSystemClient.clear_system_cache()
        rows["shipped corpus: re-ingest after deleting the Chroma folder s"] = round(
            timed_ingest(corpus, work / "data")[0], 2)
        hostile = {
            "decompression bomb (one 80 MB stream)": pdf([b"BT /F1 12 Tf (A) Tj ET " + b" " * 80_000_000]),
            "text bomb, 40 pages x 600,000 chars": pdf([text_page(600_000)] * 40),
            "text bomb, 1 page x 3,000,000 chars": pdf([text_page(3_000_000)]),
        }
        for name, blob in hostile.items():
            folder = work / f"hostile-{len(list(work.glob('hostile-*')))}"
            folder.mkdir()
            (folder / "hostile.pdf").write_bytes(blob)
            seconds, failed = timed_ingest(folder, work / f"data-{folder.name}")
            rows[f"{name} ({len(blob) // 1024} KB): s to fail"] = round(seconds, 2)
            rows[f"{name}: failure line"] = failed[0][1] if failed else "(indexed!)"
    stamp = dt.date.today().isoformat()
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"reliability-{stamp}.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    table = ["| what | result |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows.items()]
    (RESULTS / f"reliability-{stamp}.md").write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join(table))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
