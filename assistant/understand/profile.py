"""Rule-based reading of what one message says about the asker (stage, sectors, needs, region, size, status)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from assistant.models import Lang, Profile
from assistant.understand import asker, business, groups, level, sector_words, size
from assistant.understand.institutions import institutions
from assistant.understand.names import names_rx
from assistant.understand.needs import NEEDS as _NEEDS
from assistant.understand.places import PLACES, QUEBEC_REGIONS, countries
from assistant.understand.stated import need_hit as _need_hit
from assistant.understand.text import MOVE as _MOVE
from assistant.understand.text import PRET as _PRET
from assistant.understand.text import TARGET as _TARGET
from assistant.understand.text import WISH as _WISH
from assistant.understand.text import clause as _clause
from assistant.understand.text import hits as _hits
from assistant.understand.text import negated as _negated
from assistant.understand.text import norm as _norm
from assistant.understand.text import rx as _rx
from common.lang import detect
from common.vocab import Need, Stage

# Choices (documented; the tests pin them):
# - Patterns run over `_norm(text)`: typographic apostrophes made plain, then lang.fold (lowercase, no accents).
# - A term preceded, in the same clause, by a negation (pas, non, no, not, sans, without, aucun, ni, n't…) with at
#   most two words between is ignored; "not only" / « pas seulement » is not a negation; "but" / « mais » ends a clause.
# - Stage: the first non-negated mention wins. "pre-revenue" / « pas de revenus » sets revenue = 0 but NOT the
#   stage: in life sciences companies stay pre-revenue through Series B, so the stage would be a guess.
#   « démarrage », "startup", « jeune pousse » are not stages. Bare « idée » / "mature" / "scale up" (verb) are too
#   loose: only « stade de l'idée », « juste une idée », "idea stage", "mature company", « PME mature », "scale-up".
# - Region needs a phrase about the company: a preposition (au, en, à, in, dans), "startup from X", "X-based" or
#   « entreprise québécoise »; names (Investissement Québec, Génome Québec, Montréal International, "a Quebec grant")
#   never set it, nor targets ("exporter en Ontario"). MTL beats QC (more precise), a province beats CA.
# - Employees: a staff count ("12 employés", "team of 12", "12-person team", "12 people" unless about users or
#   patients); the first one not about hiring wins. Founders count only when no staff count is given; "no
#   employees" gives 0 only when neither is given.
# - Revenue: the amount nearest a revenue word, within 30 characters of its clause; numbers under 1000, years: none.
# - Flags: a negative statement wins over a positive one (safer for eligibility); "not a startup" does not make a
#   company non-profit, but "not incorporated", « pas une SPCC », « sans partenaire » and "not in an incubator" do
#   set their flag to False. has_partner / in_incubator are not set by wishes ("we are looking for a partner").
# - Request: the first amount of the question that is not its revenue (the sum sought or the project's cost); a
#   program whose smallest award is above it does not fit.
# - Countries: foreign countries named (« un partenaire japonais », "a European consortium"); a bilateral program
#   for another country does not fit. Language names ("in French") are not countries.
# - Academic: the asker says she is a researcher, postdoc or student, or names her research director; she can apply
#   to researchers' programs herself. "I'm a postdoc" is who asks, not a talent need.
# - Software: whether the company's own business is software (business.py); a clinic network or a manufacturer
#   adopting AI tools is not a software publisher.

_STAGES: list[tuple[Stage, re.Pattern[str]]] = [
    (Stage.pre_seed, _rx(r"pre[- ]?(?:amorcage|seed|demarrage)", r"(?:stade|etape|phase)\s+(?:de\s+)?(?:l'|d')?idee",
                         r"idea[- ]stage", r"(?:juste|seulement|qu')\s*une\s+idee", r"(?:just|only)\s+an\s+idea",  # and a company set up last month
                         r"(?:incorpor|constitu|fond|found|launch|lanc)\w* (?:\w+ ){0,5}?(?:le mois (?:passe|dernier)|last month|la semaine (?:passee|derniere)|last week)", r"(?:viens|vient|venons|venez|just) (?:d'|de )?(?:incorporer|constituer|fonder|incorporated|founded)")),
    (Stage.seed, _rx(r"(?<!pre-)(?<!pre )(?:amorcage|seed)", r"(?:ronde|tour) de demarrage",
                     r"pre[- ]?(?:series?|ronde|round)[- ]?a\b")),  # "pre-Series A": raising towards it, seed-stage
    (Stage.series_a, _rx(r"(?<!pre-)(?<!pre )(?<!pre)(?:series?|ronde|round)[- ]?a(?!\s+(?:ete|eu|permis|pris|lieu|commence|debute)\b)(?!')")),
    (Stage.series_b_plus, _rx(r"(?:series?|ronde|round)[- ]?[b-f](?:\+|(?!')(?![a-z0-9]))")),
    (Stage.growth, _rx(r"(?<!notre )(?<!sa )(?<!leur )croissance", r"scale-?ups?", r"(?<!our )(?<!its )(?<!their )growth")),
    # not a partner described ("a large established organization", « une grande entreprise établie »)
    (Stage.established, _rx(r"(?<!grande )(?<!grandes )(?:pme|entreprise|societe|compagnie|pharma|biotech|medtech|firme)s?\s+(?:bien\s+)?(?:etablie|mature)s?",
                            r"bien etablie?s?", r"well[- ]established", r"mature\s+(?:company|business|firm|sme|stage)",
                            r"(?<!large )(?<!big )(?<!larger )(?<!other )established(?!\s+(?:in|at|since|on|by|under|en|au|a|with|that|"
                            r"organi[sz]ations?|partners?|players?|institutions?|hospitals?|corporations?|multinationals?)\b)")),
]


_DET = re.compile(r"(?:\b(?:un|le|les|des|du|de|en|au|aux|ce|ces|notre|votre|nos|vos|leur|son|sa|ses|mon|ma|mes|quels?|quelles?)\s+|d')"
                  r"(?:(?:petit|gros|grand|nouveau|premier|second|deuxieme|bon|autre)s?\s+)?$")  # « un petit prêt »
_READY = re.compile(r"\s+(?:(?:a|pour)\s+(?!notre\b|votre\b|leur\b)[a-z]+(?:er|ir|re)\b|pour\s+(?:(?:la|le|les)\s|l'))")  # ready to / for
_ADJ = re.compile(r"\b(?:suis|sommes|etes|est|sont|etre|serons|serions|serait|seront|sera|etions|etait|fin|deja|"
                  r"presque|bientot|pas|encore)\s+$")


def _loan_noun(f: str, m: re.Match[str]) -> bool:
    """« prêt » the loan, not the adjective: « un prêt » yes, « prêts à lever », « médicament prêt pour la phase 1 » no."""
    before = f[max(0, m.start() - 20):m.start()]
    if _DET.search(before):
        return True
    return not _ADJ.search(before) and not _READY.match(f[m.end():])


_PLACES = PLACES  # (code, alternation): administrative-region slugs, then province codes, then CA
_ADJS = [("montreal", r"montrealais"), ("estrie", r"sherbrookois"), ("outaouais", r"gatinois"), ("laval", r"lavallois"), ("monteregie", r"longueuillois"), ("mauricie", r"trifluvien"), ("chaudiere-appalaches", r"levisien"), ("bas-saint-laurent", r"rimouskois"), ("saguenay-lac-saint-jean", r"sagueneen"), ("QC", r"quebecois"), ("ON", r"ontarien"), ("AB", r"albertain"), ("CA", r"canadien")]
_COMPANY = (r"(?:entreprise|startup|start-up|pousse|pme|societe|compagnie|boite|biotech|medtech|healthtech|health-tech|pharma|firme|equipe|organisme|"
            r"obnl|sommes|suis|fabricant|manufacturier|cliente?|labo|laboratoire)s?")
# where the product is used or sold is a market, not where the company is ("already used in Ontario", « vendue en Ontario »)
_MARKET = "".join(f"(?<!{w} )" for w in ("used", "sold", "deployed", "installed", "sell", "sells", "selling", "utilise", "utilisee",
                                          "utilisees", "utilises", "vendu", "vendue", "vendus", "vendues", "deploye", "deployee", "installee"))
_NOT_ORG = (r"(?![- ](?:program|programme|grant|tax|credit|fund|government|gouvernement|agency|initiative|incentive|"
            r"subsid|loan|innovation|international|invivo|inc\b))")
_REGIONS: list[tuple[str, re.Pattern[str]]] = [
    (code, _rx(rf"{_MARKET}(?:(?:au|aux|en|a|in|dans|within|around|near|close to|pres de|autour de|proche de|local to|locale?s? (?:a|au))\s+"
               rf"(?:(?:la |the |le |l')?(?:(?:ville|province|region|city|borough) (?:de |of )|arrondissement |quartier |ville )?)?|"
               rf"(?:startup|start-up|company|firm|business|team|sme|spin-?off|spin-?out)s?\s+from\s+(?:the\s+)?)(?:{places}){_NOT_ORG}",
               rf"(?:{places})[- ]based",
               # « Entreprise de Sherbrooke », « petite biotech de Gaspé », « une PME de la Montérégie »
               rf"{_COMPANY}\s+(?:[a-z'-]+\s+){{0,2}}?(?:de\s+|d'|du\s+)(?:la\s+|l')?(?:{places}){_NOT_ORG}",
               # "a Montreal digital-health company", "Montreal biotech, 20 employees": a place as the company's adjective
               rf"(?:(?:a|an|our|my|the)\s+(?:[a-z0-9-]+,?\s+){{0,2}}|(?:^|(?<=[.!?] ))(?:(?!(?:which|what|whose|any|is|are|do|does|for|quel(?:le)?s?|les?|la|des|pour)\b)[a-z0-9-]+\s+){{0,2}}?)"
               rf"(?:{places})\s+(?:(?!(?:ou|or|et|and|vs)\s)[a-z-]+\s+){{0,2}}?"
               r"(?:startup|start-up|company|firm|business|sme|biotech|medtech|healthtech|health-tech|maker|manufacturer|scale-?up|spin-?off|saas|platform|software|app|team|lab|clinic)s?"))
    for code, places in _PLACES
] + [(code, _rx(rf"{_COMPANY}\s+(?:[a-z'-]+\s+){{0,2}}?{adj}(?:e|ne)?s?")) for code, adj in _ADJS] + [
    ("CA", _rx(r"canadian\s+(?:[a-z-]+\s+)?(?:startup|company|firm|sme|business|biotech|medtech)s?"))] + [
    # a bare Québec place in a list of facts (« (2 employés, Gatineau) », "Rimouski, 3 people") or asked last ("Same for Gatineau?")
    (code, re.compile(rf"(?:\(|,\s*|^|[.!?;:]\s+|(?:employes|employees|personnes|people|staff|for|pour|about)\s+)(?:{places})(?=\s*[(),.;?]|$)")) for code, places in _PLACES if code in QUEBEC_REGIONS]

# "relocating to Montréal", "moving our HQ from Boston to Sherbrooke": a Québec place the company moves to (MOVE)
_MOVED_TO = [(code, _rx(rf"to\s+(?:{places}){_NOT_ORG}")) for code, places in _PLACES if code in QUEBEC_REGIONS]

_INCUB = r"(?:incubat(?:eur|or)|accelerat(?:eur|or))s?"
# name: (yes, no, whether a negated "yes" counts as "no")
_FLAGS: dict[str, tuple[re.Pattern[str], re.Pattern[str], bool]] = {
    "incorporated": (
        _rx(r"incorpore(?:e|s|es)?(?!\s+(?:dans|into|within|a (?:nos|notre|la|l')))", r"incorporated(?!\s+into)",
            r"constitue(?:e|s|es)? (?:en (?:societe|personne morale)|au (?:federal|quebec|provincial)|il y a|depuis|"
            r"en (?:19|20)\d\d|l'an|l'annee)", r"inc\.?", r"ltee", r"ltd", r"(?:viens|vient|venons|venez|venait|venions) d'incorporer"),
        _rx(r"entreprise individuelle", r"sole proprietor(?:ship)?", r"unincorporated", r"travailleu(?:r|se) autonome",
            r"non[- ]incorpore(?:e|s|es)?"), True),
    "for_profit": (
        _rx(r"entreprises?", r"compagnies?", r"start-?ups?", r"jeunes? pousses?", r"compan(?:y|ies)", r"pme", r"smes?", r"(?:ma|notre|une|petite) boite",
            r"for[- ]profit", r"a but lucratif", r"societes? par actions"),
        _rx(r"obnl", r"osbl", r"(?:organisme|organisation)s? (?:a|sans) but (?:non )?lucratif", r"sans but lucratif",
            r"a but non lucratif", r"non-?profits?", r"not[- ]for[- ]profit", r"charit(?:y|ies)",
            r"organismes? de bienfaisance"), False),
    "canadian_controlled": (
        _rx(r"ccpc", r"spcc", r"(?:controlee?s?|detenue?s?) par des canadiens", r"canadian[- ]controlled",
            r"sous controle canadien", r"canadian[- ]owned"),
        _rx(r"filiale (?:d'une|d'un|of an?) (?:[a-z]+ )?(?:multinationale|multinational|etrangere|foreign|americaine)",
            r"subsidiary of an? (?:[a-z]+ )?(?:foreign|us|u\.s\.|american|multinational)", r"(?:us|american)[- ]owned",
            r"foreign[- ](?:controlled|owned)", r"sous controle etranger", r"controlee?s? par des (?:etrangers|americains)"),
        True),
    "has_partner": (
        _rx(r"(?:avec|with)\s+(?:un|une|a|an|des|notre|nos|our)\s+(?:[a-z]+\s+){0,2}(?:partenaires?|partners?)",
            r"en (?:partenariat|collaboration) avec", r"in (?:partnership|collaboration) with", r"partnered with",
            r"(?:notre|nos|our)\s+(?:[a-z]+\s+)?(?:partenaires?|partners?)"),
        _rx(r"(?:sans|aucun|without|no)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:partenaires?|partners?)",
            r"pas de partenaires?"), True),
    "in_incubator": (
        _rx(r"incube(?:e|s|es)?", r"(?<!get )(?<!be )(?<!getting )(?<!being )incubated", rf"(?:dans|in|within)\s+(?:un|une|an|a|l'|notre|our)\s+{_INCUB}",
            rf"(?:notre|our)\s+{_INCUB}", rf"(?:joining|joined|entering|entered|rejoint|rejoignons|integre|integrons)"
            rf"\s+(?:un|une|an|a|the|l')\s+(?:[a-z'-]+\s+)?{_INCUB}",
            ),
        re.compile(r"(?!x)x"), True),
}


def _first(f: str, table: list[tuple[Stage, re.Pattern[str]]]) -> Stage | None:
    found = [(pos, i) for i, (_, rx) in enumerate(table) for pos in _hits(f, rx)[:1]]
    return table[min(found)[1]][0] if found else None


_QC_PLACES = "|".join(places for code, places in _PLACES if code in QUEBEC_REGIONS)
_EITHER_REGION = re.compile(rf"(?<![a-z])(?:{_QC_PLACES})\s+(?:or|ou)\s+(?:a\s+|in\s+|en\s+)?(?:{_QC_PLACES})(?![a-z])")
_CITY_OF_QUEBEC = re.compile(r"(?<![\w-])à\s+qu[ée]bec(?![\w-])", re.IGNORECASE)  # « à Québec » is the city
# « quel organisme québécois… », « quelle entreprise montréalaise… »: a body asked about, before the company noun
_WHICH_BODY = re.compile(r"\b(?:quel(?:le)?s?|which)\s+$")
# a place said of the service sought (« y a-t-il un service au Québec qui… », "some service in Quebec that…")
_THING_AT = re.compile(r"\b(?<!head )(?<!our )(?<!nos )(?<!notre )(?:services?|organismes?|offices?|bureaux?)\s+(?:(?:au|en|in|a|at|dans)\s+(?:la |le |l')?)?$")
# « une PME de Québec », « nous sommes de Québec »: the city (the province is « du Québec »)
_COMPANY_OF_QUEBEC_CITY = re.compile(rf"{_COMPANY}\s+(?:[a-z'-]+\s+){{0,3}}?de\s+quebec(?![a-z-])")


# Where the company says it is: « nous on est au Saguenay », "we're based in Sherbrooke" (not « c'est pour Montréal »)
_WE_ARE = re.compile(r"\b(?:on est|on reste|nous sommes|on habite|we are|we're|we're based|we are based|based|situee?s?|"
                     r"etablie?s?)\s+(?:(?:a|au|aux|en|dans|in|at|out of|from|de)\s+(?:la |le |l'|the )?)?$")
_NO_REVENUE = re.compile(r"\b(?:sans|without|no|pas de|aucun) (?:revenus?|revenues?|chiffre d'affaires|ventes|sales)\b")


def _region(f: str, raw: str = "") -> str | None:
    """The most precise place the company is in: an administrative region, else a province, else Canada."""
    f = _NO_REVENUE.sub(lambda m: "x" * len(m.group(0)), f)  # « sans revenus au Québec »: the revenue is negated
    found = []
    for code, rx in _REGIONS:
        for m in rx.finditer(f):
            at = m.end() - len(m.group().lstrip("(,.!?;: "))  # the place's words, after the mark a bare one follows
            if _negated(f, at) or (_WHICH_BODY.search(f[max(0, at - 12):at]) and re.match(_COMPANY, f[at:])) or \
                    _THING_AT.search(f[max(0, at - 25):at]):
                continue  # « quel organisme québécois… »: the body asked about, not where the company is
            if code in QUEBEC_REGIONS and (_MOVE.search(_clause(f, at)) or _WE_ARE.search(f[max(0, at - 30):at])):
                found.append((-1, at, code))  # where the company settles or says it is outranks other places
            elif not _TARGET.search(_clause(f, at)):  # "We sell to clinics. Montréal, 14 employees": a new sentence
                found.append((0 if code in QUEBEC_REGIONS else 2 if code == "CA" else 1, at, code))
    found += [(-1, m.start(), code) for code, rx in _MOVED_TO for m in rx.finditer(f)
              if _MOVE.search(_clause(f, m.start())) and not _negated(f, m.start())]
    for m in [*_CITY_OF_QUEBEC.finditer(raw), *_COMPANY_OF_QUEBEC_CITY.finditer(f)]:
        if _MOVE.search(_clause(f, m.start())) or not _TARGET.search(_clause(f, m.start())):
            found.append((-1 if _MOVE.search(_clause(f, m.start())) else 0, m.start(), "capitale-nationale"))
    if found and min(found)[0] <= 0 and _EITHER_REGION.search(f):
        return "QC"  # "around Laval or Montreal", « à Laval ou à Montréal »: in Québec, in one of two regions
    return min(found)[2] if found else None


def _flag(f: str, name: str) -> bool | None:
    yes, no, flip = _FLAGS[name]
    pos = [m.start() for m in yes.finditer(f) if name not in ("has_partner", "in_incubator")
           or not _WISH.search(_clause(f, m.start()))]
    if _hits(f, no) or (flip and any(_negated(f, p) for p in pos)):
        return False
    return True if any(not _negated(f, p) for p in pos) else None


def _incubated(f: str, incubators: tuple[str, ...]) -> bool:
    """« accompagnée par Centech », "part of NEXT AI": the company is in one of the named incubators/accelerators."""
    names = names_rx(incubators)
    if names is None:
        return False
    lead = re.compile(r"(?:accompagne(?:e|s|es)?\s+par|part of|membres?\s+(?:de|du|d')|au sein (?:de|du|d')|participons a|"
                      r"dans|in|incube(?:e|s|es)?\s+(?:au|a|chez|par)|incubated (?:at|by))\s*(?:(?:la|the)\s+(?:cohorte|cohort)"
                      r"\s+(?:de|du|d'|of)?\s*)?(?:le |la |l'|the )?$")
    return any(lead.search(f[max(0, m.start() - 60):m.start()]) and not _negated(f, m.start())
               and not _WISH.search(_clause(f, m.start())) for m in names.finditer(f))


def infer(text: str, default_language: str = "fr", incubators: Sequence[str] = ()) -> Profile:
    """What one message says about the asker; anything it does not say stays None / [].
    `incubators`: names and aliases of the corpus's incubators and accelerators (« accompagnée par Centech »)."""
    f = _norm(text)
    lang: Lang = "en" if detect(text, "en" if default_language == "en" else "fr") == "en" else "fr"
    loan, own = _loan(f), asker.audience(f)  # the asker's own groups: her audience, and not groups asked about
    needs = _needs(f, loan) if (plain := _EXAMPLE.sub(" ", f)) == f else list(dict.fromkeys([*_needs(f, loan), *_needs(plain, loan)]))
    in_incubator = _flag(f, "in_incubator")
    if in_incubator is None and _incubated(f, tuple(incubators)):
        in_incubator = True
    return Profile(
        language=lang, stage=_first(f, _STAGES) or (Stage.established if size.established(f) else None),
        sectors=sector_words.sectors(f), needs=needs,
        region=_region(f, text), employees=size.employees(f), revenue=size.revenue(f),
        request=size.request(f), countries=countries(f),
        incorporated=_flag(f, "incorporated"), for_profit=_flag(f, "for_profit"),
        canadian_controlled=_flag(f, "canadian_controlled"), has_partner=_flag(f, "has_partner"),
        in_incubator=in_incubator, founder_age=asker.founder_age(f), audience=own, groups_asked=groups.asked_groups(f, own),
        instruments=asker.instruments(f, loan), excluded=asker.excluded(f), academic=asker.academic(f), software=business.software(f),
        institutions=institutions(f), government=level.asked_government(f, [[_norm(c) for c in need_clauses(x, needs, _ITEM_BREAK)]
                                                                    for x in _SENTENCE.split(text)]),
    )


