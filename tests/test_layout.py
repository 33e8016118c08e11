"""The layout keeps one direction: common imports no package of ours, ingest never imports the assistant,
the assistant reads the index only through the snapshot reader (plus the CLI and the reindexer, which run ingest)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {"common", "assistant", "ingest", "ui", "evals"}
# the only assistant modules allowed to import ingest: the snapshot reader, and the two that run an ingest
ASSISTANT_INGEST_DOORS = {"assistant/retrieval/snapshot.py", "assistant/cli.py", "assistant/api/reindex.py"}


def imported_packages(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out & OURS


def modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package, forbidden", [
    ("common", {"assistant", "ingest", "ui", "evals"}),
    ("ingest", {"assistant", "ui", "evals"}),
    ("ui", {"ingest", "evals"}),
])
def test_imports_go_one_way(package: str, forbidden: set[str]) -> None:
    bad = {str(p.relative_to(ROOT)): sorted(imported_packages(p) & forbidden) for p in modules(package)}
    assert {k: v for k, v in bad.items() if v} == {}


def test_assistant_reads_the_index_only_through_the_snapshot_reader() -> None:
    bad = [str(p.relative_to(ROOT)) for p in modules("assistant")
           if "ingest" in imported_packages(p) and str(p.relative_to(ROOT)) not in ASSISTANT_INGEST_DOORS]
    assert bad == []


def test_the_checker_sees_a_wrong_import(tmp_path: Path) -> None:
    bad = tmp_path / "m.py"
    bad.write_text("from assistant.models import Answer\nimport ingest.index\n", encoding="utf-8")
    assert imported_packages(bad) == {"assistant", "ingest"}
