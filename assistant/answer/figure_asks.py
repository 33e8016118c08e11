"""What a study question asks for: its asks (parts), the kind of figure each wants (money, a rate or a share, a date,
a count) and what a count is about; and whether a sentence states it."""

from __future__ import annotations

import re
from typing import TypeVar

from assistant.answer.passages import FOCUS_FIGURE
from assistant.retrieval.glossary import variants
from assistant.understand.intent import THERE_ARE, Focus, focus_of
from assistant.understand.text import main_ask
from common import figures
from common.lang import fold
from common.tokens import tokenize

T = TypeVar("T")
YEAR = re.compile(r"(?:19|20)\d\d")
ORDINAL = re.compile(r"^\s*\d{1,2}[.)]\s")  # a numbered list item's own number ("2. **A lack of coordination**")
# What a count asks for: the words after "how many" / « combien de », or after the figure a question quotes
# ("counted 500 AI startups, correct?"), up to the verb or the end of the clause.
# « combien y a-t-il de jeunes pousses », « combien y avait-il de… »: the same count with « y a-t-il » in it
_COUNT_ASKED = re.compile(rf"\b(?:how many|number of|nombre d(?:e |')|combien {THERE_ARE}d(?:e |'))([a-z' -]{{3,60}})")
_COUNT_QUOTED = re.compile(r"(?<![\d.,$])\b(?!(?:19|20)\d\d\b)\d[\d ,.]*\s+([a-z' -]{3,60})")
_CLAUSE_END = re.compile(r"\b(?:the|le|la|les|l'|did|does|do|are|is|were|was|have|has|ont|a|sont|etaient|compt\w*|count\w*|"
                         r"recens\w*|selon|according|in|au|en|dans)\b")
COUNT_WORDS = 4


def figures_of(sentence: str) -> list[figures.Figure]:
    """The sentence's figures, without a numbered list item's own number."""
    return figures.extract(ORDINAL.sub("", sentence, count=1))


_PART = re.compile(r",?\s+(?:et|and|&|puis|pis|then)\s+(?=(?:(?:a|à|de|en|pour|par|dans|in|on|at|by|for|from|to|of)\s+)?"
                   r"(?:combien|quel(?:le)?s?|que|qu'|quand|comment|depuis|est-ce|"
                   r"how|what|when|which|who|where|why|since|could|can|do|does|is|are|will)\b|"
                   # a clause of its own that asks ("pis ça peut couvrir quelle part des coûts?", "and it covers what share?")
                   r"(?:(?:ça|ca|cela|il|elle|ils|elles|on|it|they)\s+|c'(?:est|etait|était|sera)\s+)(?:[\w'-]+\s+){0,4}?"
                   r"(?:combien|quel(?:le)?s?|quand|quoi|what|which|how much|how many|when)\b|"
                   # or asks yes or no by its inverted verb (« pis ça coûte-tu quelque chose? », « et est-il gratuit? »)
                   r"(?:(?:ça|ca|cela)\s+)?[\w']+-(?:tu|t-il|t-elle|t-on|il|elle|ils|elles)\b)", re.I)


# A program or a document described before the question, after a colon ("The ministry's loan program for biotechs,
# renewed with $50M in 2023: what is the minimum loan for a biotech?"): its words say which one, not what is asked
_DESCRIBED = re.compile(r"^[^?:]{25,}?\s?:\s+(?=[^:]*\?\s*$)")


def described_ask(question: str) -> str:
    """The question asked after a description of what it is about (the whole question when there is none)."""
    return _DESCRIBED.sub("", question.strip())


def question_parts(query: str) -> list[str]:
    """A question that asks two things ("how much in all, and how much for growth?", or two questions: « c'est en
    vigueur depuis quand? Pis le guichet, il a ouvert quand? »), split in its asks."""
    asked = [q for q in re.split(r"(?<=\?)\s+", query.strip()) if q.strip()]
    if len(asked) > 1 and all(q.rstrip().endswith("?") for q in asked):
        return asked
    return [p for p in _PART.split(query) if p.strip()]


_ASK_BREAK = re.compile(r"[,;?]|\s&\s|\b(?:and|et|pis|puis|then|also|aussi)\b", re.I)


def figure_asks(query: str, focus: Focus) -> list[tuple[str, str | None]]:
    """Each ask of a question with the figure it wants: its parts ("how much in all, and what share…?"), or, in one
    clause, each figure it asks (« ça représente combien, pis elle a été dévoilée quand? »: an amount and a date)."""
    parts = question_parts(described_ask(query))  # a description before a colon says which document, not what is asked
    if len(parts) > 1:
        return [(p, wanted_figure(p, focus_of(p))) for p in parts]
    first = wanted_figure(query, focus)
    # the figure each clause asks ("percentage of eligible costs" is one ask, a rate)
    kinds = [k for seg in _ASK_BREAK.split(main_ask(fold(query))) if seg.strip() and (k := wanted_figure(seg, focus_of(seg)))]
    kinds = list(dict.fromkeys([first, *kinds] if first else kinds))
    return [(query, k) for k in kinds] if len(kinds) > 1 else [(query, first)]