# An example set between commas ("the public network, say the CIUSSS de l'Estrie, to adopt it"): read without it too
_EXAMPLE = re.compile(r",\s*(?:say|like|e\.?g\.?|for example|for instance|such as|genre|comme|par exemple|disons|mettons|notamment)\s+[^,.;?!]{1,60},\s*")


def _loan(f: str) -> bool:
    return any(_loan_noun(f, m) and not _negated(f, m.start()) for m in _PRET.finditer(f))


# Selling or a market, read with a foreign country the message names: « vendre à des hôpitaux de Boston » is export.
_SELLING = re.compile(r"\b(?:vendre|vendons|vente|ventes|clients?|clientele|marches?|sell|selling|sales|customers?|"
                      r"markets?)\b")


def _needs(f: str, loan: bool) -> list[Need]:
    texts = dict.fromkeys([f, _ASIDE.sub("", f)])  # "the public network (CISSS/CIUSSS) to adopt it": the aside left out too
    out = [n for n, rx in _NEEDS if any(_need_hit(t, n, m) for t in texts for m in rx.finditer(t)) or (n is Need.loan and loan)]
    if Need.export not in out and _SELLING.search(f) and countries(f):
        out = [n for n, _ in _NEEDS if n in out or n is Need.export]  # in the patterns' order, like the others
    return out


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s+|,?\s+\b(?:and|et|ainsi que|as well as|plus|puis|pis|then)\s+")
_ITEM_BREAK = re.compile(r",\s+|" + _CLAUSE_BREAK.pattern)  # the items of a list of needs too
_SENTENCE = re.compile(r"(?<=[.;!?])\s+")


def need_clauses(text: str, asked: Collection[Need], breaks: re.Pattern[str] = _CLAUSE_BREAK) -> list[str]:
    """The parts of a message that each ask for some of the `asked` needs, when they ask for different ones (« des
    subventions pour la R-D et des stagiaires »: two parts), so that each can be searched on its own; else empty."""
    parts: list[tuple[str, frozenset[Need]]] = []
    if len(set(asked)) < 2:  # one need or none: nothing to split (and no reading on every question)
        return []
    for part in breaks.split(text):
        f = _norm(part)
        needs = frozenset(_needs(f, _loan(f))) & frozenset(asked)
        if needs:
            parts.append((part.strip(), needs))
    return [p for p, _ in parts] if len({n for _, n in parts}) > 1 else []


def merge(base: Profile, update: Profile) -> Profile:
    """`base` after a follow-up: set scalars and non-empty lists of `update` replace those of `base`."""
    changes: dict[str, object] = {}
    for name in Profile.model_fields:
        value = getattr(update, name)
        if value and isinstance(value, list):
            changes[name] = list(value)
        elif value is not None and not isinstance(value, list):
            changes[name] = value
    return base.model_copy(update=changes, deep=True)
