"""Which digest sentences are shown: those of the asker's language, close to the best one, the figure asked first."""

from __future__ import annotations

from assistant.answer.figure_asks import distinct
from assistant.retrieval.glossary import variants
from assistant.retrieval.retrieve import Hit
from common.tokens import tokenize

CLOSE = 0.8  # sentences shown: those scoring at least this share of the best one


def title_words(title: str) -> set[str]:
    """A document title's tokens, with the short acronyms of the terms it spells out (« IA »)."""
    return set(tokenize(f"{title} {' '.join(v for v in variants(title) if len(v) <= 3)}"))


def in_language(scored: list[tuple[float, Hit, str]], lang: str) -> list[tuple[float, Hit, str]]:
    """Candidates without the translations of digests that also have candidates in the asker's language."""
    own = {h.row.meta.digest_id for _, h, _ in scored if h.row.meta.language == lang and h.row.meta.digest_id}
    return [x for x in scored if x[1].row.meta.language == lang or x[1].row.meta.digest_id not in own]


def shown_sentences(scored: list[tuple[float, Hit, str]], figured: set[str],
                    counting: set[str]) -> list[tuple[float, Hit, str]]:
    """The sentences shown: those close to the best one and any that counts the thing asked (`counting`), however far
    ("how many startups": the study's list line), the figure asked first and each figure once."""
    best = max((x[0] for x in scored), default=0.0)
    return distinct(sorted((x for x in scored if x[0] >= best * CLOSE or x[2] in counting),
                           key=lambda x: (x[2] not in figured, -x[0])))
