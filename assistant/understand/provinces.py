"""How a message names a province: as the subject of its question (its programs, its bodies) or as a yardstick."""

from __future__ import annotations

import re

# The province as a yardstick ("Québec's target compared with Ontario"): said just before it
COMPARED = re.compile(r"(?:compared (?:with|to)|comparison with|relative to|versus|vs\.?|than|par rapport (?:a|au|aux)|"
                       r"compare(?:e|s)? (?:a|au|aux|avec)|en comparaison (?:de|avec))\s+(?:l'|la\s+|le\s+|the\s+)?$")
PROVINCIAL = re.compile(r"\b(?:provincia(?:l|le|les|ux)|province|provinces)\b")
# An organisation of a province, named with it: "Alberta Innovates", « Fondation de l'innovation du Nouveau-Brunswick ».
PROVINCE_BODIES = (r"(?:fondations?|foundations?|agences?|agency|agencies|ministeres?|ministry|innovates|incentives?|"
                    r"incitatifs?)")


def with_place(alts: str, words: str, preps: str) -> str:
    """A province's `words` (its programs, its bodies), named with the province before them ("Ontario's grants",
    "Alberta Innovates") or after one of `preps` (« les subventions de l'Ontario »)."""
    return (rf"(?<![a-z])(?:{alts})(?:'s)?(?:\s+[a-z'-]+){{0,3}}\s+{words}(?![a-z])|{words}"
            rf"(?:\s+[a-z'-]+){{0,3}}\s+(?:{preps})(?:the )?(?:{alts})(?![a-z])")
