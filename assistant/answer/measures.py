"""The measure a figure question asks beyond what a program states (an approval rate, an interest rate, a processing
time, the equity taken, a fee, an average) and whether an answer's sentences state it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.figure_asks import described_ask, question_parts, wanted_figure
from assistant.answer.figure_asks import states as figure_states
from assistant.answer.periods import SENTENCE, period_unstated, year_asked
from assistant.answer.texts import label, t
from assistant.understand.ask import MARKET_TOTAL, asked_part
from assistant.understand.intent import Focus, focuses_of
from assistant.understand.text import main_ask, sentences
from common import figures
from common.lang import fold

_N = r"(?:\w+ ){0,5}"  # a few words between
# A figure of time: "within 6 weeks", « en 30 jours »
_TIME = (r"\b\d+[\s-]*(?:to \d+ |a \d+ |-\d+ )?(?:business[ -]|working[ -]|calendar[ -]|jours? ouvrables? )?"
         r"(?:days?|weeks?|months?|jours?|semaines?|mois)\b")  # "within 6 weeks", a "10-business-day" standard
_PCT = re.compile(r"\d\s*%|\bpercent|\bpour cent|\b\d+ (?:of|in|sur) \d+\b")
_MONEY = re.compile(r"\$|\d\s*(?:k|m|millions?|milliards?|billions?)\b|\b(?:dollars?|cad|usd|euros?)\b")
_ANY = re.compile(r"\d")
_RATE_OR_FREE = re.compile(r"\d\s*%|\b(?:interest[- ]free|sans interet|without interest|no interest|aucun interet)\b|\bprime\b")
_COUNT = re.compile(r"(?<![\d.,$])\b(?!(?:19|20)\d\d\b)\d[\d ,.]*\b(?!\s*(?:%|\$|k\b|m\b|millions?|milliards?))")
_NONE_OR_PCT = re.compile(r"\d\s*%|\b(?:no|not|none|without|sans|aucune?|pas de|non-dilutive|non dilutive|non dilutif)\b")


@dataclass(frozen=True)
class Measure:
    """One measure: how a question asks it, how a sentence states it, and the figure stating it needs (none: "takes
    no equity" states the equity taken)."""

    name: str
    asked: re.Pattern[str]
    stated: re.Pattern[str]
    figure: re.Pattern[str] | None = _ANY


# Measures no program record's fields carry (per-company amount, cost-share rate, dates, status, who qualifies): a question asking one is answered only by a sentence that states it. Patterns read folded text (no accents).
MEASURES = [
    Measure("approval", re.compile(
        r"\b(?:approval|acceptance|success|rejection|refusal) rates?\b|\btaux (?:d.|de )(?:acceptation|approbation|"
        r"succes|reussite|refus|rejet|financement des (?:demandes|projets|dossiers))\b|"
        r"\b(?:odds|chances?) (?:of|to) (?:get(?:ting)?|be(?:ing)?) (?:approved|accepted|funded|selected)\b|"
        rf"\bchances? d.(?:etre (?:accepte|retenu|finance|approuve)|obtenir)|\b(?:percentage|share|proportion|fraction|"
        rf"how many) of {_N}(?:applications|applicants|requests|projects|files|submissions|proposals) (?:[\w'-]+ ){{0,8}}"
        r"(?:approved|accepted|funded|selected|rejected|succeed\w*|successful)\b|"
        # "how many actually end up with a contribution?"
        r"\bhow many (?:applications|applicants|requests|submissions|proposals) (?:do|does|did) (?:\w+ ){0,2}(?:get|receive)\b|\bcombien de (?:demandes|candidatures|dossiers|soumissions) (?:\w+ ){0,2}(?:recoi\w*|recev\w*)|\b(?:recoi\w*|recev\w*) combien de (?:demandes|candidatures|dossiers|soumissions)\b|" r"\bhow many (?:of them |of those )?(?:\w+ ){0,2}(?:end up (?:with|getting)|actually (?:get|receive)|get funded|"  # with the count an approval rate is of
        r"succeed)\b|\bcombien (?:d'entre (?:elles|eux) )?(?:\w+ ){0,2}(?:finissent par|obtiennent vraiment|sont "
        r"vraiment (?:financ|accept|retenu))|\bcombien (?:en )?(?:passent|sont (?:acceptes|retenus|approuves))\b|"
        rf"\b(?:pourcentage|proportion|part) (?:des|de|d.) {_N}(?:demandes|dossiers|projets|candidatures|"
        rf"soumissions) {_N}(?:acceptee?s|approuvee?s|retenue?s|financee?s|refusee?s)\b"),
        re.compile(r"\b(?:approv\w*|accept\w*|success\w*|reject\w*|refus\w*|selected|selection|retenu\w*|succes|"
                   r"reussite|approuv\w*)\b"), _PCT),
    Measure("interest", re.compile(
        r"\binterest rates?\b|\btaux d.interet\b|\b(?:charges?|charging|pay|paying|payer) (?:\w+ ){0,3}interest\b|"
        r"\binterets? (?:demandes?|exiges?|charges?|factures?|a payer)\b|\bhow much interest\b"),
        re.compile(r"\b(?:interest|interets?|prime rate|taux preferentiel|taux de base)\b"), _RATE_OR_FREE),
    Measure("processing", re.compile(
        r"\bhow long (?:\w+ ){0,8}(?:take|takes|taking|wait)\b|\bprocessing (?:times?|delays?)\b|\bturnaround\b|"
        r"\bhow long (?:is|are|will be) (?:the |their |its |your )?(?:\w+ ){0,2}(?:review|evaluation|assessment|approval|"
        r"decision|processing)\b|"
        r"\btime (?:to|before) (?:a |the )?(?:decision|approval|answer|response|funding|hear)|"
        r"\bdelais? (?:de |d.)(?:traitement|reponse|analyse|approbation|decision|attente)\b|"
        r"\bcombien de temps (?:\w+ ){0,8}(?:reponse|traite\w*|analys\w*|approuv\w*|decision|attendre|prend\w*|"
        r"verse\w*|recevoir|obtenir|payer|paye\w*)\b|"
        # the time up to a payment or a decision told first (« entre la recommandation pis le premier versement, ça
        # prend combien de temps? »)
        r"\b(?:versements?|paiements?|reponses?|decisions?|approbations?|remboursements?|payments?|answers?|approvals?|"
        r"refunds?)\b.{0,80}\b(?:combien de temps|how long)\b|"
        r"\bhow long (?:\w+ ){0,6}(?:to|before|until) (?:\w+ ){0,3}(?:approve|review|process|pay|refund|decide|answer|"
        r"respond|receive|get)\b|"
        r"\bhow many (?:business |working )?(?:days|weeks|months) (?:[\w'-]+ ){0,6}(?:take|takes|wait)\b|"  # "how many days does it take?"
        r"\b(?:prend\w*|faut) combien de (?:jours|semaines|mois)\b|\b(?:prend\w*|faut) combien de temps\b(?=.{0,40}\b(?:entre|avant|jusqu|pour (?:avoir|obtenir|recevoir|etre))\b)|\bcombien de (?:jours|semaines|mois) (?:\w+ ){0,6}(?:prend\w*|faut|attendre|confirm\w*|approuv\w*|trait\w*|repond\w*)\b"),
        # a time said of the processing: "a 10-business-day review", « délai médian de 45 jours » (not a course's 12 weeks)
        re.compile(rf"^(?=.*{_TIME})(?=.*\b(?:process\w*|review\w*|decision\w*|respon\w*|reponse|traite\w*|analys\w*|"
                   r"approv\w*|approbation|evaluat\w*|examen|assess\w*|delais?|delays?|turnaround|within|ouvrables?|"
                   r"business days|standards?|normes?|authori[sz]\w*|autoris\w*|sign\w*|takes?|took|taking|prend\w*|faut|wait\w*|attente|"
                   r"fast\w*|rapide\w*|quick\w*|deliver\w*|livr\w*|issu\w*|obtain\w*|obten\w*|receiv\w*|recev\w*|"
                   r"recoi\w*|from|avant|before|after|apres)\b)")),
    Measure("equity", re.compile(
        # "does CDL take equity?", « y prennent-tu de l'equity? »: the equity a program takes
        # (a yes/no question, not "which funds take equity stakes": a list)
        r"\b(?:do|does|did|will|would)\s+(?:[\w'-]+\s+){1,3}(?:take|require)\s+(?:any\s+|an?\s+)?(?:equity|stakes?|shares)\b|"
        r"(?:\b(?:prend|prennent|exige|exigent)-(?:t-)?(?:il|elle|ils|elles|tu)|\best-ce (?:que |qu.)(?:[\w'-]+\s+){1,3}"
        r"(?:prend|prennent|exige|exigent))\s+(?:de\s+l.|des\s+|une\s+)?"
        r"(?:equity|equite|parts|participation|actions)\b|\bhow much equity\b|\b(?:equity|stake|ownership) (?:do|does|did|will|would) (?:\w+ ){1,3}(?:take|get|ask|"
        r"require|want|hold)\b|\b(?:what|which) (?:percentage|share|stake|portion|%) of (?:the |our |your |a )?"
        r"(?:company|equity|startup|shares|business)\b(?!(?:'s)?[ -](?:costs?|expenses?|budgets?|spending|salar\w*|payroll|"
        r"revenues?|sales)\b)(?!(?: \w+){0,2} (?:must|need|needs|have to|has to|should)\b(?: \w+){0,3} (?:own|hold|keep)\b)|(?<!no )(?<!without )(?<!zero )(?<!sans )(?<!pas de )(?<!aucune )"
        r"(?<!avoid )(?<!avoiding )(?<!avoid any )(?<!further )(?<!more )(?<!eviter )(?<!evitant )(?<!eviter la )(?<!eviter toute )(?<!nouvelle )(?<!davantage de )\bdilution\b|"  # then "equity stake — what %?", « combien de % d'equity »
        r"\b(?:equity|stake)\b[\s,:;—–-]*(?:what|which|how much)\b\s*(?:%|percent\w*|share)|\b(?:what|which) (?:%|percent\w*) "
        r"(?:of )?(?:equity|ownership)\b|\bcombien (?:de )?(?:%|pour ?cent|pourcent\w*) (?:d.|de )(?:equity|equite|capital|parts)\b|"
        r"\bparticipation (?:au |dans le )?capital "
        r"(?:\w+ ){0,2}(?:prend|exige|demande|prennent)|\bcombien (?:de |d.)(?:equite|parts|actions|capital) "
        r"(?:\w+ ){0,3}(?:prend|exige|demande|prennent|garde)|\bpourcentage (?:de|du) (?:l.entreprise|capital|"
        r"la compagnie|la startup|la jeune pousse)\b"),
        re.compile(r"\b(?:equity|stake|ownership|shares|dilut\w*|participation|parts|actions|equite)\b"), _NONE_OR_PCT),
    Measure("fee", re.compile(
        r"\b(?:membership|application|registration|participation|entry|annual|program) (?:fees?|dues)\b|"
        # what a service costs the company ("how much does the service cost", « ça coûte combien », « y chargent-tu des frais »)
        r"\bhow much (?:does|do|will|would) (?:it|that|this|the (?:[\w-]+ ){0,2}(?:service|track|accelerator|incubator|"
        r"evaluation|coaching|program|programme)) cost\b|\b(?:ca|cela) (?:coute|couterait) combien\b|"
        r"\bcombien (?:ca|cela) (?:coute|couterait)\b|\b(?:charg|factur)\w*(?:-tu|-ils|-elles|-il|-t-il)? (?:des |de )?frais\b|\b(?:how much|what) (?:does|do|will|would) (?:it|\w+ ){0,4}cost (?:us |me |a company |a startup )?to (?:join|apply|participate|register|enrol|enroll|become|take part|attend|exhibit|present|get listed)\b|\bcosts? (?:us |me |a company |a startup )?(?:anything|something)\b|\b(?<!qui )(?<!that )(?:coute|coutent|couterait)(?:-tu|-t-il|-t-elle|-ti)? (?:\w+ ){0,2}?(?:quelque chose|de quoi|qqch|rien)\b|\b(?:charge|charges|charging|factur\w*)(?:-tu|-t-il|-ils|-elles)? (?:\w+ ){0,2}?(?:(?:anything|something|quelque chose)(?=\s*(?:[?.!,;]|$|to |for |pour ))|for (?:it|that|this|the service)\b)|\b(?:is|are) (?!there\b)(?:[\w+'-]+ ){1,8}free(?: of charge)?\s*(?:[?.!,]|$|to (?:join|apply|use|take part|participate))|\b(?:est-ce|c.est|est-il|est-elle)(?:-tu)? (?:gratuite?|payante?)\b|\bcotisations?\b|\bfrais (?:d.adhesion|"
        r"d.inscription|de participation|de dossier|annuels|de service|exiges|factures|charges)\b|\b(?:what|which|how much)(?: is| are|'s|s)? (?:the |a |an |their |its |any )?(?:[\w-]+ ){0,3}"
        r"fees?\b|\bfees? (?:does|do|will|would) (?:\w+ ){0,3}(?:charge|ask|cost)|\b(?:charges?|charging) (?:\w+ ){0,2}"
        r"fees?\b|\bany fees?\b|\b(?:are|is) there (?:any )?(?:\w+ ){0,2}fees?\b|\by a-t-il des frais\b|\bdes frais "
        r"(?:a payer|pour (?:participer|s.inscrire|postuler|adherer))\b|"
        r"\bcombien (?:ca |cela )?(?:coute|coutent|couterait) (?:\w+ ){0,3}(?:pour )?(?:participer|s.inscrire|adherer|joindre|etre membre|postuler)\b|\badhesion (?:\w+ ){0,3}(?:coute|coutent)\b|\b(?:coute|coutent) (?:\w+ ){0,3}(?:l.|d.)?adhesion\b|"
        # what a service charges: "what hourly rate does CITADEL charge", « ses tarifs », « combien en frais »
        r"\b(?:hourly|daily) rates?\b|(?<!interest )\brates? (?:does|do|would) (?:\w+ ){0,3}charge\b|\btarifs?\b|\bde l.heure\b|"
        r"\bcombien (?:\w+ ){0,2}en frais\b|\bfrais (?:\w+ ){0,2}(?:pour|de|d.) (?:faire )?(?:evaluer|evaluation|examen|examiner)\b|"
        # what it charges or the rent it asks: "what does CITADEL charge for an extraction", « le loyer au pied carré »
        r"\bwhat (?:does|do|would|will) (?:[\w'+-]+ ){1,5}charge\b|\b(?:the|their|its|le|leur|son) (?:monthly |annual |mensuel )?(?:rent|loyer)s?\b"),
        re.compile(r"\b(?:fees?|dues|frais|cotisations?|tarifs?|prix|price[sd]?|free|gratuit\w*|membership|adhesion|costs?|couts?|"
                   r"pays|paie|paient|contribut\w*|out-of-pocket|"
                   r"no cost|sans cout|rent|loyers?)\b"), None),
    # the security a lender asks ("do they want collateral?", « faut-tu donner une garantie? »)
    Measure("collateral", re.compile(
        r"\bcollateral\b|\b(?:personal guarantees?|(?:security|guarantees?) (?:required|needed|asked))\b|\b(?:want|wants|require|"
        r"requires|ask for|need|needs|take|takes) (?:any |a |some )?(?:personal )?(?:security|guarantee)\b|\b(?:garanties?|cautions?|"
        r"suretes?|cautionnements?) (?:personnelles? )?(?:exigee?s?|demandee?s?|requises?)\b|\b(?:donner|fournir|offrir|exige\w*|"
        r"demande\w*)(?:-tu|-ils|-elles|-il|-t-il)? (?:une |des |de )?(?:garanties?|cautions?|suretes?|cautionnements?)\b"),
        re.compile(r"\b(?:collateral|security|guarantee\w*|garanti\w*|caution\w*|surete\w*)\b"), None),
    Measure("beneficiaries", re.compile(
        r"\bhow many (?:\w+ ){0,2}(?:companies|startups|firms|businesses|projects|smes|organi[sz]ations|applicants|"
        r"researchers|experts|people|employees|workers|students|interns) "
        r"(?:\w+ ){0,8}(?:got|received?|obtained|were (?:funded|financed|supported|selected)|benefit\w*|fund|funds|"
        r"funded|support|supports|supported|finance[sd]?)\b|\bcombien d(?:e |')(?:\w+ ){0,1}(?:entreprises|startups|"
        r"jeunes pousses|projets|pme|organisations|compagnies|chercheu(?:r|se)s|experts|personnes|employes|travailleurs|"
        r"etudiants|stagiaires) (?:\w+ ){0,8}(?:ont (?:obtenu|recu|beneficie|ete (?:financ|"
        r"soutenu|retenu|selectionn))|obtiennent|recoivent|beneficient|sont (?:financ|soutenu|retenu)|finance|soutient|"
        r"appuie)\w*"),
        re.compile(r"\b(?:compan\w+|startups?|firms?|businesses|projects?|smes?|organi[sz]ations?|beneficiar\w+|"
                   r"entreprises?|projets?|jeunes pousses|pme|compagnies|beneficiaires?|participants?|cohort\w*|"
                   r"researchers?|chercheu\w+|experts?|people|personnes|employe\w*|students?|etudiant\w*|interns?|"
                   r"stagiaires?)\b"), _COUNT),
    # a market's total ("how much did the province's startups raise in 2025"): a sum raised or invested, of the year
    Measure("market", re.compile(MARKET_TOTAL), re.compile(r"\b(?:rais\w*|invest\w*|venture|capital de risque|leve\w*|"
                                                           r"recolte\w*|attir\w*|attract\w*)\b"), _MONEY),
    # a person in a role at an organisation (not who runs a program: its operator answers that)
    Measure("person", re.compile(
        r"\bwho (?:is|are|sits|sit|chairs|heads|leads)\b (?:[\w'-]+ ){0,4}(?:ceo|president|director|chair\w*|head|partners?|"
        r"members?|committee|board|manager|officer|vp)\b|\b(?:name|names) of (?:the |their |its )?(?:ceo|president|"
        r"director|chair|partners?)\b|\b(?:c.est qui|qui (?:est|sont|siege\w*|preside\w*|dirige\w*))\b (?:\w+ ){0,5}"
        r"(?:pdg|president\w*|directeur|directrice|dg|responsable|chef|comite|conseil|associee?s?|membres?)\b|"
        r"\bqui (?:preside|dirige|siege)\b|\b(?:ceo|pdg)\b (?:\w+ ){0,3}(?:is|est)\b (?:who|qui)\b"),
        re.compile(r"\b(?:ceo|pdg|president\w*|chair\w*|director|directeur|directrice|preside\w*|dirige\w*|led by|"
                   r"headed by|board|conseil d.administration|committee members?|membres du comite)\b"), None),
    # an age limit ("what's the exact max age?", « c'est quoi l'âge maximum? »): a sentence with an age and a number
    Measure("age", re.compile(r"\b(?:age (?:cap|limit|max\w*|min\w*|cut-?off|ceiling)|(?:max|maximum|min|minimum|exact) age|limite d.age|age (?:max|min)\w*|jusqu.a quel age|how old can)\b"),
            re.compile(r"\b(?:ages?d?|ans|years? old|age)\b"), _ANY),
    # how long the company must have existed: "how many years in business does BDC require", « combien d'années d'existence »
    Measure("history", re.compile(r"\bhow (?:many|much) (?:years?|months?|time) (?:\w+ ){0,2}(?:in business|of existence|of operations?|in operation|operating)\b|"
                                  r"\b(?:minimum|min|required) (?:years?|time) (?:in business|of (?:existence|operations?))\b|\bcombien (?:d.annees|de mois|de temps) (?:\w+ ){0,2}(?:d.existence|d.operations?|en affaires|d.activite)\b|"
                                  r"\b(?:annees?|mois) d.existence (?:minimum|minimale?s?|requises?|exigees?)\b|\bminimum d.(?:annees?|mois) d.(?:existence|activite|exploitation)\b"),
            re.compile(r"\b(?:years? (?:in business|of (?:existence|operations?)|old)|in (?:business|operation) (?:for|since)|"
                       r"(?:ans|annees|mois) d.(?:existence|activite|exploitation)|en (?:affaires|activite|exploitation) depuis)\b"), _ANY),
    # the countries a program covers, listed: "which countries take part?", « la liste des pays »
    Measure("countries", re.compile(r"\b(?:list|which|what) (?:of )?(?:all )?(?:the )?(?:[\w-]+ )?countries\b|\bquels? (?:sont les )?pays\b|\bliste (?:\w+ )?des pays\b"),
            re.compile(r"\b(?:countries|pays)\b[^.]{0,40}(?::|\binclud\w*|\bsuch as|\bnotamment|\bdont|\bcomme|\bare|\bsont)\s+[\w-]+,\s*[\w-]+"), None),
    Measure("average", re.compile(
        # a sum on average (not "on average, how many startups", nor a median delay: other measures)
        r"\b(?:invest\w*|give|gives|lend|lends|put|puts|get|gets|receive|receives|award\w*|grant\w*)\s(?:\w+ ){0,5}"
        r"on average\b|\bhow much\s(?:\w+ ){0,6}on average\b|\bon average,? how much\b|\b(?:average|median) "
        r"(?:amount|investment|cheque|check|ticket|grant|loan|award|size|deal|round|contribution|funding|subsidy)s?\b|"
        r"\b(?:investi\w*|donne\w*|prete\w*|verse\w*|recoi\w*|obtien\w*|combien(?! de (?:temps|jours|semaines|mois|heures)))\s(?:\w+ ){0,5}en moyenne\b|"
        r"\ben moyenne,? combien(?! de temps)\b|\b(?:montant|investissement|financement|ticket|"
        r"cheque|pret|somme|subvention|mise)s? moyen(?:ne)?s?\b|\bmoyenne (?:des|de|d.) (?:\w+ ){0,2}"
        r"(?:investissements?|montants?|subventions?|prets?|financements?)\b"),
        re.compile(r"\b(?:average|moyen\w*|median\w*|typical\w*|typique\w*|usually|generally|generalement|en general|"
                   r"habituellement|ranges?|between|entre|fourchette)\b"), _MONEY),
]


def asked_measures(question: str) -> list[Measure]:
    """The measures the question's asking sentences ask, in `MEASURES` order (a processing time before an average)."""
    return _measures_in(asked_part(question) or question)


def asks_fee(question: str) -> bool:
    """The question asks what taking part costs (a fee, « gratuit »), which is no amount of support."""
    return any(m.name == "fee" for m in asked_measures(question))


def support_focuses(question: str) -> list[Focus]:
    """The question's focuses, less the amount when it asks a fee."""
    return [f for f in focuses_of(question) if not (f == "amount" and asks_fee(question))]


def _measures_in(ask: str) -> list[Measure]:
    """The measures an asking part asks (not its description before a colon)."""
    f = fold(described_ask(ask))
    return [m for m in MEASURES if m.asked.search(f)]


def states(m: Measure, sentence: str, year: str | None = None) -> bool:
    """The sentence states the measure: its words, with a figure when the measure is one ("takes no equity" states
    the equity taken), and the year asked when one is."""
    f = fold(sentence)  # "Fees: not found in our sources." says it is not stated
    return (bool(m.stated.search(f)) and (m.figure is None or bool(m.figure.search(f)))
            and (year is None or year in f)) and not _NOT_FOUND.search(f)


_NOT_FOUND = re.compile(r"\b(?:not (?:found|published|stated|given|known|recorded|collected|noted)|non (?:trouvee?s?|publiee?s?|precisee?s?|relevee?s?|indiquee?s?)|pas (?:trouvee?s?|publiee?s?|relevee?s?))\b")
_AND = re.compile(r"[;?]|\s&\s|\b(?:and|et|pis|puis|then|also|aussi|plus)\b")  # asks joined (not a comma: « X, elle vaut combien »)
_INSTEAD = [t(lang, lead) for lang in ("fr", "en") for lead in ("open_lead", "quiet_lead", "direct_lead", "fit_lead")]  # where others are offered instead
_FIGURE, _PERIOD = Measure("figure", re.compile("$^"), re.compile("")), Measure("period", re.compile("$^"), re.compile(""))  # a study's figure of the kind asked (money, a rate, a count); that figure for the year or the edition asked


def unstated(question: str, text: str, focus: Focus | None = None,
             fixed: bool = False) -> tuple[list[Measure], bool]:
    """The measures the question asks that no sentence of `text` states, and whether they are all it asks (no other
    part of the question is answered by the text). `focus`: a study question's, whose figure asked (money, a rate, a
    count) some sentence must state."""
    ask = asked_part(question) or question
    asked = _measures_in(ask)
    if not asked and focus is None:
        return [], False  # most questions: nothing to look for in the text
    own = min((text.find(x) % (len(text) + 1) for x in _INSTEAD), default=len(text))  # not the open programs listed after
    said = [s for s in SENTENCE.split(text[:own]) if s.strip()]
    year = year_asked(ask)
    # an average of a sum the program fixes for one company (Mitacs's $15,000 a unit) is that sum (`fixed`)
    missing = [m for m in asked if not (fixed and m.name == "average") and not any(states(m, s, year) for s in said)]
    parts = [p for p in question_parts(ask) if len(p.split()) > 2]  # not "ok" before "and what's their rate?"
    parts = [p for p in parts if ("?" in p or _WH.search(fold(p))) and not _BARE.match(fold(p))] or parts  # « J'veux pas… », "If so, how much?"
    alone = bool(missing) and all(any(m.asked.search(fold(p)) for m in missing) for p in parts)
    if focus is not None and not asked and len(parts) == 1:
        want = wanted_figure(ask, focus)
        stating = [s for s in said if figure_states(want, s)] if want else []
        if (focus in ("amount", "rate") or want == "number") and want:
            if not stating:
                return [_FIGURE], True  # no sentence states the figure asked
            if period_unstated(ask, text, stating, year):
                return [_PERIOD], True  # nor one for the period asked
    return missing, alone


def said_unstated(question: str, text: str, lang: str, focus: Focus | None = None,
                  fixed: bool = False) -> tuple[str, bool]:
    """`text` led by what the sources do not state of what the question asks, and whether that is all it asks (the
    answer then abstains, its text giving what the sources do state as context)."""
    missing, alone = unstated(question, text, focus, fixed)
    if not missing:
        return text, False
    what = " / ".join(label(lang, "measures", m.name) for m in missing)
    year = year_asked(asked_part(question) or question)
    if year and _PERIOD not in missing:  # "326 researchers in 2021" may be said, not for the year asked
        what = t(lang, "for_year", what=what, year=year)
    return t(lang, "unstated", what=what) + "\n\n" + text, alone


_BARE = re.compile(r"\W*(?:(?:if so|si oui|and|et|then|alors|pis|like|genre|say|disons)\W+)*(?:how much|combien|what amount|quel montant|what (?:percent(?:age)?|%|share)|quel (?:pourcentage|%))\W*$")  # the ask before, again ("Like, what percent?")
_WH_WORDS, _YES_NO = r"what|which|who|when|where|why|how|quel\w*|qui|quoi|qu.est-ce|quand|ou|pourquoi|comment|combien|lequel\w*", r"does|do|is|are|can|could|est-ce|y a-t-il"
_WH, _ASK_WORD = re.compile(rf"\b(?:{_WH_WORDS}|{_YES_NO})\b"), re.compile(rf"\b(?:{_WH_WORDS})\b|^\W*(?:{_YES_NO})\b")  # yes/no asks too; _ASK_WORD: a yes/no ask only at its start ("… in real settings can grant?" asks nothing more)


def amount_alone(question: str) -> bool:
    """The question asks one thing, an amount ("how much is the fellowship worth per year?"; not "what does it fund,
    and up to how much?")."""
    asked = " ".join(s for s in sentences(question) if "?" in s)  # "…per trip? I need a number for my budget." asks one
    asks = [seg for seg in _AND.split(main_ask(fold(asked or asked_part(question) or question))) if len(seg.split()) > 1
            and (_ASK_WORD.search(seg) or focuses_of(seg))]  # "the Mila and Inovia fund": no second ask
    return support_focuses(question) == ["amount"] and bool(asks) and all(focuses_of(a) == ["amount"] for a in asks)


def states_money(text: str) -> bool:
    """The text states a sum of money (a fee, a cost, a past award answers "how much" too)."""
    return any(f.kind == "money" for f in figures.extract(text))
