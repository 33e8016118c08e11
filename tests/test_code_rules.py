"""Rules the product code keeps: no label written as an inline French/English pair, small modules, short functions."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("common", "assistant", "ingest", "ui", "evals")
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
# assistant/understand/profile.py is being rewritten on another branch (the recommendations issue); it is the one
# module allowed over the limit until that lands. Remove it from here then.
MODULE_EXCEPTIONS: set[str] = set()
LANG_WORDS = {"fr", "en", "lang", "language", "lg"}


def modules(packages: tuple[str, ...] = PRODUCT) -> list[Path]:
    return sorted(p for pkg in packages for p in (ROOT / pkg).rglob("*.py"))


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _mentions_language(test: ast.expr) -> bool:
    for n in ast.walk(test):
        if isinstance(n, ast.Name) and n.id in LANG_WORDS or isinstance(n, ast.Attribute) and n.attr in LANG_WORDS:
            return True
        if isinstance(n, ast.Constant) and n.value in ("fr", "en"):
            return True
    return False


def inline_pairs(source: str) -> list[int]:
    """Lines of `a if <language test> else b` where both sides are text (language codes 'fr'/'en' excepted)."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.IfExp) and _is_text(node.body) and _is_text(node.orelse)):
            continue
        codes = {getattr(node.body, "value", None), getattr(node.orelse, "value", None)}
        if codes <= {"fr", "en"}:
            continue
        if _mentions_language(node.test):
            out.append(node.lineno)
    return out


def test_the_rule_finds_inline_pairs() -> None:
    src = ('x = "Statut" if fr else "Status"\ny = f"{a} :" if lang == "fr" else f"{a}:"\n'
           'z = "oui" if self.language == "fr" else "yes"\nok = "en" if lang == "fr" else "fr"\n'
           'fine = name.fr if lang == "fr" else name.en\n')
    assert inline_pairs(src) == [1, 2, 3]


def test_no_label_is_an_inline_french_english_pair() -> None:
    found = {str(p.relative_to(ROOT)): inline_pairs(p.read_text(encoding="utf-8")) for p in modules()}
    assert {k: v for k, v in found.items() if v} == {}, "move these strings into a texts table keyed by name"


def function_lengths(source: str) -> list[tuple[str, int]]:
    return [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(ast.parse(source))
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.end_lineno is not None]


def test_the_size_rule_measures_functions() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(61))
    assert function_lengths(f"def f():\n{body}\n") == [("f", 62)]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_and_functions_stay_small(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    rel = str(path.relative_to(ROOT))
    if rel not in MODULE_EXCEPTIONS:
        assert len(source.splitlines()) <= MAX_MODULE_LINES, f"{rel} is over {MAX_MODULE_LINES} lines"
    long = [(name, n) for name, n in function_lengths(source) if n > MAX_FUNCTION_LINES]
    assert long == [], f"{rel}: functions over {MAX_FUNCTION_LINES} lines"
