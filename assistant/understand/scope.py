"""What the corpus does not cover: off-domain topics, other provinces' programs, and names we hold no record of."""

from __future__ import annotations

import re

from assistant.retrieval.snapshot import Snapshot
from common.lang import fold

# Topics outside the corpus: other sectors, personal finance, consumer purchases, regulatory fees, daily life.
OFF_DOMAIN = re.compile(
    r"\b(restaurants?|restauration|meteo|weather|recettes?|recipes?|touris\w*|agricult\w*|agricole|farm\w*|"
    r"laiti\w*|dairy|milking|minier|mining|immobilier|real estate|hockey|football|soccer|films?|cinema|musique|"
    r"music|fashion|horoscope|bitcoin|crypto\w*|casino|voyages?|travel|vacances|vacations?|laptops?|ordinateurs?|"
    r"computers?|salaire moyen|average salary|salary of|frais de garde|garderies?|childcare|daycare|hypoth\w*|"
    r"mortgages?|reer|rrsp|celi|tfsa|declaration (de revenus )?personnelle|personal (income )?tax\w*|"
    r"impot personnel|voisins?|neighbou?rs?|plaintes?|complaints?|bruit|noise|permis de conduire|driver.s licen[cs]e)\b"
    r"|\b(frais|fees?|couts?)\b.{0,80}\b(licen[cs]es?|homologation)\b"
)
OTHER_PROVINCE = re.compile(
    r"\b(ontario|alberta|colombie.britannique|british columbia|nouveau.brunswick|new brunswick|manitoba|"
    r"saskatchewan|nouvelle.ecosse|nova scotia|terre.neuve|newfoundland|ile.du.prince.edouard|prince edward island|"
    r"yukon|nunavut|territoires du nord.ouest|northwest territories)\b"
)
PROVINCIAL = re.compile(r"\b(provincial\w*|province|de l.(ontario|alberta)|ontario.s|alberta.s)\b")
# Places are not program names: a question naming them is not about something we lack.
PLACES = set(
    "quebec montreal laval longueuil sherbrooke gatineau levis trois rivieres saguenay chicoutimi rimouski "
    "drummondville granby brossard terrebonne repentigny boucherville mirabel blainville beloeil joliette "
    "victoriaville shawinigan rouyn noranda val d'or estrie monteregie laurentides lanaudiere outaouais mauricie "
    "abitibi gaspesie bas saint laurent capitale nationale canada ottawa toronto vancouver calgary edmonton "
    "winnipeg halifax europe france allemagne germany belgique belgium suisse switzerland royaume uni united "
    "kingdom uk etats unis states usa us boston new york californie california asie asia japon japan chine china "
    "inde india israel mexique mexico amerique america nord north sud south".split()
)
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Ý][\w&-]{2,}(?:\s+[A-ZÀ-Ý][\w&-]{2,})*)")
_WORDS = re.compile(r"[a-z0-9&]+")


def out_of_scope(text: str, names_a_program: bool) -> bool:
    """A question about a topic the corpus does not cover, or about another province's own programs."""
    if names_a_program:
        return False
    f = fold(text)
    return bool(OFF_DOMAIN.search(f) or (OTHER_PROVINCE.search(f) and PROVINCIAL.search(f)))


def corpus_words(snap: Snapshot) -> set[str]:
    """Every folded word of the corpus, program names and aliases included."""
    words: set[str] = set()
    for r in snap.chunks.values():
        words.update(_WORDS.findall(fold(r.text)))
    for p in snap.programs.values():
        words.update(_WORDS.findall(fold(" ".join([p.name.fr, p.name.en, *p.aliases]))))
    return words


def unknown_terms(text: str, words: set[str]) -> list[str]:
    """Proper names in the question that appear nowhere in the corpus (a program or body we do not cover)."""
    out = []
    for m in _PROPER.finditer(text):
        found = [w for w in _WORDS.findall(fold(m.group(1))) if w not in PLACES and len(w) > 2]
        if found and any(w not in words for w in found):
            out.append(m.group(1))
    return out
