"""What the corpus itself writes in capitals: its acronyms and its runs of capitalised words (names never unknown)."""

from __future__ import annotations

import re

from assistant.retrieval.snapshot import Snapshot
from assistant.understand.text import norm

_CAPS = re.compile(r"(?<![\w'’])([A-ZÀ-Ý]{2,})s?(?![a-zà-ÿ])")  # an acronym's plural too: "CCPCs" writes CCPC


def capitals(snap: Snapshot) -> set[str]:
    """The words the corpus writes in capitals ("IA", "PME", "MEDTEQ"): a word in capitals it only writes in lower case
    is an acronym it does not use ("the EXIST program", though "exist" is an English word it uses)."""
    out = {w for row in snap.chunks.values() for w in _CAPS.findall(row.text)}
    return out | {w for p in snap.programs.values() for w in _CAPS.findall(" ".join(p.all_names()))}


_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w&'’+-]*(?:[ \t]+[A-ZÀ-Ý][\w&'’+-]*)+")


def written_names(snap: Snapshot) -> str:
    """The runs of capitalised words the corpus writes ("Canada CIFAR AI Chairs"), normalised, one per line."""
    return "\n".join({norm(m.group(0)) for row in snap.chunks.values() for m in _CAPITAL_RUN.finditer(row.text)})
