"""A program named only as context of another one the question describes: its partner ("the startup loan program
co-financed with BDC"), or an alias of common words that fits another program better."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answer.described import DATED, MIN_LEAD, MIN_RELEVANCE, ONE_THING
from assistant.answer.rank import text_relevance
from assistant.retrieval.retrieve import Retriever
from assistant.understand.names import names_rx
from assistant.understand.text import norm
from common.lang import fold, unaccent

# A name said only as the partner of the program a definite article describes ("the startup loan-plus-mentoring program
# that's co-financed with BDC", « le programme de prêt…, cofinancé par la BDC »): the program described is asked
_PARTNER = re.compile(r"\b(?:with|avec|by|par|alongside|aux cotes de|in partnership with|en partenariat avec|"
                      r"together with|conjointement avec|(?:extra|additional|complementary|matching|top-up|"
                      r"complementaires?|additionnels?|d'appoint)\s+(?:[a-z]+\s+)?(?:from|de la|du|de|d'))\s*"
                      r"(?:the |la |le |l')?$")


_THAT = re.compile(r"\b(?:that|this|ce|cet|cette)\s+(?:[\w'-]+\s+){0,5}?(?:program|programme|loan|pret|grant|fund|fonds|"
                   r"credit|subvention)s?\b")  # "Is that youth startup loan program, the one with…"


def partner_named(retriever: Retriever, text: str, named: str, names: Collection[str]) -> str | None:
    """The one program `text` describes, first by MIN_LEAD among the others than `named` and at DATED at least (a
    program described, its partner named: relevance runs lower than for a bare description, in French most), when
    `named` is only its partner."""
    f, rx = norm(text), names_rx(tuple(names))
    found = list(rx.finditer(f)) if rx else []
    told = ONE_THING.search(f) or _THAT.search(f)  # the program described, before its partner is named
    if not found or told is None or told.end() > found[0].start() or not all(
            _PARTNER.search(f[max(0, m.start() - 40):m.start()]) for m in found):
        return None
    top, _ = others_than(retriever, text, named)
    (pid, best), lead = top[0], top[0][1] - top[1][1]
    return pid if pid and best >= DATED and lead >= MIN_LEAD else None


def others_than(retriever: Retriever, text: str, named: str) -> tuple[list[tuple[str, float]], float]:
    """The programs other than `named` by their relevance to `text`, best first (two empty ones after them), and
    `named`'s own relevance."""
    rel = text_relevance(retriever, text)
    others = sorted(((pid, r) for pid, r in rel.items() if pid != named), key=lambda pr: pr[1], reverse=True)
    return others + [("", 0.0), ("", 0.0)], rel.get(named, 0.0)


def generic_named(retriever: Retriever, text: str, named: str, names: Collection[str]) -> str | None:
    """The program `text` describes when `named` is named only by an alias of common words in lower case ("a
    pre-submission meeting", an alias of Health Canada's Device Advice, in a question on the drug plan's listing) and
    another program stands out over it (MIN_RELEVANCE, MIN_LEAD)."""
    written = {fold(n): n for n in names}
    rx = names_rx(tuple(names))
    found = [m.group() for m in rx.finditer(norm(text))] if rx else []
    # the asker's own capitals make it a name too (« le Visa pour démarrage d'entreprise »)
    asked = [m.group() for m in re.finditer(rx.pattern, unaccent(text.replace("’", "'")), re.I)] if rx else []
    if not found or any(written.get(w, w) != written.get(w, w).lower() or " " not in w for w in found) \
            or any(w != w.lower() for w in asked):
        return None
    top, own = others_than(retriever, text, named)
    pid, best = top[0]
    return pid if pid and best >= MIN_RELEVANCE and best - own >= MIN_LEAD else None
