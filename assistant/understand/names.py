"""Which programs a question names: whole-word matches of their names and aliases, any case or accents, except
single-word aliases written in capitals in the record (DIGITAL, PROMPT, ESSOR), which are also ordinary words and
match only when the question capitalises them ("Essor", "ESSOR"; not « en plein essor » or "digital-health")."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Container

from assistant.understand.spelling import misspelled
from assistant.understand.text import L as _L
from assistant.understand.text import R as _R
from assistant.understand.text import norm as _norm
from common.lang import COMMON_WORDS, unaccent
from common.records import Program

_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9]{4,}")  # a one-word name in capitals, five letters or more
_GENERIC = frozenset({"programme", "program", "programs", "programmes"})  # a first word a question may leave out
# Articles, prepositions and the generic words ("program" says not which): a loosely written name must share more.
_FILLER = _GENERIC | {"de", "d", "du", "des", "la", "le", "les", "l", "en", "et", "pour", "a", "au", "aux", "of", "the",
                      "for", "and", "in", "s"}
MIN_LOOSE_WORDS = 2
LONG_NAME = 5  # content words from which one plain word may be left out
# A loosely written name needs one word few names use (rarity = log(names / names using it); 2.5 ≈ 1 name in 12):
# "research and innovation" in Québec does not name the « Innovation Program Quebec », "Mila's Impulse" names Impulse.
DISTINCT = 2.5


def _generic_first(words: list[str]) -> bool:
    """The name starts with a generic word that a question may leave out (« Programme Impulse de Mila »)."""
    return len(words) >= 3 and words[0] in _GENERIC


def _alias_rx(alias: str) -> str | None:
    a = _norm(alias).strip()
    words = [w for w in re.split(r"[\s\-]+", a) if w]
    if not re.search(r"[a-z0-9]", a) or not words:  # nothing to match
        return None
    parts = [r"\s*&\s*".join(re.escape(p) for p in w.split("&")) for w in words]
    if len(words) > 1 and re.fullmatch(r"[a-z]{4,}", words[-1]):  # "small business fee reductions": a plural too
        parts[-1] = re.escape(words[-1].removesuffix("s")) + "s?"
    optional = _generic_first(words)  # « Programme Impulse de Mila » is also « Impulse de Mila »
    body = (f"(?:{parts[0]}[\\s\\-]+)?" if optional else "") + r"[\s\-]*".join(parts[1:] if optional else parts)
    return (_L if a[0] in "abcdefghijklmnopqrstuvwxyz0123456789" else "") + body + (
        _R if a[-1] in "abcdefghijklmnopqrstuvwxyz0123456789" else "")


@functools.cache  # one entry per program: a bounded cache thrashes on large corpora
def names_rx(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One compiled pattern for all the names of a program (cached: names rarely change), the longest first: where two
    start at one place the longer is the mention (« Programme d'emploi pour les jeunes du PARI », not its first words)."""
    pats = [p for p in map(_alias_rx, sorted(names, key=len, reverse=True)) if p]
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


