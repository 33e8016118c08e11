"""The groups a question asks about ("Is there a fund for women entrepreneurs?", « du soutien pour un fondateur noir »),
whether or not the asker says she belongs to one: their programs come first, their eligibility stays to confirm."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.understand.text import hits, rx
from common.vocab import Group

# Québec's eleven Indigenous nations, by the names their members use in French and English (folded): a member of one
# ("I'm an Innu entrepreneur", « une entreprise atikamekw ») is an Indigenous founder. "Cree" and « crie » only where
# a person or business is said to be one (asker.py), since « cri » is also a common word.
NATIONS = (r"innue?s?|atikamekw|atikamekws|mohawks?(?! college)|kanien'?keha:?ka|wendats?|huronne?s?[- ]wendats?|"
           r"mi'?gmaq|mi'?kmaq|micmacs?|naskapis?|abenakis?|w8banakis?|wabanakis?|eeyou|anishina+be\w*|anishna+be\w*|"
           r"algonquine?s?(?! college)|wolastoqiyik|malecites?|maliseets?")

# The group named as the people a program would serve. Not: women's health (a sector), « jeune pousse » (a startup).
_ASKED: list[tuple[Group, re.Pattern[str]]] = [
    (Group.women, rx(r"wom[ae]n(?!'s health)(?! health)", r"female (?:founders?|entrepreneurs?|ceos?|led)",
                     r"(?<!sante des )femmes?(?! enceintes)", r"fondatrices", r"entrepreneures")),
    (Group.black_entrepreneurs, rx(r"black[- ](?:(?:wom[ae]n|female|male|tech|young|immigrant|queer|startup|health|biotech|medtech)[- ])?(?:founders?|entrepreneurs?|owned|led|business\w*|communit\w*|people)",
                                   r"(?:entrepreneure?|fondat(?:eur|rice)|personne|communaute|dirigeante?)s? noire?s?")),
    (Group.indigenous, rx(r"indigenous", r"autochtones?", r"first nations?", r"premieres? nations?", r"inuit", r"metis",
                           rf"\b(?:{NATIONS})\b")),
    (Group.youth, rx(r"young (?:founders?|entrepreneurs?|people)", r"youth",
                     r"jeunes? (?:entrepreneure?s?|fondat(?:eur|rice)s?|dirigeante?s?|de moins de)")),
    (Group.newcomers, rx(r"newcomers?", r"immigrant (?:founders?|entrepreneurs?)", r"nouvel(?:le)?s? arrivante?s?",
                         r"nouveaux arrivants", r"(?:entrepreneure?|fondat(?:eur|rice))s? immigrante?s?")),
]


def asked_groups(f: str, own: Sequence[Group] = ()) -> list[Group]:
    """The groups the folded question names as the people it asks support for, other than `own`, those the asker says
    she belongs to ("I am a woman founder": her audience, not a group asked about)."""
    return [g for g, pat in _ASKED if g not in own and hits(f, pat)]
