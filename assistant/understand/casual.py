"""Québec French chat forms written out (« chu », « pis », « y'a-tu », « la diff »), so that readings and search see
the standard words the corpus and the rules use; English messages are left as they are."""

from __future__ import annotations

import re

from common.lang import detect

# (form, standard), matched as whole words, case-insensitive; apostrophes may be typographic.
_FORMS: list[tuple[re.Pattern[str], str]] = [(re.compile(rf"(?<![\w'’-]){a}(?![\w'’-])", re.I), b) for a, b in (
    # not the hospital: written in capitals (« au CHU de Québec », « CHUS ») or after an article or a preposition
    (r"(?!(?-i:CHUS?)\b)(?<!\b(?:au|du|le|un) )(?<!\b(?:aux|des|les) )(?<![àa] )(?<!\bde )chus?", "je suis"),
    (r"y['’]avait", "il y avait"),
    (r"y['’]en a[- ]tu", "y en a-t-il"),
    (r"y['’]en a", "il y en a"),
    (r"astheure", "maintenant"),
    (r"icitte", "ici"),
    (r"faque", "donc"),
    (r"pis", "et"),
    (r"y['’]?\s?a[- ]tu", "y a-t-il"),
    (r"c['’]est[- ]tu", "est-ce que c'est"),
    (r"y['’]a", "il y a"),
    # the question particle after a verb (« ça existe-tu? », « faut-tu », « on peut-tu »): the standard inversion;
    # not a second person's own « tu » (« peux-tu », « as-tu »: the verb ends in s or x), nor « X a-tu », which the
    # rules read as written (its search words stay those of the message)
    (r"(?!a-tu)([\w'’]*[aeiouéè])-tu", r"\1-t-il"),
    (r"([\w'’]*[^\Wsxaeiouéè])-tu", r"\1-il"),
    (r"la diff", "la différence"),
    (r"partir(?= une? (?:compagnie|entreprise|business|startup|start-up|boite|boîte|jeune pousse))", "lancer"),
)]


def standard(text: str) -> str:
    """`text` with Québec French chat forms written in standard French, when the message is French."""
    if detect(text, default="en") != "fr":
        return text
    for pat, repl in _FORMS:
        text = pat.sub(repl, text)
    return text
