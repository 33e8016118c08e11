"""The government whose support a message asks for in so many words: federal ("Is there federal support?", « de l'aide
du fédéral ») or Québec's (« les programmes du gouvernement du Québec », "provincial grants")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.understand.text import clause, negated
from common.vocab import Government

# What a government gives, as a message names it in general (not one program: « le crédit RS&DE fédéral » names it).
_SUPPORT_EN = (r"(?:support|funding|funds|grants?|programs?|programmes?|help|money|aid|financing|loans?|tax credits?|"
               r"incentives?|assistance|options|credits?)")
_SUPPORT_FR = r"(?:aides?|subventions|programmes|financements?|soutien|fonds|prets|incitatifs|appuis?|credits?(?: d'impot)?)"
# …and one thing of a government's, as English reads "a federal program": « un programme fédéral », « un fund fédéral »
_ONE_FR = r"(?:subvention|programme|pret|incitatif|argent|funds?)"
# Where a company is incorporated is not whose money it asks for (« constituée au fédéral »).
_NOT_INCORPORATED = r"(?<!constitue )(?<!constituee )(?<!constitues )(?<!constituees )(?<!incorpore )(?<!incorporee )"


_END = r"(?=\s*(?:$|[.,;!?)]|please|thanks|for now))"  # "federal only, please": not "the federal government only funds"


def _asks(stem: str, governments: str, place: str) -> re.Pattern[str]:
    """A message asking for the support of one government (`stem`: "federa", "provincia"; `governments`: the ways to
    name it; `place`: its territory, read only in « gouvernement du … »: "Québec programs" are those of Québec's
    ecosystem, not only its government's), over folded text."""
    adjective = rf"{stem}(?:l|le|les|ux|lly)"
    return re.compile(
        rf"\b{adjective}(?:[- ]funded)?\s+(?:(?!(?:and|or|nor|only|just|also|not|never)\s)(?:r&d|[a-z'-]+)\s+){{0,2}}?{_SUPPORT_EN}\b"  # "federal (refundable) grants", "federal R&D credit"
        rf"|\b(?:{governments})(?:'s)?\s+{_SUPPORT_EN}\b"  # "Québec government programs"
        rf"|\b(?:from|by|through|with) (?:the )?(?:{governments}|{adjective} government)\b"  # "help from Ottawa"
        rf"|\bat the {adjective} level\b|\bon the {adjective} side\b"
        rf"|\bcote (?:du )?(?:gouvernement )?{adjective}\b"  # « du côté fédéral »
        rf"|\b(?:{_SUPPORT_FR}|{_ONE_FR})\s+(?:[a-z']+\s+){{0,2}}?{adjective}\b"  # « aide financière fédérale »
        rf"|{_NOT_INCORPORATED}\b(?:du|au) (?:gouvernement |niveau |palier )?{adjective}\b"  # « de l'aide du fédéral »
        rf"|\bgouvernement (?:{adjective}|du {place})\b"
        rf"|\b(?<!constituted )(?<!incorporated )(?:the |a )?{adjective} government\b(?!'s? (?:budget|deficit|election))(?! only\b)"  # as « gouvernement fédéral »
        # "federal only", "only the federal ones", "Quebec government only", « juste le fédéral », « que du provincial »
        rf"|\b{adjective}(?: (?:ones?|programs?|support|government|level))? only{_END}|\bonly (?:the )?{adjective}\b"
        rf"|\b(?:{governments}) only{_END}|\b(?:juste|seulement|uniquement|que) (?:le |du |au )?{adjective}\b"
        rf"|\b(?:only|just) (?:the )?(?:{governments})(?:'s)? ones?\b")  # "only Québec government ones"


# Both named as one ask ("federal or provincial grants", « fédéral et provincial »): every level is wanted.
# Québec beside the federal level is its government too: "federal and Quebec", « au fédéral pis au Québec ».
_AND = r"\s*(?:or|and|ou|et|nor|/|pis|puis|&)\s*(?:(?:au|du|the)\s+)?"
_BOTH = re.compile(rf"\b(?:federa|provincia|municipa)\w*(?: governments?)?{_AND}(?:federa|provincia|municipa)\w*|"
                   rf"\bfedera\w*(?: government)?{_AND}quebec\b|\bquebec(?: government)?{_AND}federa\w*")
# A city's own support: "anything from the City of Montreal?", « de quoi de la Ville de Montréal », "municipal grants";
# not where the company is (« une entreprise de la ville de Québec », "a startup from the city of Laval")
_MUNICIPAL = re.compile(rf"\b(?:(?:anything|something|{_SUPPORT_EN})\s+(?:[a-z]+\s+)?(?:from|by|through) the city(?: of [a-z-]+)?|"
                        rf"(?:quoi|rien|chose|cote|{_SUPPORT_FR})\s+(?:[a-z]+\s+)?(?:de|par) la ville de [a-z-]+|"
                        rf"(?:on|from) the city(?: of [a-z-]+)?(?:'s)? side|"
                        rf"municipa(?:l|ux|le|les)\s+{_SUPPORT_EN}|{_SUPPORT_FR}\s+municipa(?:l|ux|le|les)|"
                        # the city's or the local development agency's own: "which local programs", « aides locales »
                        rf"(?<!non-)local\s+{_SUPPORT_EN}|{_SUPPORT_FR}\s+loca(?:l|ux|le|les)\b|"
                        rf"(?:the )?city(?: of [a-z-]+)?(?:'s)? {_SUPPORT_EN}|"
                        # the level named as the federal and Québec ones are ("at the municipal or local level")
                        r"(?:at|on) the municipal(?: or local)? (?:level|side)|(?:au|du) (?:niveau|palier) municipal|"
                        r"cote municipal|municipal(?: ones?| programs?| level)? only|(?:juste|seulement|que) (?:le |du |au )?municipal)\b")
_LEVELS: list[tuple[Government, re.Pattern[str]]] = [
    (Government.federal, _asks("federa", "federal government|the feds|government of canada|canadian government",
                               "canada")),
    (Government.quebec, _asks("provincia", "provincial government|quebec government|government of quebec|province",
                              "quebec")),
    (Government.municipal, _MUNICIPAL),
]


# What the company already gets, in the same clause: « on réclame déjà la RS&DE au fédéral », "we already get federal
# grants": its situation, not the government it asks
_ALREADY = re.compile(r"\b(?:deja|already)\b")
_INCORPORATED = re.compile(r"\b(?:incorpor\w*|constitu(?:er|ee?s?|tion)|register(?:ed|ing)?|immatricul\w*)\b")  # where it is or will be incorporated: no support asked


def _named(pat: re.Pattern[str], f: str) -> bool:
    """Some mention of the government, overlapping ones included ("not only federal grants"), is not negated, nor
    said of what the company already gets."""
    m = pat.search(f)
    while m is not None:
        if not negated(f, m.start()) and not _ALREADY.search(c := clause(f, m.start())) and not _INCORPORATED.search(c):
            return True
        m = pat.search(f, m.start() + 1)
    return False


def asked_government(f: str, sentences: Sequence[Sequence[str]] = ()) -> Government | None:
    """The one government whose support the (folded) message asks for; None when it names neither, or both ("federal
    or provincial grants": the asker wants every level), or when it qualifies a later item of a sentence listing
    several needs (`sentences`: each sentence's items, folded: "venture investors, a Québec government loan, and
    faster trials": one item's, not the answer's; "federal grants for R&D and for interns", named first, still asks
    federal programs for both; a sentence of its own, "Is there federal money for compute?", is the answer's). One
    ruled out is not asked (« juste le gouvernement du Québec, pas du fédéral »)."""
    found = [] if _BOTH.search(f) else [g for g, pat in _LEVELS if _named(pat, f)]
    if len(found) != 1:
        return None
    pat = dict(_LEVELS)[found[0]]
    later = any(len(items) > 1 and not pat.search(items[0]) and any(pat.search(x) for x in items) for items in sentences)
    return None if later else found[0]


# Any government's support asked in so many words ("Which government programs fit?", « de l'aide gouvernementale »):
# programs a government runs or funds, not a private fund's.
_PUBLIC = re.compile(r"\b(?:government(?:al)? (?:programs?|programmes?|support|funding|grants?|help|aid|assistance|"
                     r"incentives?|loans?)|public (?:funding|programs?|support|money)|programmes? (?:gouvernementaux|"
                     r"publics|du gouvernement|des gouvernements)|aides? (?:gouvernementales?|publiques?)|"
                     r"financement (?:public|gouvernemental)|fonds publics)\b")


def asks_public(f: str) -> bool:
    """The (folded) message asks for government support, whichever government."""
    return bool(_PUBLIC.search(f))
