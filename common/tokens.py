"""Lexical tokens shared by the BM25 index and queries: accent folding, French and English stop words and stemming."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_FRENCH

from common.lang import fold

_TOKEN = re.compile(r"[a-z0-9]+(?:[&][a-z0-9]+)?")
_RD = re.compile(r"\br\s?[-&]\s?d\b|\br\s?&\s?d\b")  # "R-D", "R&D", "R & D" → one token
# Bump when tokens change: a published snapshot's lexical index is then rebuilt (ingest/publish.py).
TOKENS_VERSION = "2"  # 2: American "-iz-" read as the French and British "-is-" before stemming
_IZ = re.compile(r"(?<=[a-z])iz(?=[aeiouy])")  # "commercialization" ~ « commercialisation », "organize" ~ "organise"
_STOP = {fold(w) for w in (*STOPWORDS_EN, *STOPWORDS_FRENCH)} | {"s", "l", "d", "qu", "j", "c", "n", "t"}


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Stemmer.Stemmer, Stemmer.Stemmer]:
    return Stemmer.Stemmer("english"), Stemmer.Stemmer("french")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    en, fr = _stemmers()
    return str(fr.stemWord(en.stemWord(_IZ.sub("is", word))))


def tokenize(text: str) -> list[str]:
    """'Subventions pour les PME' → ['subvent', 'pme']; the same function serves documents and queries."""
    out = []
    for tok in _TOKEN.findall(_RD.sub(" r&d ", fold(text))):
        if tok in _STOP or (len(tok) == 1 and not tok.isdigit()):
            continue
        out.append(tok if tok.isdigit() or "&" in tok else _stem(tok))
    return out
