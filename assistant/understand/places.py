"""Gazetteer: Québec municipalities → their administrative region (common.vocab.Region slugs); provinces and foreign
countries → codes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from assistant.understand.world import world
from common.lang import fold
from common.records import Program

# Names are written folded (lowercase, no accents, hyphens as in the usual spelling); the profile's patterns accept a
# space for a hyphen. The region names themselves are places too ("en Estrie", "in the Outaouais"), and so are the
# universities (« à l'Université Laval » is in Québec City, not in Laval; "at McGill" in Montréal).
_REGION_PLACES: dict[str, str] = {
    "montreal": "montreal|mtl|mcgill|concordia|uqam|l'universite de montreal|universite de montreal|university of montreal|udem|ville-marie|verdun|lachine|lasalle|saint-laurent|anjou|outremont|westmount|"
                "mont-royal|pointe-claire|dorval|kirkland|beaconsfield|dollard-des-ormeaux|cote-saint-luc|"
                "montreal-nord|rosemont|plateau-mont-royal|villeray|hochelaga|ahuntsic|"
                # boroughs and neighbourhoods a company gives as its address
                "saint-leonard|cote-des-neiges|notre-dame-de-grace|ndg|pierrefonds|riviere-des-prairies|mile end|"
                "griffintown|saint-henri|pointe-saint-charles|ile-des-soeurs|old montreal|vieux-montreal|technoparc",
    "capitale-nationale": "capitale-nationale|quebec city|ville de quebec|la ville de quebec|region de quebec|"
                          "la region de quebec|quebec city region|universite laval|"
                          "l'universite laval|laval university|"
                          "sainte-foy|charlesbourg|beauport|l'ancienne-lorette|saint-augustin-de-desmaures|"
                          "baie-saint-paul|la malbaie|portneuf|wendake|stoneham",
    "estrie": "estrie|sherbrooke|l'universite de sherbrooke|universite de sherbrooke|university of sherbrooke|magog|coaticook|lac-megantic|east angus|asbestos|val-des-sources|"
              "north hatley|lennoxville",  # First Nations and Inuit communities sit in their regions below
    "laval": "laval|chomedey|sainte-rose|vimont|auteuil|fabreville",
    "monteregie": "monteregie|longueuil|brossard|saint-hyacinthe|granby|saint-jean-sur-richelieu|chateauguay|"
                  "boucherville|saint-bruno-de-montarville|vaudreuil-dorion|kahnawake|akwesasne|salaberry-de-valleyfield|sorel-tracy|"
                  "beloeil|chambly|la prairie|candiac|saint-lambert|varennes|bromont|cowansville|"
                  "sainte-julie|mont-saint-hilaire|saint-constant|delson|greenfield park",
    "outaouais": "outaouais|uqo|kitigan zibi|gatineau|hull|aylmer|buckingham|chelsea|maniwaki|papineauville",
    "mauricie": "mauricie|uqtr|trois-rivieres|shawinigan|la tuque|louiseville|wemotaci|opitciwan",
    "saguenay-lac-saint-jean": "saguenay-lac-saint-jean|uqac|saguenay|lac-saint-jean|chicoutimi|jonquiere|la baie|alma|"
                               "roberval|dolbeau-mistassini|saint-felicien|mashteuiatsh",
    "bas-saint-laurent": "bas-saint-laurent|uqar|rimouski|riviere-du-loup|matane|amqui|mont-joli|trois-pistoles|"
                         "temiscouata",
    "chaudiere-appalaches": "chaudiere-appalaches|levis|saint-georges|thetford mines|montmagny|sainte-marie|"
                            "lac-etchemin|saint-romuald|beauce",
    "lanaudiere": "lanaudiere|terrebonne|repentigny|joliette|mascouche|l'assomption|berthierville|rawdon|"
                  "saint-lin-laurentides|manawan",
    "laurentides": "laurentides|saint-jerome|mirabel|blainville|boisbriand|sainte-therese|saint-eustache|"
                   "mont-tremblant|kanesatake|sainte-agathe-des-monts|deux-montagnes|rosemere|sainte-adele|lachute",
    "centre-du-quebec": "centre-du-quebec|drummondville|victoriaville|becancour|nicolet|plessisville|warwick|odanak|wolinak",
    "abitibi-temiscamingue": "abitibi-temiscamingue|uqat|abitibi|temiscamingue|rouyn-noranda|val-d'or|amos|"
                             "la sarre|lac-simon|pikogan",
    "cote-nord": "cote-nord|sept-iles|baie-comeau|port-cartier|fermont|havre-saint-pierre|forestville|uashat|mani-utenam|pessamit|essipit|natashquan",
    "nord-du-quebec": "nord-du-quebec|chibougamau|chapais|matagami|lebel-sur-quevillon|kuujjuaq|chisasibi|"
                      "nunavik|eeyou istchee|mistissini|waskaganish|waswanipi|kuujjuarapik|inukjuak|salluit",
    "gaspesie-iles-de-la-madeleine": "gaspesie-iles-de-la-madeleine|gaspesie|iles-de-la-madeleine|gaspe|"
                                     "sainte-anne-des-monts|carleton-sur-mer|new richmond|chandler|bonaventure|listuguj|gesgapegiag",
}

# Provinces and territories other than Québec, with their main cities; "QC" for Québec itself and "CA" for Canada.
_PROVINCE_PLACES: dict[str, str] = {
    "QC": "quebec|qc|province de quebec",
    "ON": "ontario|toronto|ottawa|waterloo|kitchener|hamilton|london ontario|mississauga|kingston",
    "AB": "alberta|calgary|edmonton",
    "BC": "colombie-britannique|british columbia|vancouver|victoria bc|burnaby|bc",
    "MB": "manitoba|winnipeg",
    "SK": "saskatchewan|saskatoon|regina",
    "NS": "nouvelle-ecosse|nova scotia|halifax",
    "NB": "nouveau-brunswick|new brunswick|moncton|fredericton",
    "NL": "terre-neuve|newfoundland|terre-neuve-et-labrador|st. john's",
    "PE": "ile-du-prince-edouard|prince edward island|charlottetown",
    "YT": "yukon|whitehorse",
    "NT": "territoires du nord-ouest|northwest territories|yellowknife",
    "NU": "nunavut|iqaluit",
    "CA": "canada",
}


def _alternation(names: str) -> str:
    """'trois-rivieres|quebec city' → a regex alternation where a hyphen or a space may separate words."""
    out = []
    for name in sorted(names.split("|"), key=len, reverse=True):
        out.append("[- ]".join(w.replace(".", r"\.") for w in name.replace("-", " ").split()))
    return "|".join(out)


# "Ottawa" also names the federal government, as the subject of what a government does ("how much did Ottawa commit",
# « Ottawa a annoncé ») or as an owner ("Ottawa's big innovation fund"; the city's are "the City of Ottawa's"):
# Canada there, the city in Ontario elsewhere ("a company from Ottawa").
_GOVERNS = (r"'s\s|(?:'s)?\s+(?:(?:19|20)\d\d\s+)?(?:a|has|had|have|will|would|va|veut|vient|commit\w*|invest\w*|announc\w*|annonc\w*|engag\w*|"
            r"vers\w*|financ\w*|fund\w*|spen[dt]\w*|depens\w*|offr\w*|offer\w*|giv\w*|gave|donn\w*|met|mis|pa(?:y|ie)\w*|"
            r"set|sets|earmark\w*|reserv\w*|prevoi\w*|prevu|allou\w*|allocat\w*|pledg\w*|"
            r"budget\w*|strateg\w*|plans?|programs?|government|gouvernement|federal|"
            # what a lender's guarantor does: "banks lend, Ottawa backs part of the loss", « Ottawa garantit »
            r"backs?|backed|guarante\w*|garanti\w*|cover\w*|couvr\w*|subsidi\w*|rembours\w*|support\w*|soutien\w*)(?![a-z])")
_OTTAWA = "ottawa"


# Ottawa the city is a place said as one: after a preposition of place or an article ("from Ottawa", « à Ottawa », "an
# Ottawa medtech"), or before what is located there ("Ottawa-based", "Ottawa hospitals"); else it is no place ("where
# your bank lends and Ottawa shares the risk": the government, whatever verb follows)
_AT = "|".join(rf"(?<=\b{w} )" for w in ("in", "from", "near", "at", "to", "a", "de", "en", "of", "an", "our", "around",
                                      "vers", "pres", "notre")) + "|(?<=d')"
_LOCATED = (r"(?=[- ](?:[a-z-]+ )?(?:based|area|region|startups?|compan\w*|medtech|healthtech|health-tech|biotech|firms?|business\w*|entreprises?|"
            r"pme|smes?|labs?|hospitals?|hopita\w*|universit\w*)\b)")


def _governing(code: str, alternation: str) -> str:
    """The province's alternation with Ottawa only where it is said as a place; Canada's with the federal government's
    Ottawa."""
    city = r"(?<=city of )|(?<=ville d')|(?<=ville de )"  # the city's own council: Ottawa the city
    if code == "CA":
        return f"{alternation}|(?<!city of )(?<!ville d')(?<!ville de ){_OTTAWA}(?={_GOVERNS})"
    return alternation.replace(_OTTAWA, f"(?:{city}){_OTTAWA}|(?:{_AT}){_OTTAWA}(?!{_GOVERNS})|{_OTTAWA}{_LOCATED}")


# (code, alternation), most specific first: administrative regions, then provinces, then Canada.
PLACES: list[tuple[str, str]] = [
    *((slug, _alternation(names)) for slug, names in _REGION_PLACES.items()),
    *((code, _governing(code, _alternation(names))) for code, names in _PROVINCE_PLACES.items()),
]
QUEBEC_REGIONS = frozenset(_REGION_PLACES)
# The administrative regions a metropolitan community spans (CMM around Montréal, CMQ around Québec City): a company in
# one of them can use services delivered in the community's central region, a short drive away.
METROPOLITAN: dict[str, frozenset[str]] = {
    "montreal": frozenset({"montreal", "laval", "monteregie", "lanaudiere", "laurentides"}),
    "capitale-nationale": frozenset({"capitale-nationale", "chaudiere-appalaches"}),
}
PROVINCES = frozenset(_PROVINCE_PLACES) - {"CA"}

# Foreign countries and the European Union, as a question or a bilateral program's name writes them (folded), with a few
# of their best-known cities and US states; then every other country pycountry names (world.py). English language names
# ("French", "in German" is rare) are left out: a question asked "in French" names no country; the French adjectives
# (« française », « allemand ») are countries.
_COUNTRY_PLACES: dict[str, str] = {
    "FR": "france|francaises?|paris|parisien|parisienne|parisiens|parisiennes|ile-de-france|lyon|marseille|toulouse|"
          "bordeaux|lille|nantes",
    "DE": "allemagne|germany|allemande?s?|german|berlin|munich|bavaria|baviere|bavarian|bavarois|bavaroise|bavaroises",
    "BE": "belgique|belgium|belge|belges|belgian|bruxelles|brussels|wallon|wallonne|wallonnes|wallons|wallonie|"
          "wallonia|flandre|flanders",
    "UK": "royaume-uni|united kingdom|uk|britain|british", "IL": "israel|israelien(?:ne)?s?|israeli|tel aviv|jerusalem",
    "JP": "japon|japan|japonaise?s?|japanese|tokyo|osaka", "CN": "chine|china|chinese",
    "KR": "coree du sud|south korea|korea|coree", "IN": "inde|india", "US": "etats-unis|united states|usa|u.s.a.|u.s.|the us|"
    "americaine?s?|american|californie|california|massachusetts|delaware|boston|new york|silicon valley|san francisco|texas|"
          "nih|national institutes of health|houston|austin|texan|miami|florida|floride|pittsburgh|seattle|chicago",
    "CH": "suisse|switzerland|swiss|zurich|geneve|geneva|lausanne|bale|basel", "IT": "italie|italy|italian", "ES": "espagne|spain",
    "NL": "pays-bas|netherlands|dutch", "SE": "suede|sweden|swedish", "SG": "singapour|singapore",
    "AU": "australie|australia|australian|australien|australienne|australiens|sydney|melbourne",
    "BR": "bresil|brazil", "MX": "mexique|mexico", "MA": "maroc|morocco|marocaine?s?|moroccan|casablanca|rabat",
    "EU": "europe|european|europeen(?:ne)?s?|union europeenne",
}
HAND_CODES = frozenset(_COUNTRY_PLACES) | {"GB"}  # the hand table's codes (GB is its UK); the world fills the rest
_COUNTRY_PLACES |= {code: names for code, (_, _, names) in world(HAND_CODES).items()}
EUROPE = frozenset({"EU", "FR", "DE", "BE", "UK", "IT", "ES", "NL", "SE", "CH"})
COUNTRY_ALTERNATIONS: list[tuple[str, str]] = [(code, _alternation(names)) for code, names in _COUNTRY_PLACES.items()]
ABROAD = "|".join(alts for _, alts in COUNTRY_ALTERNATIONS)  # foreign countries and their best-known cities, as one alternation
COUNTRIES: list[tuple[str, re.Pattern[str]]] = [
    (code, re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")) for code, alts in COUNTRY_ALTERNATIONS]
# Any of them: most messages name no foreign place, and one search spares the ~250 of each country
ANY_COUNTRY = re.compile(r"(?<![a-z])(?:" + "|".join(alts for _, alts in COUNTRY_ALTERNATIONS) + r")(?![a-z])")


# "French" is a language too ("in French"): a country only before an organisation or a market ("a French company").
_FRENCH = re.compile(r"(?<![a-z])french[- ](?=(?:compan|partner|firm|start|sme|government|consortium|collaborat|"
                     r"hospital|universit|investor|market|client|customer|distributor|lab|group|subsidiar)\w*)")


# "US" is a pronoun too ("help us"): the country only before a market, a buyer or a regulator ("US hospitals").
_US = re.compile(r"(?<![a-z])us[- ](?=(?:hospitals?|customers?|clients?|health ?systems?|healthcare|payers?|"
                 r"buyers?|distributors?|fda|expansion)(?![a-z]))")
_ALSO = {"FR": _FRENCH, "US": _US}  # names that are also a language or a pronoun: countries only in these places


def countries(folded: str) -> list[str]:
    """The foreign countries (codes) a folded text names, in the table's order."""
    if not ANY_COUNTRY.search(folded):
        return [code for code, pat in _ALSO.items() if pat.search(folded)]
    return [code for code, pat in COUNTRIES if pat.search(folded) or (code in _ALSO and _ALSO[code].search(folded))]


def with_europe(codes: Iterable[str]) -> frozenset[str]:
    """The countries, with the European ones when Europe itself is named."""
    codes = frozenset(codes)
    return codes | (EUROPE if "EU" in codes else frozenset())


def program_countries(p: Program, europe: bool = True) -> frozenset[str]:
    """The foreign countries a bilateral program's name gives (« Programme industriel France-Québec » → FR) or its
    record declares (`countries`), with the European ones when it names Europe (unless `europe` is False)."""
    declared = frozenset(p.countries)
    return _name_countries(f"{p.name.fr} {p.name.en}", europe) | (with_europe(declared) if europe else declared)


@cache
def _name_countries(names: str, europe: bool) -> frozenset[str]:
    named = countries(fold(names))
    return with_europe(named) if europe else frozenset(named)
