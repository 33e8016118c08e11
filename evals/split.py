"""The dev / held-out split of the golden set: fixed seed, stratified by category and language, kept in split.yaml."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from typing import Literal

import yaml

from evals.golden import GoldenQuestion, load_questions

SPLIT_FILE = Path(__file__).resolve().parent / "split.yaml"
SEED = 20261201
DEV_SHARE = 0.6
Part = Literal["dev", "heldout"]


def assign(questions: list[GoldenQuestion], seed: int = SEED, dev_share: float = DEV_SHARE) -> dict[str, Part]:
    """Each (category, language) stratum shuffled with `seed`; its first round(60%) go to dev, the rest held out."""
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for q in questions:
        strata[(q.category, q.lang)].append(q.id)
    out: dict[str, Part] = {}
    for key in sorted(strata):
        ids = sorted(strata[key])
        random.Random(f"{seed}:{key[0]}:{key[1]}").shuffle(ids)
        n_dev = round(len(ids) * dev_share)
        out.update({i: ("dev" if n < n_dev else "heldout") for n, i in enumerate(ids)})
    return dict(sorted(out.items()))


def load_split(path: Path = SPLIT_FILE) -> dict[str, Part]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): v for k, v in (data.get("split") or {}).items()}


def part_of(q: GoldenQuestion, split: dict[str, Part]) -> Part:
    """A question's part; a question missing from split.yaml is an error, never silently placed."""
    if q.id not in split:
        raise KeyError(f"{q.id} is not in {SPLIT_FILE.name}: run `python -m evals.split` to place new questions")
    return split[q.id]


def write_split(path: Path = SPLIT_FILE) -> dict[str, Part]:
    """Keep every recorded assignment; new questions are placed with the same seed, stratum by stratum."""
    questions = load_questions()
    known = load_split(path) if path.exists() else {}
    fresh = assign([q for q in questions if q.id not in known])
    ids = {q.id for q in questions}
    split = dict(sorted({**{k: v for k, v in known.items() if k in ids}, **fresh}.items()))
    head = ("# Dev / held-out split of the golden set (evals/questions/*.yaml), made by evals/split.py with seed "
            f"{SEED}:\n# 60% dev, 40% held-out, stratified by category and language. Never edit by hand; new questions\n"
            "# are added by `python -m evals.split`, which keeps every existing assignment. Do not tune on held-out.\n")
    path.write_text(head + yaml.safe_dump({"seed": SEED, "split": split}, sort_keys=False), encoding="utf-8")
    return split


if __name__ == "__main__":
    s = write_split()
    print(f"{sum(v == 'dev' for v in s.values())} dev, {sum(v == 'heldout' for v in s.values())} held-out")
