"""What the company's own business is: software (design, publishing) or care, manufacturing and research services."""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.understand.text import hits, rx
from common.vocab import Sector

# Choices (the tests pin them):
# - Software: the company makes, sells or publishes software ("we develop software for clinics", "a SaaS company",
#   « éditeur de logiciels », « notre logiciel »). It wins over any other description: a company selling
#   clinic-management software is a software company even though it names clinics.
# - Not software: the company runs clinics, pharmacies or residences (« réseau de 12 cliniques », "our clinics"),
#   manufactures (« fabricant », "manufacturer", "our production lines", « nous fabriquons »), or sells research
#   services (a CRO). Adopting AI tools does not make such a company a software publisher.
# - Otherwise unknown: an "AI startup" or a biotech may or may not publish software.

_DEV = r"(?:develop|build|design|sell|publish|licens|concev|vend|commercialis|edit)\w*"
_SOFTWARE = rx(rf"{_DEV}\s+(?:[a-z'-]+\s+){{0,4}}(?:logiciels?|software|saas|applications? (?:web|mobiles?))",
               r"(?:software|saas)[- ](?:company|companies|startup|start-up|firm|business|vendor|publisher|editor)",
               r"(?:entreprise|societe|jeune pousse|startup|start-up|editeur|boite|compagnie|firme|pme)s? (?:de |du |en )?logiciels?",
               r"(?:notre|nos|our) (?:[a-z-]+ )?(?:logiciels?|software|saas)", r"saas")
_OTHER = rx(r"(?:reseau|chaine|groupe|network|chain|group) (?:de |d'|of )(?:[0-9]+ )?(?:cliniques?|clinics?|pharmacies?|"
            r"residences?|laboratoires?|labs?|centres? de soins)",
            r"(?:nos|our) (?:[0-9]+ )?(?:[a-z-]+ )?(?:cliniques|clinics|pharmacies|residences)",
            r"(?:exploit|operat|run|gere|geron|possed|own)\w* (?:[0-9]+ )?(?:[a-z-]+ )?(?:cliniques|clinics|pharmacies|residences)",
            r"(?:fabricant|manufacturier|manufacturiere|manufacturer|manufacturing company|usine)s?",
            r"(?:nous|we|qui|that|which) (?:[a-z]+ (?:et|and) )?(?:fabriqu|manufactur)\w*",
            r"(?:pharmacy|clinic|physiotherapy|dental|medical) (?:chain|network|group)s?",
            r"(?:nos|our) (?:usines?|plants?|lignes? de production|production lines?)",
            r"cros?", r"contract research organi[sz]ations?", r"(?:organisations? de )?recherche contractuelle")


def software(f: str) -> bool | None:
    """Whether the company's own business is software, from folded text; None when the question does not say."""
    if hits(f, _SOFTWARE):
        return True
    return False if hits(f, _OTHER) else None


