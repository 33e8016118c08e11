"""What the digests record as not found ("no source was found for: …"): said first when a question asks for it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.evidence import CitationBook
from assistant.answer.reports import ReportAnswerer
from assistant.answer.texts import t
from assistant.retrieval.snapshot import ChunkRow

# A line that introduces what no source states (the digests' own words; generic phrasing, no names).
ABSENT = re.compile(r"\b(?:aucune source|no source|not found|introuvables?|n'a été trouvée?|were found|was found)\b",
                    re.IGNORECASE)
_ITEM = re.compile(r"\s*[-*]\s+(.+)")
# Dense cosine of a question with a recorded gap: questions that ask for the missing thing scored 0.58-0.63, others
# (a program list, a named program's detail worded differently) 0.39 at most, on our own 7 trial questions.
GAP_SIM = 0.5


@dataclass(frozen=True)
class Gap:
    row: ChunkRow
    lead: str  # "No source was found for:"
    item: str  # "an Investissement Québec program specific to First Peoples entrepreneurs;"


def recorded_gaps(rows: list[ChunkRow]) -> list[Gap]:
    """Every list item under a line saying no source was found, with that line."""
    out = []
    for r in rows:
        lines = r.text.split("\n")
        for i, line in enumerate(lines):
            if not (ABSENT.search(line) and line.rstrip().endswith(":")):
                continue
            for nxt in lines[i + 1:]:
                m = _ITEM.match(nxt)
                if not m:
                    break
                out.append(Gap(r, line.strip(), m.group(1).strip()))
    return out


class GapFinder:
    """The recorded gaps of one snapshot's digests."""

    def __init__(self, reports: ReportAnswerer) -> None:
        self.reports = reports
        self.gaps = recorded_gaps(reports.digest_rows)

    def line(self, query: str, lang: str, book: CitationBook) -> str:
        """'According to *Title*: No source was found for: … [n] … [m]' when the question asks for a recorded gap."""
        if not self.gaps:
            return ""
        sims = self.reports.similarities(query, [g.item for g in self.gaps])
        best = max(zip(sims, self.gaps, strict=True), key=lambda x: (x[0], x[1].row.meta.language == lang))
        # the asker's language version of the same gap, when the digest has one that is as close
        same = [(s, g) for s, g in zip(sims, self.gaps, strict=True)
                if g.row.meta.language == lang and s >= best[0] - 0.1 and g.row.meta.digest_id == best[1].row.meta.digest_id]
        if best[0] < GAP_SIM:  # the closest version decides (a French question may sit closer to the English item)
            return ""
        _, gap = max(same, key=lambda x: x[0]) if same else best
        book.retrieved = [gap.row.id, *book.retrieved]
        return (t(lang, "report_lead", title=gap.row.meta.title) + f" {gap.lead} [{book.cite(gap.row, gap.lead)}] "
                f"{gap.item.rstrip(';.')} [{book.cite(gap.row, gap.item)}]")
