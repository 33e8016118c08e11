"""Tell French from English in a text, with stop words and accents (no model, no download)."""

from __future__ import annotations

import re
import unicodedata

_FR = set(
    "le la les un une des du de au aux et ou est sont pour avec dans sur par pas que qui quoi quel quelle quels quelles "
    "nous vous je tu il elle ils elles mon ma mes notre nos votre vos leur leurs ce cette ces son sa ses être avoir "
    "peut peuvent plus moins très aussi comme mais donc entre chez selon jusqu lors dont où combien quand comment "
    "pourquoi programme programmes subvention subventions entreprise entreprises démarrage financement aide crédit "
    "impôt santé jeune pousse employés chiffre affaires l d qu j c n s y a t-il est-ce et-ce ça pis ben moi toi".split()
)
_EN = set(
    "the a an of and or is are for with in on by not that which what who whom how when where why this these those "
    "we you i he she it they my our your their its be have has can could would should will do does did from to at "
    "as but so than more less very also about between program programs grant grants company companies startup "
    "funding help credit tax health employees revenue which much many only just ones government please there any "
    "other else thanks me us give find list show tell".split()
)
COMMON_WORDS = frozenset(_FR | _EN)  # words of either language, never a name by themselves ("We'd" is not the WE fund)
_WORD = re.compile(r"[a-zà-öø-ÿœ'-]+", re.I)


def unaccent(text: str) -> str:
    """Accents stripped, case kept: « Services Québec » → "Services Quebec"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lowercase and strip accents: 'Série A' → 'serie a'."""
    return unaccent(text.lower()).replace("œ", "oe")


# The word a question starts with frames it: "When did the Loi … come into force?" is English whatever the names in it.
_EN_START = frozenset("when what who whom how which why where is are does do did can could would should will was were "
                      "has have".split())
_FR_START = frozenset("quand quel quelle quels quelles comment combien qui pourquoi où est-ce existe-t-il y".split())
START_WEIGHT = 3
_START = re.compile(r"(?:^|[.?!]\s+)([a-zà-öø-ÿœ'-]+)", re.I)


# A capitalised word inside a sentence is a name, whose accents say nothing of the language ("Only Québec ones.")
_NAME = re.compile(r"(?<![.?!] )(?<=[\s(«\"])[A-ZÀ-ÖØ-Þ][^\s,.;:!?)»\"]*")


def scores(text: str) -> tuple[float, float]:
    words = [w.strip("'-") for w in _WORD.findall(text.lower())]
    # a hyphenated word the lists lack is read by its parts: « peut-tu », « nous-mêmes », « dites-moi »
    words = [p for w in words for p in ([w] if w in _FR or w in _EN or "-" not in w else w.split("-"))]
    fr = sum(1 for w in words if w in _FR) + 0.5 * len(re.findall(r"[éèêàùçôîâœ]", _NAME.sub(" ", text).lower()))
    fr += 2 * len(re.findall(r"\b(?:qu'|l'|d'|j'|c'|n'|s')\w", text.lower()))
    en = sum(1 for w in words if w in _EN)
    # an English possessive ("IRAP's", or "'s" left when the name is taken out) is no French « s' »
    possessive = len(re.findall(r"(?:(?<=[a-z0-9])|(?<=\s)|^)['’]s\b", text.lower()))
    fr, en = fr - possessive, en + possessive  # its "s", split off by a typographic apostrophe or a name taken out,
    # was counted as French above
    starts = [m.group(1).lower() for m in _START.finditer(text.strip())]
    en += START_WEIGHT * sum(w in _EN_START for w in starts)
    fr += START_WEIGHT * sum(w in _FR_START for w in starts)
    return fr, en


def detect(text: str, default: str = "fr") -> str:
    """'fr' or 'en'; `default` when the text gives no clue."""
    fr, en = scores(text)
    if fr == en:
        return default
    return "fr" if fr > en else "en"


# An answer asked for in a language, whatever the question's own ("Réponds en anglais, c'est pour notre board",
# "Please answer in French, my cofounder reads it"): a verb of answering, or "please" / « svp », next to the language.
# "Is the guide written in English?" asks about a document, not the answer.
_LANGS = {"english": "en", "anglais": "en", "french": "fr", "francais": "fr"}
_ASKED_IN = re.compile(
    r"\b(?:(?:answer|reply|respond|write|repond(?:s|ez|re)?|ecri(?:s|vez|re)|redige[rz]?|tradui(?:s|sez|re))"
    r"(?:[- ](?:me|to me|us|moi|nous|ca|this|it)){0,2}(?: back)?(?: (?:la|ta|votre|your|the) (?:reponse|answer))?"
    r" (?:in|en) (english|anglais|french|francais)\b"
    r"|\b(?:in|en) (english|anglais|french|francais),? (?:please|pls|svp|stp|s'il (?:te|vous) plait)\b)")


def asked_language(text: str) -> str | None:
    """'fr' or 'en' when the message asks for its answer in that language, else None."""
    m = _ASKED_IN.search(fold(text))
    return _LANGS[m.group(1) or m.group(2)] if m else None


_SEGMENT = re.compile(r"(?<=[.!?:;])\s+")


def without_language_ask(text: str) -> str:
    """The message without its ask for an answer language, which is no part of the question: the sentence or the
    preamble before a colon that asks it (« Réponds en anglais, c'est pour notre board : … »), else the ask's own words
    in a sentence that also asks the question; the message unchanged when nothing else is left."""
    kept = []
    for seg in _SEGMENT.split(text):
        low = unaccent(seg.lower())  # the same length as `seg` (accents dropped, letters kept): the same spans
        m = _ASKED_IN.search(low)
        if not m:
            kept.append(seg)
        elif seg.rstrip().endswith("?") and len(low) == len(seg):
            kept.append((seg[:m.start()] + seg[m.end():]).strip(" ,"))
    rest = " ".join(k for k in kept if k.strip())
    return rest if rest.strip() else text
