"""The life-science sectors a program and an asker share, and the drug/device divide that AI in common does not bridge."""

from __future__ import annotations

from assistant.models import Profile
from common.records import Program

HEALTH = frozenset({"medtech", "biotech", "pharma", "digital_health", "cro"})
DRUG, DEVICE = frozenset({"biotech", "pharma"}), frozenset({"medtech", "digital_health"})


def other_family(p: Program, prof: Profile) -> bool:
    """The asker's life-science sectors are all on one side of the drug/device divide and the program's all on the
    other (a small-molecule developer, a program for non-pharmaceutical innovations), whatever AI they share. A program
    open to every sector, or an AI program first, is on neither side."""
    mine = {s.value for s in prof.sectors} & HEALTH
    sectors = {s.value for s in p.sectors}
    theirs = sectors & HEALTH
    if not mine or not theirs or p.sectors[0].value == "ai" or "all" in sectors:
        return False
    return any(mine <= side and theirs <= other for side, other in ((DRUG, DEVICE), (DEVICE, DRUG)))