@functools.cache
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(pattern of the names matched in any case, pattern of the capitalised one-word aliases), once per program."""
    caps = [n.strip() for n in names if _CAPS_WORD.fullmatch(n.strip())]
    loose = names_rx(tuple(n for n in names if n.strip() not in caps))
    alts = [re.escape(w[0]) + "(?i:" + re.escape(w[1:]) + ")" for w in caps]  # capital first, any case after
    return loose, re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(alts) + r")(?![A-Za-z0-9])") if caps else None


_ALNUM = re.compile(r"[a-z0-9]+")
# An acronym written as a capitalised word right after another one is part of that other name ("Hugging Face" is not
# FACE): acronyms are written in capitals, or in lower case in casual questions, or after an article (« le Pari »).
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*)\s*$")
_LOWER_NEXT = re.compile(r"[,;!]?\s+[a-zà-ÿ]")  # "Digital health…", "Yep, we…"
_DETERMINERS = frozenset({"le", "la", "les", "l'", "du", "au", "aux", "des", "the", "a", "an", "un", "une"})


class NameIndex:
    """The names of many programs or documents, found in texts. Only those with a name whose words (but a generic
    first word) all occur in the text are tested, so that finding stays fast on a large corpus and in long texts."""

    def __init__(self, names: dict[str, list[str]], prose: dict[str, str] | None = None) -> None:
        self.names = names
        self._words: dict[str, list[frozenset[str]]] = {}
        self._by_word: dict[str, set[str]] = {}
        self._df: dict[str, int] | None = None  # how many keys' names use each word (_rarity)
        # how many keys' descriptions (`prose`) use each word: one rare in names but common in what questions say (« aide », "help") does not make a loosely written name distinct (« notre logiciel d'IA aide au triage » is not the « Programme d'aide à l'IA »)
        self._prose_df: dict[str, int] = {}
        for text in (prose or {}).values():
            for w in set(_ALNUM.findall(_norm(text))):
                self._prose_df[w] = self._prose_df.get(w, 0) + 1
        self._acronyms: dict[str, set[str]] = {}  # a key's name words written in capitals ("NEXT", "PARI")
        for key, ns in names.items():
            for n in ns:
                self._acronyms.setdefault(key, set()).update(  # and a common word in capitals, standing alone: "WE"
                    {_norm(w) for w in re.findall(r"[\w-]+", n) if len(w) >= 3 and w.isupper()} | {_norm(w) for w in n.split() if w.isupper() and _norm(w) in COMMON_WORDS})
                words = _ALNUM.findall(_norm(n))
                if _generic_first(words):
                    words = words[1:]
                if words:
                    self._words.setdefault(key, []).append(frozenset(words))
                    self._by_word.setdefault(words[0], set()).add(key)

    def find(self, text: str) -> list[str]:
        """Keys whose name appears in `text`, in order of mention."""
        words = set(_ALNUM.findall(_norm(text)))
        words |= {w.removesuffix("s") for w in words if len(w) > 4} | {w + "s" for w in words if len(w) > 3}  # plurals
        keys = {k for w in words for k in self._by_word.get(w, ())
                if any(ws <= words for ws in self._words[k])}
        return mentioned_programs(text, {k: self.names[k] for k in keys}, self._prose_df)

    def close(self, name: str | None) -> list[str]:
        """The key one of whose names is spelled like `name`, a name the corpus does not use (spelling.misspelled)."""
        return misspelled(self.names, name)

    def find_loose(self, text: str) -> list[str]:
        """Keys one of whose names has every word but articles and prepositions in `text`, in any order and with other
        words between, when at least MIN_LOOSE_WORDS such words remain ("the startup stream of Québec's December 2020
        AI project call" writes "Quebec AI project call December 2020" loosely, "Mila's Impulse" « Impulse de Mila »);
        of several, those whose name has the most such words in the text."""
        return best_loose(self.loose_scores(text))

    def loose_scores(self, text: str) -> dict[str, float]:
        """Each key whose name `text` writes loosely, with the summed rarity of that name's words (see find_loose)."""
        seq = _ALNUM.findall(_norm(text))
        words = set(seq)
        # a name's acronym counts loosely only with a capital ("the next intake … AI grant" is not NEXT AI), all in capitals when a stop word ("We'd need" is not the WE Loan Fund)
        capital = {_norm(w) for w in re.findall(r"(?<![\w-])[A-ZÀ-Ý][\w-]*", text) if w.isupper() or _norm(w) not in COMMON_WORDS}
        best = {k: max((self._loose_score(ws - _FILLER, words, seq) for ws in self._words[k]
                        if not (ws & self._acronyms.get(k, set())) - capital), default=0.0)
                for w in words for k in self._by_word.get(w, ())}
        return {k: n for k, n in best.items() if n > 0}

    def _loose_score(self, content: frozenset[str], words: set[str], seq: list[str]) -> float:
        """The summed rarity of a name's content words when the text has them all, at least MIN_LOOSE_WORDS, standing
        together, one of them DISTINCT; else 0."""
        # a long name may lose one plain word ("the INESSS non-pharmaceutical innovation evaluation" for its
        # "Evaluation request for a non-pharmaceutical innovation")
        present = content & words
        if len(content - present) > (1 if len(content) >= LONG_NAME else 0) or len(present) < MIN_LOOSE_WORDS \
                or not _close(seq, present):
            return 0.0
        rarities = [self._rarity(x) for x in present]
        distinct = max(min(r, math.log((len(self._words) + 1) / (self._prose_df.get(x, 0) + 1)))
                       for r, x in zip(rarities, present, strict=True))
        return math.fsum(rarities) if distinct >= DISTINCT else 0.0  # exactly rounded: the same in any set order

    def _rarity(self, word: str) -> float:
        """How few programs' names use `word` (log of programs over those that do): « salaires » over « Québec »."""
        if self._df is None:
            self._df = {}
            for sets in self._words.values():
                for x in set().union(*sets):
                    self._df[x] = self._df.get(x, 0) + 1
        return math.log((len(self._words) + 1) / self._df.get(word, 1))


def best_loose(scores: dict[str, float]) -> list[str]:
    """The keys of `scores` (loose_scores) with the highest one: the name whose rarest words the text has ("salaires",
    not "Québec")."""
    most = max(scores.values(), default=0.0)
    return sorted(k for k, n in scores.items() if n == most)


def _close(seq: list[str], name: frozenset[str]) -> bool:
    """The name's words stand together in the text: the shortest span holding each of them is at most about twice
    their number ("next summer … AI startup" is not "NEXT AI")."""
    where = [(i, x) for i, x in enumerate(seq) if x in name]
    seen: dict[str, int] = {}
    start = 0
    for i, x in where:  # sliding window over the name's words, in text order
        seen[x] = seen.get(x, 0) + 1
        while seen[where[start][1]] > 1:  # drop from the left while that word is still held later in the window
            seen[where[start][1]] -= 1
            start += 1
        if len(seen) == len(name) and i - where[start][0] <= 2 * len(name) + 2:
            return True
    return False


def merged_versions(aliases: dict[str, list[str]], key: dict[str, str]) -> dict[str, list[str]]:
    """Each source's aliases joined with those of the sources of the same `key` (a digest's language versions: the
    French one lists fewer, and a French question may use the English name)."""
    joined: dict[str, list[str]] = {}
    for src in sorted(aliases):
        joined.setdefault(key.get(src, src), []).extend(aliases[src])
    return {src: list(dict.fromkeys(joined[key.get(src, src)])) for src in aliases}


_POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s(?![a-z0-9])")


def mentioned_programs(text: str, aliases: dict[str, list[str]], prose: Container[str] = frozenset()) -> list[str]:
    """Program ids whose name or alias appears in `text`, in order of mention; a name found only inside another
    program's longer name is not a mention (« crédit … affaires électroniques intégrant l'IA » is CDAEIA, not CDAE).
    `prose`: words the records' descriptions use, folded (« Appel » opening a sentence is one, not part of a name)."""
    f = _POSSESSIVE.sub("  ", _norm(text))  # "Mila's Impulse" names "Mila Impulse" (same length: spans stay aligned)
    raw = unaccent(text)
    found: list[tuple[int, str]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for pid, names in aliases.items():
        rx, caps = _patterns(tuple(names))
        spans[pid] = [x.span() for x in rx.finditer(f) if not _title_acronym(raw, f, x.span(), names, prose)
                      and not _as_word(raw, f, x.span(), names)] if rx else []
        c = next((m for m in caps.finditer(raw) if not _title_acronym(raw, raw, m.span(), names, prose)), None) if caps else None
        starts = [x[0] for x in spans[pid][:1]] + ([c.start()] if c else [])
        if starts:
            found.append((min(starts), pid))
    return [pid for _, pid in sorted(found) if not _inside(spans[pid], spans, pid)]


def _title_acronym(raw: str, f: str, span: tuple[int, int], names: list[str], prose: Container[str] = frozenset()) -> bool:
    """The match is an acronym of `names` written as a capitalised word after another capitalised word, as part of
    another name ("Hugging Face" is not FACE), or opening a sentence before a word in lower case, as an ordinary word
    ("Digital health…" is not DIGITAL); « le Pari » and "Pari-CNRC" still name PARI."""
    s, e = span
    word = raw[s:e] if len(f) == len(raw) else ""
    if not (_TITLE_WORD.fullmatch(word) and word.upper() in names and raw[e:e + 1] != "-"):
        return False
    if _SENTENCE_START.search(raw[:s]) and _LOWER_NEXT.match(raw, e):
        return True  # "Digital health startup…", « Percer le marché… »: the word opening a sentence, not the acronym
    before = re.search(r"([A-Za-z']+)\s+$", raw[:s])
    if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in _DETERMINERS \
            and not (_SENTENCE_START.search(raw[:before.start(1)]) and _norm(before.group(1)) in prose):  # « Appel
        return True  # Partenaria… »: a common word capitalised as it opens the sentence; "Hugging Face" is a name
    # or before another capitalised word that none of its names continues with ("npj Digital Medicine", "Digital Health Canada" are not DIGITAL; "Digital Supercluster" is one of its names)
    after = re.match(r"\s+([A-Z][A-Za-z'-]*)", raw[e:e + 30])
    return after is not None and after.group(1).lower() not in _DETERMINERS and not any(
        n.lower().startswith(f"{word} {after.group(1)}".lower()) for n in names)


# An acronym written in lower case as an ordinary word: a verb after its subject ("we face", « on face »), or a
# noun bound by « à » (« sceptique face à l'IA », « faire face aux coûts ») or "-to-" ("face-to-face")
_SUBJECT, _BOUND, _OBJECT = re.compile(r"(?:^|\s)(?:we|they|i|you|companies|startups|nous|on|ils|elles|je|tu)\s+$"), re.compile(r"\s*(?:a\s+(?:l'|(?:la|le|les|des|un|une|ce|cette|ces|nos|notre|leur|leurs|son|sa|ses|cet)\s)|aux?\s|-to-)"), re.compile(r"\s+(?:(?:un|une|des|de|du|le|la|les|a|an|the|to|our|notre|nos)\b|[dl]')")


def _as_word(raw: str, f: str, span: tuple[int, int], names: list[str]) -> bool:
    """The match is an acronym of `names` written in lower case where an ordinary word stands (see _SUBJECT, _BOUND)."""
    s, e = span
    word = raw[s:e] if len(f) == len(raw) else ""
    mixed = any(n.lower() == word and n[:1].islower() and not n.islower() for n in names)  # "envisAGE" written « envisage un prêt »: a verb
    if not (word.islower() and (word.upper() in names or mixed)):
        return False
    return bool(_SUBJECT.search(f[max(0, s - 20):s]) or _BOUND.match(f, e) or f[max(0, s - 4):s] == "-to-" or mixed and _OBJECT.match(f, e))


def _inside(mine: list[tuple[int, int]], spans: dict[str, list[tuple[int, int]]], pid: str) -> bool:
    """Every match of this program lies within a longer match of another program's name."""
    return bool(mine) and all(any(o != pid and a <= s and e <= b and b - a > e - s for o, sp in spans.items()
                                  for a, b in sp) for s, e in mine)


def strip_names(text: str, names: list[str]) -> str:
    """`text` without these names, longest first, in any case: what is left is the asker's own words (a French
    program name in an English question says nothing of the asker's language)."""
    for name in sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True):
        text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    return text


_QUOTED = re.compile(r"«[^»]{3,}»|“[^”]{3,}”|\"[^\"]{3,}\"")


def unquoted(text: str) -> str:
    """`text` without what it quotes (« L'intelligence artificielle dans le secteur… » in an English question is a
    title, not the asker's words)."""
    return _QUOTED.sub(" ", text)


_BY_SNAPSHOT: dict[tuple[int, str], NameIndex] = {}
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
_TRAILING_ACRONYM = re.compile(r"\s+([A-Z][A-Z0-9&+]{1,9})$")
_COUNTRY = re.compile(r"^Canada\s+(?=\w)|\s+(?:du|of) Canada(?=\s*(?:\(|$))")  # the country a name opens or closes with


def with_short_names(names: list[str], operator: str = "") -> list[str]:
    """The names, and each without its closing parenthesis when two words or more remain ("Trade Commissioner
    Service (TCS)" is also "Trade Commissioner Service"), or without the closing acronym of its `operator` when
    six words or more remain and the last is no article or preposition (« Programme d'emploi pour les jeunes du
    PARI CNRC » is also « … du PARI »; « … du CNRC » is not « … du »), or without the country it opens or closes with
    when three words of substance remain ("Small Business Financing Program"; not "Digital Adoption Program": too
    plain alone)."""
    short = [m for n in names if (m := _TRAILING_NOTE.sub("", n)) != n and len(m.split()) >= 2]
    ops = set(re.findall(r"\b[A-Z][A-Z0-9&+]{1,9}\b", operator))
    bare = [m for n in [*names, *short] if (a := _TRAILING_ACRONYM.search(n)) and a.group(1) in ops
            and len((m := n[:a.start()]).split()) >= 6 and _norm(m.split()[-1]) not in _FILLER]
    plain = [m for n in [*names, *short] if (m := _COUNTRY.sub("", n)) != n  # "Small Business Financing Program"
             and len([w for w in _ALNUM.findall(_norm(_TRAILING_NOTE.sub("", m))) if w not in _FILLER]) >= 3]
    return list(dict.fromkeys([*names, *short, *bare, *plain]))


def program_names(programs: dict[str, Program], version: str) -> NameIndex:
    """The names and aliases of a snapshot's programs, indexed once per snapshot and shared by every reader."""
    key = (id(programs), version)
    index = _BY_SNAPSHOT.get(key)
    if index is None:
        index = NameIndex({pid: with_short_names(p.all_names(), f"{p.operator.fr} {p.operator.en}")
                           for pid, p in programs.items()},
                          prose={pid: f"{p.summary.fr} {p.summary.en}" for pid, p in programs.items()})
        _BY_SNAPSHOT.clear()  # one snapshot is current; the previous one's index is dropped with it
        _BY_SNAPSHOT[key] = index
    return index
