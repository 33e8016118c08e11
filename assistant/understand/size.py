"""How big and how old the company is: its headcount in any phrasing ("30-person", « une équipe de 12 », "we are 5"),
its revenue ("$150,000 in annual revenue", « pas encore de revenus ») and whether it has been in business ten years."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from datetime import date

from assistant.understand.text import TARGET as _TARGET
from assistant.understand.text import clause as _clause
from assistant.understand.text import hits as _hits
from assistant.understand.text import rx as _rx
from common.figures import parse_number

_FR_1_20 = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit"
_EN_1_20 = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
_NUMWORDS = dict(zip((_FR_1_20 + " dix-neuf vingt").split(), range(1, 21), strict=True))
_NUMWORDS |= dict(zip((_EN_1_20 + " eighteen nineteen twenty").split(), range(1, 21), strict=True))
_NUMWORDS |= {"une": 1, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "une dizaine": 10,
              "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30, "une cinquantaine": 50,
              "une centaine": 100, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12,
              "soixante": 60, "une quarantaine": 40, "une soixantaine": 60, "sixty": 60}
_N = r"(?P<n>[0-9]{1,3}(?:[ ,][0-9]{3})+|[0-9]+|" + "|".join(sorted(_NUMWORDS, key=len, reverse=True)) + ")"
_OF = r"\s*(?:d'|de\s+|of\s+)?"
_STAFF = (r"(?:employe(?:e)?s?|employe\(e\)s|salarie(?:e)?s?|staff|fte|etp|team members|membres|workers|"
          r"collaborat(?:eur|rice)s?|travailleu(?:r|se)s?|developers?|devs|developpeu(?:r|se)s?|engineers?|ingenieure?s?)")
_PEOPLE = _rx(rf"{_N}{_OF}(?:people|personnes|persons)(?!\s+(?:use|using|who|with|qui|atteinte?s?|living|vivant|"
              r"suffer|souffr|touche|affect)\w*)")
_HEADCOUNT = [
    _rx(rf"{_N}{_OF}(?:(?:full[- ]time|part[- ]time|permanents?)\s+)?{_STAFF}"),
    _rx(rf"(?:equipe|team|gang)\s+(?:de|of|d')\s*{_N}(?!\s*(?:%|\$|ans|years))"),  # « une gang de 4 » (Québec)
    _rx(rf"{_N}(?:[- ](?:person|people|member|employee)[- ]team|-(?:person|people|member|employee|staff)"
        r"(?![- ](?:study|trial|cohort|survey|sample|panel)))"),
    # "we're 8", « on est une douzaine » (but not « on est une startup »)
    _rx(rf"(?:we are|we're|we are now|nous sommes|on est|nous etions|we were)\s+(?!(?:un|une|one)\s+(?!(?:dizaine|douzaine|"
        rf"quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)\b)[a-z])(?!a\s(?!dozen\b)){_N}(?!\s*(?:%|\$|ans|years?|mois|months?|"
        r"semaines?|weeks?|jours?|days?|fois|times|millions?|k\b|e\b|eme|th|st|nd|rd))(?!\s*[0-9])(?![.,][0-9])"),
    _PEOPLE,
    # a company of so many people, whatever follows (« une entreprise de trois personnes qui fabrique… »)
    _rx(rf"(?:entreprise|compagnie|societe|startup|start-up|company|firm|business|pme|boite|equipe|team)\s+(?:de|of|d')"
        rf"\s*{_N}\s+(?:people|personnes|persons)"),
    _rx(rf"{_N}\s+of us"),  # "three of us", "8 of us including the founders"
    _rx(rf"(?:headcount|effectif)\s+(?:of\s+|is\s+|de\s+|d'|:\s*)?(?:around\s+|about\s+|roughly\s+|environ\s+|"
        rf"approximately\s+)?{_N}"),  # "headcount around 45", « un effectif de 30 »
]
_NOT_TEAM = re.compile(r"\b(?:serv|help|aid|treat|soign|reach|touch|impact|pour|for|patient|user|utilisat|client|custom"
                       r"|million|milliard|billion)\w*(?:\s+[a-z'-]+){0,2}\s*$")
# The asker and her team: "just me and two developers", « moi et trois employés » (one more than named), "my
# co-founder and I", « mon associé et moi » (two)
_ROLES = (r"(?:developers?|devs?|engineers?|employee?s?|people|co-?founders?|partners?|researchers?|scientists?|"
          r"colleagues?|developpeu(?:r|se)s?|ingenieure?s?|programmeu(?:r|se)s?|"
          r"personnes|co-?fondat(?:eur|rice)s?|associee?s?|chercheu(?:r|se)s?|collegues?)")
_ME_AND = _rx(rf"(?:me|moi|myself)\s+(?:and|et|plus)\s+{_N}\s+(?:[a-z-]+\s+)?{_ROLES}")
_PARTNER = r"(?:my|mon|ma)\s+(?:co-?founder|partner|business partner|co-?fondat(?:eur|rice)|associee?)"
_PAIR = _rx(rf"{_PARTNER}\s+(?:and|et)\s+(?:i|me|moi)", rf"(?:me|moi)\s+(?:and|et)\s+{_PARTNER}")
_FOUNDERS = _rx(rf"{_N}\s+(?:co-?)?(?:fondat(?:eur|rice)s|founders)")
_SOLO = _rx(r"solo[- ]?(?:founder|fondat(?:eur|rice))", r"sole founder", r"seule? fondat(?:eur|rice)",
            r"(?:je suis|i'm|i am) (?:tout seul|toute seule|seule?|alone|on my own|by myself)",
            r"fondat(?:eur|rice) (?:seule?|unique|solo)", r"solopreneur")
_NO_STAFF = _rx(rf"(?:pas|aucun|no|zero|sans)\s+(?:d'|de\s+)?{_STAFF}")

_REV_WORD = _rx(r"revenus?", r"revenues?", r"chiffres? d'affaires", r"ventes", r"sales", r"arr", r"turnover", r"recettes")
_PRE_REV = _rx(r"pre[- ]?revenu(?:e|es|s)?",
               r"(?:pas|aucun|no|zero|sans|without)\s+(?:encore\s+|yet\s+|any\s+)?(?:de\s+|d')?"
               r"(?:recurring\s+|regular\s+|commercial\s+)?(?:revenus?|revenues?|chiffre d'affaires|ventes|sales)", r"not (?:yet )?generating revenues?")
_MONEY = re.compile(r"(?<![0-9a-z.,])(?P<pre>(?:ca)?\$\s?)?(?P<n>[0-9]{1,3}(?:[ ,][0-9]{3})+(?:[.,][0-9]+)?|"
                    r"[0-9]+(?:[.,][0-9]+)?)\s?(?P<mult>milliards?|millions?|mille|thousand|billions?|mm|[kmb])?"
                    r"(?![a-z0-9])(?P<post>\s?(?:\$|\s(?:de\s)?dollars?|\scad))?")
_FACTORS = {"k": 1e3, "mille": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "millions": 1e6,
            "b": 1e9, "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9}


def _count(raw: str) -> int:
    key = " ".join(raw.split())
    return _NUMWORDS[key] if key in _NUMWORDS else int(re.sub(r"[ ,]", "", raw))


# people sought, not on staff: "we need 3 developers", « on cherche 2 ingénieurs » (narrower than text.WISH, which
# reads wishes to join or apply a few words before: here the count follows the verb, at most one word between)
_SOUGHT = re.compile(r"\b(?:need|needs|looking for|seek\w*|cherch\w*|want|wants|besoin d[e']|veu[xt]|voulons)\s+(?:[a-z'-]+\s+)?$")


def employees(f: str) -> int | None:
    staff = sorted([(m.start(), _count(m["n"])) for rx in _HEADCOUNT for m in rx.finditer(f)
                    if not _TARGET.search(_clause(f, m.start())) and not _SOUGHT.search(f[max(0, m.start() - 30):m.start()])
                    and (rx is not _PEOPLE or not _NOT_TEAM.search(_clause(f, m.start())))]
                   + [(m.start(), _count(m["n"]) + 1) for m in _ME_AND.finditer(f)]  # the asker is one more
                   + [(m.start(), 2) for m in _PAIR.finditer(f)])
    founders = [_count(m["n"]) for m in _FOUNDERS.finditer(f)] + [1 for _ in _SOLO.finditer(f)]
    for n in [s[1] for s in staff] + founders[:1] + [0 for _ in _NO_STAFF.finditer(f)][:1]:
        if 0 <= n <= 1_000_000:
            return n
    return None


_ONE = re.compile(r"\b(?:a|un|one)(?= (?:million|milliard|billion)\b)")  # "about a million in revenue"


def _amounts(f: str) -> list[tuple[int, int, float]]:
    f = _ONE.sub(lambda m: "1".rjust(len(m.group(0))), f)  # same length: positions stay those of the text
    out = []
    for m in _MONEY.finditer(f):
        try:
            v = parse_number(m["n"]) * _FACTORS.get(m["mult"] or "", 1.0)
        except ValueError:
            continue
        plain = not (m["pre"] or m["mult"] or m["post"])
        if plain and (v < 1000 or (1900 <= v <= 2100 and re.fullmatch(r"[0-9]{4}", m["n"]))):
            continue
        if math.isfinite(v) and 0 <= v <= 1e13:
            out.append((m.start(), m.end(), v))
    return out


def _revenue_amount(f: str, amounts: list[tuple[int, int, float]]) -> tuple[int, int, float] | None:
    """The amount nearest a revenue word, within 30 characters of the same clause."""
    starts, ends = [a[0] for a in amounts], [a[1] for a in amounts]
    best: tuple[int, tuple[int, int, float]] | None = None
    for m in _REV_WORD.finditer(f):
        near = amounts[bisect_left(ends, m.start() - 30):bisect_right(ends, m.start())]
        near += amounts[bisect_left(starts, m.end()):bisect_right(starts, m.end() + 30)]
        for a in near:
            s, e, _ = a
            gap = f[e:m.start()] if e <= m.start() else f[m.end():s]
            if not re.search(r"[,;!?]|\.\s", gap) and (best is None or len(gap) < best[0]):
                best = (len(gap), a)
    return best[1] if best else None


def revenue(f: str) -> float | None:
    if _hits(f, _PRE_REV):
        return 0.0
    found = _revenue_amount(f, _amounts(f))  # amounts in text order, non-overlapping: starts and ends both sorted
    return found[2] if found else None


# Money already raised or received ("we closed an $8M Series A", « on a levé 1,5 M$ »): history, not a sum sought.
_RAISED = re.compile(r"\b(?:raised|closed|completed|received|secured|leve|levee|levons|boucle\w*|obtenu|recu)\b"
                     r"(?:\s+\S+){0,2}\s*$")


# The company's own money put in ("$40,000 of our own equity", « 40 000 $ de mise de fonds »): not a sum sought
_OWN_MONEY = re.compile(r"\s*(?:of (?:our|my) own|in (?:our|my) own|de (?:mise de fonds|fonds propres|notre propre|nos propres)|"
                        r"(?:en|d') ?(?:mise de fonds|fonds propres|equite))")


def request(f: str) -> float | None:
    """The sum the company seeks or its project costs: the first amount of the question that is not its revenue
    (« un prêt de 100 000 $ », "a $4M project"), money already raised, nor its own put in; None when none is given."""
    amounts = _amounts(f)
    rev = _revenue_amount(f, amounts)
    return next((v for a in amounts if a != rev and (v := a[2]) >= 1000 and not _OWN_MONEY.match(f, a[1])
                 and not _RAISED.search(f[max(0, a[0] - 40):a[0]])), None)




# In business for ten years or more: an established company ("operating since 1998", « en affaires depuis 2005 »,
# "for over 20 years", « depuis des décennies »).
ESTABLISHED_YEARS = 10
_SINCE = _rx(r"(?:operating|in business|en affaires|en activite|founded|fondee?|incorporated|incorporee?|established|"
             r"etablie?s?|existe|existing|around|active?)\s+(?:[a-z]+\s+)?(?:since|depuis|in|en)\s+(?P<y>19[0-9]{2}|20[0-9]{2})")
_FOR = _rx(rf"(?:for|depuis|ca fait)\s+(?:over\s+|more than\s+|plus de\s+|pres de\s+|about\s+|around\s+|environ\s+)?"
           rf"{_N}\s+(?:years|ans)(?!\s+(?:old|ago))", r"(?:for|depuis|pendant)\s+(?:des\s+|several\s+|many\s+|plusieurs\s+)?"
           r"(?:decades|decennies)")


def established(f: str) -> bool:
    """The company says it has been in business for ESTABLISHED_YEARS years or more."""
    if any(date.today().year - int(m["y"]) >= ESTABLISHED_YEARS for m in _SINCE.finditer(f)):
        return True
    return any(m.groupdict().get("n") is None or _count(m["n"]) >= ESTABLISHED_YEARS for m in _FOR.finditer(f))