def states(want: str, sentence: str) -> bool:
    """The sentence states the kind of figure asked for; a count ('how many') is not a year; a share of something is
    a percentage or the sum it comes to."""
    return any(f.kind == want and not (want == "number" and YEAR.fullmatch(f.value))
               or (want == "number" and f.kind in ("money", "pct"))
               or (want == "share" and f.kind in ("money", "pct")) for f in figures_of(sentence))


def counted(query: str) -> set[str | tuple[str, ...]]:
    """What a count is about: its tokens ("how many AI startups" → ai, startup), and the other names the glossary gives
    it, each as a phrase of tokens (« jeunes pousses » → ("entrepr", "demarrag"): « 55 entreprises en démarrage »);
    else an empty set."""
    f = fold(query)
    m = _COUNT_ASKED.search(f) or _COUNT_QUOTED.search(f)
    if not m:
        return set()
    words = _CLAUSE_END.split(m.group(1), maxsplit=1)[0]
    toks = tokenize(words)[:COUNT_WORDS]
    phrases = {tuple(p) for v in variants(" ".join(words.split()[:COUNT_WORDS])) if len(p := tokenize(v)) > 1}
    return set(toks) | phrases


_LABEL = re.compile(r"\d+(?=\s*[,;:)](?!\d))")  # a label's number ("stream 1, startups…"), not a count
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ ,.]\d{3})*(?![\d])")
_PHRASE_END = re.compile(r"[:;,.()\[\]]")


def counts(sentence: str, things: set[str | tuple[str, ...]]) -> bool:
    """A number stands right before what is counted ("**55 startups**", « 55 entreprises en démarrage »); a sum or a
    rate is no count ("$25,000 grants for AI startups")."""
    for f in figures_of(sentence):
        if f.kind in ("money", "pct"):
            sentence = sentence.replace(f.text, " ")
    sentence = _LABEL.sub(" ", ORDINAL.sub("", sentence, count=1))
    words = {t for t in things if isinstance(t, str)}
    phrases = [t for t in things if isinstance(t, tuple)]
    for m in _NUMBER.finditer(sentence):
        if YEAR.fullmatch(m.group()):
            continue
        # what follows the number in its own phrase: « 3 volets : jeunes pousses… » counts streams, not startups
        toks = tokenize(_PHRASE_END.split(sentence[m.end():m.end() + 80], maxsplit=1)[0])
        if words & set(toks[:2]) or any(tuple(toks[:len(p)]) == p for p in phrases):
            return True
    return False


# A ranking asked of a study ("which techniques are most used", « surtout », "mostly"): studies rank by shares.
_RANKED = re.compile(r"\b(?:most (?:used|common|frequent|popular|widespread|cited)|mostly|mainly|(?:la|les?) plus (?:utilise\w*|"
                     r"frequent\w*|courant\w*|repandu\w*|cite\w*)|surtout|principalement|majoritairement|"
                     # the verb before: « utilisaient-elles le plus », "relied on most", "used the most"
                     r"(?:utilis\w*|employ(?:ed|ent|aient|ait)|servai\w*|exploit\w*|adopt\w*|used|uses|using|relie[sd]|rely|relying)(?:-(?:ils|elles|t-ils|t-elles))?(?: on)? (?:(?:le|the) )?(?:plus|most)(?! de)|"
                     r"le plus souvent|most often)\b")


# A share asked without a rate's words ("what share goes to the institutes", « quelle part est de l'argent frais »):
# a percentage or a sum answers it.
_SHARE = re.compile(r"\b(?:quelle part|what share|share of|part des?|portion|proportions?)\b")
_RATE = re.compile(r"\b(?:taux|rates?|pourcentage|percentage|pour ?cent|per ?cent)\b|%")


def wanted_figure(query: str, focus: Focus) -> str | None:
    """The kind of figure a question asks for: money, pct, share, date or number (a count); None for none."""
    fq = fold(query)
    want = FOCUS_FIGURE.get(focus) or ("pct" if _RANKED.search(fq) else None)
    if want == "pct" and _SHARE.search(fq) and not _RATE.search(fq):
        want = "share"
    asks_count = bool(re.search(rf"\b(how many|nombre|number of)\b|\bcombien {THERE_ARE}d.(?!argent|dollars)", fq)) and \
        not re.search(r"\b(how much|combien d.argent)\b", fq)
    quotes_count = want is None and bool(_COUNT_QUOTED.search(fq))  # a count to check ("500 AI startups, correct?")
    return "number" if asks_count or quotes_count else want


def distinct(ranked: list[tuple[float, T, str]], most: int = 3) -> list[tuple[float, T, str]]:
    """The first `most` sentences, without one whose figures were all stated by a sentence kept before it ("55
    companies identified", then the list item "**55 startups**"): a figure said once leaves room for the next."""
    out: list[tuple[float, T, str]] = []
    said: set[tuple[str, str]] = set()
    for x in ranked:
        keys = {f.key for f in figures_of(x[2])}
        if keys and keys <= said:
            continue
        out.append(x)
        said |= keys
        if len(out) >= most:
            break
    return out