# A business outside the corpus's field (2026-12-03): food service, farming, construction and trades, transport,
# retail, personal services, lodging and tourism, arts and entertainment, resources, real estate. Such a company asks
# about programs for its trade, which the corpus does not hold, unless the message also states a life-science or
# health-technology sector (an agri-food biotech is a biotech). AI alone does not bring it in (2026-12-05): a winery or
# a trucker adopting AI is not an AI × health company, the users Boussole serves and its corpus is chosen for, though a
# few general programs would take it (every scope set our helpers wrote files it off-topic, as the fintech case of
# 2026-12-04 already was). Health work in so many words keeps it in: "AI software for hospital restaurants".
# Written on our own scope probes (half A of a fresh set); checked on half B and the calibration set.
OTHER_SECTOR = rx(
    r"restaurants?", r"boulangeries?", r"bakery", r"bakeries", r"patisseries?", r"cafes?", r"bars? (?:laitier|a vin|"
    r"sportif)", r"(?:micro)?brasseries?", r"(?:micro)?brewer(?:y|ies)", r"vignobles?", r"vineyards?", r"winer(?:y|ies)",
    # a farm with its determiner or its kind: « a fermé », « est fermé » (closed) fold to the same word
    r"(?:une|la|ma|notre|nos|des|les|sa|ses|leur|leurs|votre|vos|de|d') ?fermes?", r"fermes? (?:laitieres?|porcines?|"
    r"maraicheres?|bovines?|agricoles?|familiales?)", r"(?<!server )(?<!render )(?:dairy |hog |cattle |vegetable )?farms?",
    r"erablieres?", r"maple syrup", r"agriculteurs?", r"farmers?", r"agricoles?", r"agricultur\w*", r"restauration(?! d)",
    r"(?:entreprise|compagnie) (?:de |en )(?:construction|toiture|plomberie|renovation|paysagement|demenagement|"
    r"camionnage|transport|nettoyage|entretien menager)", r"couvreurs?", r"roofing", r"plumbing", r"plombiers?",
    r"contracteurs?", r"entrepreneurs? generaux", r"general contractors?", r"construction (?:company|firm|contractor)s?",
    r"landscaping", r"paysagistes?", r"camionnage", r"trucking", r"moving company", r"demenageurs?",
    r"salons? de (?:coiffure|beaute|bronzage)", r"hair salons?", r"barbershops?", r"barber shops?", r"coiffeu(?:r|se)s?",
    r"boutiques? de (?:vetements|mode|chaussures)", r"clothing (?:store|boutique|brand)s?", r"fashion (?:boutique|brand|"
    r"label)s?", r"depanneurs?", r"convenience stores?", r"quincailleries?", r"hardware stores?",
    r"hotels?(?![- ]dieu)", r"auberges?", r"gites?", r"(?:ski resort|centre de ski|station de ski)s?", r"campings?",
    r"agences? de voyages?", r"travel agenc(?:y|ies)",
    r"(?<!operating )theatres?", r"(?<!operating )theaters?", r"troupes? de theatre", r"theatre compan(?:y|ies)", r"maisons? de disques?",
    r"record labels?", r"music labels?", r"labels? (?:de musique|musica(?:l|ux)|de disques?)", r"film production", r"production (?:cinematographique|de films)", r"galeries? d'art", r"art galler(?:y|ies)",
    r"minieres?", r"(?<!data )(?<!text )(?<!process )mining", r"mineral exploration", r"eco-?lodges?", r"(?:hunting|fishing) lodges?",
    r"hiking trails?", r"sentiers? de randonnee", r"pourvoiries?", r"outfitters?", r"scieries?", r"sawmills?", r"forestieres?", r"forestry", r"pecheries?",
    r"garderies?", r"daycares?", r"tutorat", r"tutoring", r"marques? de cosmetiques", r"cosmetics (?:brand|line|company)s?",
    r"(?:organisation|planification) de mariages", r"wedding (?:planning|planners?)", r"event planning", r"(?:cleaning|janitorial) compan(?:y|ies)", r"immobili(?:er|ere)s?", r"real estate",
    r"video ?games?", r"jeux? video", r"crypto(?:currenc\w*|monnaies?|s)?", r"bitcoin", r"blockchain",
    r"fintechs?", r"insurtechs?", r"proptechs?", r"edtechs?", r"legaltechs?", r"cleantechs?",
    r"video production", r"production video", r"maisons? de production", r"(?:game|gaming) (?:studio|development|developer)s?", r"studios? de jeux",
    r"imprimeries?", r"printing (?:shop|company|business)s?", r"print shops?", r"ateliers? d'usinage", r"machin(?:e|ing) shops?",
    r"aerospatiale", r"aerospace", r"garages? (?:automobile|de mecanique)", r"auto repair", r"concessionnaires? (?:automobiles?|auto)", r"car dealerships?")


# Health work in words, for an AI company whose clients are in another trade (« restaurants d'hôpitaux »)
_HEALTH_WORK = rx(r"sante", r"health", r"hopita(?:l|ux)", r"hospitals?", r"patients?", r"cliniques?", r"clinics?",
                  r"clinical", r"medica(?:l|ux|le|les)", r"soins")


def other_sector(f: str, sectors: Collection[Sector] = ()) -> bool:
    """The message names a business outside the corpus's field (folded text; see OTHER_SECTOR) and, of the `sectors`
    it states, none but AI; or asks for that trade's own support, whatever the company's field ("Which agriculture
    programs can we apply to?", « des programmes pour l'industrie forestière »)."""
    asked = [f[m.start():m.end() + 40] for m in _SUPPORT_OF.finditer(f) if hits(f[m.end():m.end() + 40], OTHER_SECTOR)]
    if any(not _HEALTH_WORK.search(a) for a in asked + [m.group(0) for m in _TRADE_SUPPORT.finditer(f)]):  # not "for hospital restaurants"
        return True
    return bool(hits(f, OTHER_SECTOR)) and not set(sectors) - {Sector.ai} and not (sectors and _HEALTH_WORK.search(f))


# A trade's own support asked: support words then the trade (« subventions pour la restauration », "programs for the
# forestry industry") or the trade then support words ("agriculture programs", "mining exploration tax credits")
_SUPPORT_OF = re.compile(r"\b(?:grants?|subventions?|programs?|programmes?|aides?|credits?)\s+(?:(?:for|pour|de|d'|du|des|in|dans)\s+(?:the\s+|la\s+|le\s+|l')?(?:industrie\s+|secteur\s+)?)?")
_TRADE_SUPPORT = re.compile(r"\b(?:agricultur\w*|agricoles?|mining|minieres?|forestry|forestieres?|restaurants?|restauration)\s+(?:[a-z-]+\s+)?"
                            r"(?:programs?|programmes?|grants?|subventions?|tax credits?|credits?)\b")
