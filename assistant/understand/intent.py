"""What kind of question is this: which programs fit, a fact about a program, a study's figure, a comparison, or off topic.

Words here are question words (how many, compare, which programs…), never names of the corpus's documents or programs
(those come from the snapshot's aliases); whether a question is covered at all comes from retrieval evidence (scope.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.understand.ask import MARKET_TOTAL, one_program
from assistant.understand.evidence import DIGEST_SHARE, Evidence
from assistant.understand.text import STACKING, main_ask
from common.lang import fold

Intent = Literal["programs", "fact", "report", "compare", "off_topic"]
Focus = Literal["amount", "rate", "duration", "date", "status", "eligibility", "apply", "stacking", "general"]

_COMPARE = re.compile(r"\b(compar\w*|versus|vs\.?|differ\w*|stacks? up|measures? up|lequel|laquelle|lesquels|which one|than|(?:plus|moins|aussi|autant)"
                      r"(?: \w+){0,2} que|mieux|better|worse|rather|plutot|instead|au lieu|(?:which|who)(?: \w+){0,3} (?:more|most|less|higher|bigger|larger|longer|shorter|faster|cheaper|best)|qui(?: \w+){0,3} (?:le|la|les) (?:plus|moins|mieux))\b")  # « qui rembourse la plus grosse part »
_CHANGES = re.compile(r"\b(changes?|changer?ait)\b")  # two programs named: "what changes with the new one?"
_REPORT = re.compile(
    r"\b(rapport|etude|report|study|survey|sondage|strategie|strategy|budget|loi|law|act|politique|policy|"
    r"ecosysteme|ecosystem|combien d[e']|how many|selon|according to|recommand\w*|recommend\w*|forces?|strengths?|"
    r"defis?|challenges?|barrieres?|barriers?|freins?|obstacles?|enjeux|tendances?|trends?|le plus|les plus|most|mostly|"
    r"principa(?:l|ux|les?|lement)|main|mainly|surtout|majoritairement|"
    # what is known about the figures themselves: « quels chiffres n'ont pas pu être confirmés », "disputed figures"
    r"chiffres|figures|statisti\w*|confirm\w*|unconfirmed|verifi\w*|unverified|disputed?|contest\w*)\b"
)
# what a document says (a press release is one: « le communiqué du 15 juillet », "the press release")
_DOCUMENT = r"rapport|etude|report|study|survey|sondage|selon|according to|communiques?|press releases?|news releases?"
_ASKS_DOCUMENT = re.compile(rf"\b({_DOCUMENT})\b")
_REPORT_STRONG = re.compile(rf"\b({_DOCUMENT}|loi|law|budget)\b")
# « il y a », « y a-t-il », « y en avait », « y'avait », « il y aura »: "there is / was / will be", in any tense
THERE_ARE = r"(?:(?:il )?y(?: en)?[ ']?(?:a|avait|aura|aurait)(?:.t.(?:il|tu)|.(?:il|tu))? )?"
# How many of a population, or what share of it: studies answer these, program records never do.
_POPULATION = re.compile(rf"\b(how many|(?:the |total )?number of|(?:le |du )?nombre (?:de|d.)|combien {THERE_ARE}(de|d.)|what (share|proportion|percentage)|quelle (part|proportion)|quel pourcentage|share of|proportion (of|des|de))\b")
# A question that asks for a figure or a finding (a study's territory when the digests answer it best).
_FINDING = re.compile(
    r"\b(combien|how many|how much|what share|quelle part|quelle proportion|what proportion|proportion|pourcentage|"
    r"percentage|share of|part des|taux d.adoption|adoption rate|what did|qu.a (montre|revele|conclu)|findings?|"
    r"constats?|conclu\w*|montre|shows?|found|trouve|identifi\w*|estim\w*|prevoit|expects?|plans?)\b|%")
# What a government gave ("how much did Ottawa commit", « combien le ministère a-t-il mis »): an announcement's figure.
_GOVERNMENT = r"\b(?:government|gouvernement|ministry|ministere|ottawa|quebec|canada|federal|province|state|etat)\b(?! (?:compan|startup|start-up|firm|sme|pme|entreprise|societe|business|medtech|biotech)\w*)"
# what it did (a past form), or "did Ottawa commit", « le ministère a-t-il mis » (an auxiliary of the past)
_GAVE = (r"\b(?:committed|invested|gave|given|granted|allocated|announced|spent|pledged|set aside|earmarked|budgeted|"
         r"mis|investi|engage|accorde|octroye|donne|verse|alloue|annonce|depense|consacre|prevu|reserve|diffuse|publie|sorti|"
         r"released|published|put out|went|alle|allee|alles|allees|"
         # the present: « Québec met combien », "how much does Ottawa put / invest"
         r"met|mettent|investit|investissent|octroie|commits|invests|gives|grants|allocates|spends|puts)\b")
_DID = (rf"\b(?:did|has|had)\s+(?:the\s+)?(?:[a-z'-]+\s+){{0,3}}?{_GOVERNMENT}.{{0,40}}?\b(?:commit|invest|give|grant|"
        r"allocate|announce|spend|put|pledge|set aside|earmark|release|publish)\b")
_FIGURE_ASKED = (r"\b(?:how much|how many|combien|what (?:total )?(?:amount|value)|which amount|what sum|quel montant|"
                 r"quelle (?:valeur|somme)|when|quand|what date|quelle date|which year|what year|en quelle annee)\b")
_FIGURE_ASKED_RX = re.compile(_FIGURE_ASKED)
_SPENT = re.compile(rf"(?=.*{_FIGURE_ASKED})(?:.*{_GOVERNMENT}.{{0,60}}?{_GAVE}|.*{_DID}|{MARKET_TOTAL})")

# one qualifier may stand before the noun ("what non-dilutive funding"), two in English ("which collaborative research programs")
_QUALIFIER = r"(?:(?!is |are |was |were |do |does |did |about |est |sont )[a-z&-]+ )?"
_ONE_PROGRAM = "".join(rf"(?<!\b{d} )" + "".join(rf"(?<!\b{d} [a-z]{{{n}}} )" for n in range(2, 14)) for d in ("the", "their", "its", "this", "that", "his", "her"))  # "the (federal) program that…", "their Impulse program for…": one
_ASKS = (rf"quels? {_QUALIFIER}(programmes?|fonds|prets|credits? d.impots?|accelerateurs|incubateurs|investisseurs|"
         rf"financement)|quelles? {_QUALIFIER}(aides|subventions|options)|which {_QUALIFIER}{_QUALIFIER}(programs?|funding|grants?|"
         rf"funds|loans|tax credits|accelerators|incubators|investors)|what {_QUALIFIER}{_QUALIFIER}(programs?|funding|grants?|support|"
         rf"funds|loans|tax credits|accelerators|incubators|investors)|programmes? (pour|adaptes?)|programs (for|that)|{_ONE_PROGRAM}program (for|that)|"
         r"options? de financement|funding options?")
_ASKS_PROGRAMS = re.compile(rf"\b({_ASKS})\b")  # an explicit request for programs: the corpus's own subject
_LIST = (rf"{_ASKS}|ou trouver|where (can|do) (i|we)|admissibles? a quoi|eligible for what|what fits|"
         r"qu.est.ce qui (convient|existe|s.applique|s.offre)|what (exists|is available|applies)|quoi demander|"
         # "what can help with hiring her", « qu'est-ce qui peut nous aider », "what's out there"
         r"what (can|could|would|might) (help|do (that|this|it))|qu.est.ce qui (peut|pourrait) ((nous |m.|les |l.)?aider|faire (ca|cela))|"
         # "who can help us validate it?", « qui peut nous aider à… »: the bodies that help, a list
         r"who (can|could|would|might) help|qui (peut|pourrait|peuvent|pourraient) (nous |m.|les |l.)?aider|"
         # "which ones apply?", « lesquels s'appliquent? »: several asked for, a list
         r"which ones|lesquel(le)?s (s.appliquent|conviennent|existent|sont (admissibles|offerts|disponibles))|"
         # investors asked: "who could come in?", « qui pourrait embarquer? », « des fonds publics qui investissent »
         r"who (could|would|might) (come in|invest|join)|qui (pourrait|pourraient) (embarquer|investir)|"
         r"(y a-t-il|est-ce qu.il y a|existe-t-il) des (fonds|investisseurs|programmes|subventions|prets|aides) (qui|publics|gouvernementaux)|"
         r"what.s out there|what is out there|quelles sont (nos|mes|leurs) options|what are (our|my|their) options|"
         # « connaître uniquement les programmes … auxquels nous avons droit », "to know which programs": a list
         r"(connaitre|savoir|voir|lister|know|see|list) ([a-z]+ )?(les|des|the|all the|which) (programmes|programs|"
         r"subventions|grants|aides|credits|fonds|funds|prets|loans)|"
         r"c.est quoi (nos|mes|leurs) options|(what|which) options (do|does|are|exists?|could|can|might|would)|quelles options|"
         # "what's the right program?", « c'est quoi le bon programme? »: which one, among those that exist
         r"the right (programs?|funds?|grants?)|(le|les) bons? (programmes?|fonds)|"
         # « y a-t-il des fonds pour les entrepreneurs noirs? », "are there grants for women founders?": several
         r"(y a-t-il|existe-t-il|est-ce qu.il (y a|existe)) (des|d.autres) (programmes|fonds|subventions|prets|aides|"
         r"credits|accelerateurs|incubateurs|investisseurs) (pour|destines|reserves)|are there (any |other )?(programs|"
         r"funds|grants|loans|tax credits|accelerators|incubators|investors) (for|aimed|dedicated|reserved)")
_ASKS_LIST = re.compile(rf"\b({_LIST})\b")  # a list of programs asked for, whatever the question names
_PROGRAMS = re.compile(rf"\b({_LIST}|suits?|convien\w*|je dirige|we are|nous sommes|our (startup|company)|"
                       r"notre (entreprise|jeune pousse|startup))\b")
_FOCUS: list[tuple[Focus, re.Pattern[str]]] = [
    # the company's size, in staff or in the revenue required ("what revenue does a company need", « quel chiffre d'affaires faut-il »; not "how much revenue did the sector make")
    ("eligibility", re.compile(r"\b((?:^|(?<=[.?!,;:] ))(?:can|could|may) (?:a|an|our|my) (?:[a-z-]+ ){0,2}(?:get|receive|apply|qualify|claim|use)|(?:^|(?<=[.?!,;:] ))(?:est-ce qu.)?(?:un|une|les|notre|mon|ma) (?:[a-z-]+ ){0,2}(?:peut|peuvent|pourrait)-(?:il|elle|ils|elles) (?:recevoir|obtenir|demander|avoir|beneficier|postuler|reclamer|utiliser)|open to (?:(?!applications|applicants|submissions|proposals|new\b)[a-z-]+s|me|us|someone|anyone|somebody)\b|ouverte?s? aux (?!demandes|candidatures|candidats|propositions)[a-z-]+|(?:do|does|must) (?:we|i|you|one|a company|the company) (?:need|have) to be|must (?:we|i|you) be|faut-(?:il|tu) (?:qu'on soit|etre)|doit-on etre|devons-nous etre|est-ce qu'(?:il faut|on doit) etre|"
                               # whether the company may apply, told otherwise: "can any SME just jump in", "do we still count as", « on peut-tu y avoir accès », « ça nous bloque-tu »
                               r"(?<!how )(?<!where )(?<!when )(?:can|could|may) (?:any|a|an|we|i|our|my|they|startups?|companies|smes?|non-?profits?)\b(?: [\w-]+){0,4}? (?:apply(?! (?:online|by|through|via|at|in person))|qualify|be (?:the )?(?:lead |main |principal |primary )?applicants?|jump in|join\b|take part|participate|get (?:in(?=\s*(?:[?.!,]|$))|access|one|it|that)\b|get (?:a|an|some) (?:[\w-]+ ){0,2}?(?:loan|grant|credit|funding|money) (?:from|through|with)|access (?:it|this|that|them|one))\b|(?:do|does|would|will) (?:we|i|it|they|our [\w-]+) (?:still )?(?:count|qualify) as|on the table for|(?:block|blocks|blocking|disqualif\w*|rules?) (?:us|me|them|our \w+)(?: out)?\b|(?:require|requires|need|needs|demand|demands) (?:the |our |its |all )?(?:[\w-]+ ){0,2}?to be\b|(?:compte|comptons|comptez|comptent)(?:-tu|-t-on|-t-il|-ils)? (?:encore |quand meme |toujours |pareil )?comme|c.est(?:-tu)? (?:encore |toujours )?pour (?:nous|moi)\b|(?:exige|exigent|demande|requiert)(?:-tu|-t-il|-t-elle|-ils)? (?:\w+ ){0,2}?d.etre|(?:avoir|avait|aurait|avons|aurions|ai|as) (?:encore |toujours |quand meme )?droit|avoir acces|(?:nous|me|m.) ?(?:bloque|bloquer|exclut|exclure|disqualifie\w*)|(?<!comment )(?<!comment on )peut(?:-tu|-t-elle|-t-il|-elle|-il|-on|-ils)? (?:\w+ ){0,2}?(?:etre (?:le |la )?demandeu\w*|y acceder|y appliquer|y postuler)|"
                               r"employes?|employees?|headcount|effectif|taille (?:max\w* |maximale |minimale )?"
                               r"(?:de l.entreprise|d.entreprise)|company size|"
                               # the founder's age, before "up to" reads an amount: « jusqu'à quel âge », "how old"
                               r"(?:jusqu.a |up to )?(?:quel|what) age|how old|(?:upper |lower )?age (?:limit|cut-?off|cap)s?|oldest (?:you|one) can|"
                               r"what (?:revenue|turnover|sales)|quel(?:le)?s? (?:chiffres? d.affaires|revenus?)|"
                               r"(?:minimum|min|maximum|max|required|requis|minimal|maximal) (?:annual )?(?:revenues?|revenus?|sales|turnover|chiffres? d.affaires)|"
                               r"(?:revenues?|revenus?|turnover|chiffres? d.affaires)(?: \w+){0,3} (?:needed|required|requis|"
                               r"exige\w*|minimum|minimal|faut|thresholds?)|seuils? de (?:revenus?|chiffre d.affaires)|"
                               r"size (?:limits?|caps?|restrictions?|requirements?)|limites? de taille|"
                               # who must own it: "owned by women", « appartenir à des femmes à au moins… »
                               r"owned by|ownership|appartenir a|appartient a|detenue? (?:a|par)|actionnariat)\b")),
    ("stacking", re.compile(rf"\b({STACKING}|plafond d.aide|aide publique totale|quand meme|(?:already|deja|also|aussi) (?:funding|funded|funds|finance\w*)|same project|meme projet|on top of|en plus d[eu]|reduces? (?:the |our )?(?:eligible )?expenses|reduit (?:les |nos )?depenses)\b")),
    ("rate", re.compile(r"\b(taux|rates?|pourcentage|percentage|quelle (?:\w+ )?part|what (?:\w+ )?share|share of (?:\w+ )?time|proportions?|cost.share|how much of (?:her|his|their|our|its|my|your|the) (?:[a-z-]+ )?(?:pay|salary|salaries|income|wages?|bills?|costs?|expenses|invoices?)|"
                        r"partage des couts|mise de fonds|(?:put|invest|chip) in (?:ourselves|myself|themselves)|(?:have|need) to put in|de (?:notre|ma|leur) poche|(?:our|my|their) own (?:share|contribution|money)|(?:notre|leur) (?:propre )?(?:part|contribution))\b|%")),  # "%" is no word: outside the word boundaries
    ("date", re.compile(r"\b(date limite|deadline|quand|when|echeance|due|depuis quand|since when|date|en vigueur|"
                        r"in force|from which|a partir de quel\w*|starting (?:with|from|in) which|(?:which|what) tax years?|"
                        r"quelles? annees?|(?:what|which) year|t[oa]ok effect|takes effect|came into force|entre en vigueur|"
                        r"est entree en vigueur)\b")),
    ("status", re.compile(r"\b(ouvert|open|ferme|closed|encore(?! (?:admissib\w*|droit|pour nous|comme))|still(?! (?:eligible|count|qualif\w*|be eligible|on the table))|actif|active|statut|status|suspendu|paused|"
                          r"remplace|replaced|termine|ended|existe(?:-t-(?:il|elle)| (?:encore|toujours|plus)|(?=\s*\?))|n'existe)\b")),
    # « combien de jeunes pousses » is a count ("how many"), « combien d'argent » an amount
    ("amount", re.compile(r"\b(combien(?! de (?:temps|jours|semaines|mois|annees))(?! d(?:e |')(?!argent|dollars|fonds|"
                          r"financement|credits?|prets?|capital|subventions?|aide|contributions?|investissement)[a-z])|how much|how many (?:dollars|bucks)|montant|amount|maximum|minimum|"
                          r"plafonds?|ceilings?|caps?|capped|budgets?\b(?! impact)|(?:smallest|largest|biggest|lowest|highest|typical|average|usual|median|plus (?:petit|gros|grand|bas|haut)(?:e|se)?) (?:[a-z-]+ ){0,2}?(?:loan|grant|cheque|check|ticket|investment|amount|award|pret|montant|subvention|investissement)s?|(?:cheque|ticket|investissement|pret|montant|subvention)s? (?:moyen|typique|habituel|median)\w*|"
                          r"max|jusqu.a(?! (?:l'|la |le |les |ce que|quand|maintenant|present|ici))|up to|valeur|value|taille|size|how (?:big|large)|how high (?:does|do|can|could|will|would) (?:it|they|that|this|the [a-z-]+) go|fourchettes?|(?:what|which) range|genereu\w*|generous|what(?:'s| is) the most\b|the most (?:[a-z&+-]+ ){1,3}(?:will|would|can|could) "
                          r"(?:fund|pay|cover|give|lend|grant|contribute|finance)|the most (?:i|we|you|one|it|a company) (?:can|could) "
                          r"(?:get|borrow|receive|obtain|claim|raise|put|invest|lend|give)|"
                          r"enveloppe|envelope|\$|costs?\b|couts?\b|coute|couterait|fees?\b|what (?:does|do|would|will) (?:[a-z]+ ){0,5}?pay(?:ing)?\b(?! for\b(?! (?:it|that|this|them)\b))|"
                          r"frais d.(?:inscription|adhesion|participation)|(?:c.est quoi|quels? sont|quel montant de) (?:les |des )?frais\b(?! admissibles)|frais (?:par (?:poste|demande|dossier|an)|d.examen|de traitement|de dossier|de demande|d.evaluation|annuels))")),
    ("duration", re.compile(r"\b(combien de temps|how long|duree|duration|delais?|normes? de service|service standards?|"
                            r"(?:processing|approval|review|turnaround|response) times?|turnaround|what time (?:frame|line)|(?:what|which|quelle) (?:time )?periods?|(?:sur|couvrir) (?:quelle|combien de) periodes?|"
                            r"timelines?|how many (?:days|weeks|months|years)|"
                            r"combien de (?:jours|semaines|mois|annees)|(?:runs?|lasts?|takes?) (?:the )?long(?:er|est)|"
                            r"dure(?:nt)? (?:le )?plus (?:longtemps|long)|(?:le|la) plus (?:long|longue|court|courte)|"
                            r"(?:longer|shorter|longest|shortest) (?:program|one|accelerator|cohort)|"
                            r"combien de temps dure|how long (?:does|is))\b")),
    ("eligibility", re.compile(r"\b((?<!depenses )(?<!couts )(?<!frais )(?<!salaires )(?<!projets )admissib\w*|"
                               r"eligib\w*(?! (?:costs?|expenses?|expenditures?|salar\w*|wages?|projects?|activit\w*|"
                               r"spending|work))|qui peut|who can|qui a droit|(?:a|ont) droit|who qualifies|"
                               r"age (?:max\w*|limit\w*|min\w*)|(?:max\w*|min\w*) age|limites? d.age|conditions?|criteres?|criteria|requis|"
                               r"required|requirements?|considere\w* comme|counts? as|qualif(?:y|ies) as)\b")),
    ("apply", re.compile(r"\b(postuler|(?<!rates )(?<!rate )(?<!rules )(?<!conditions )(?<!limits )(?<!caps )apply|application|demande|soumettre|submit|comment obtenir|how to get|"
                         r"s.inscrire|inscri(?:s|t|vons|vez|ption)|formulaires?|sign up|marche a suivre|(?:prochaine|premiere) etape|(?:next|first) step|step one|la demarche|(?:on )?commence(?:r|-t-on)? par quoi|par (?:quoi|ou) (?:on )?commence(?:r|-t-on)?|where (?:do|should|can) (?:we|i) (?:even )?start|where to start|premiere (?:chose|affaire) a faire|first thing to do|(?<!s.)appliqu(?:er|e|es|ons|ez|ent)\b(?! (?:la|le|les|l.|une?|des|du|ce|cette|ces|a nous|aux?)\b)|"
                         # whom to call: "what number do I call", « le numéro de téléphone »
                         r"(?:tele)?phone|what number|which number|numero (?:de telephone|a composer|sans frais)|"
                         r"quel numero|who (?:do|should|can) (?:i|we) (?:contact|call|talk to|reach)|whom to contact|(?:on )?s.adresse(?:r)? a qui|a qui (?:s.adresser|on s.adresse|m.adresser|nous adresser)|qui (?:contacter|appeler)|"
                         # what to file: "which code do we enter on the return", « quel formulaire »
                         r"(?:which|what|quel(?:le)?) (?:code|form|schedule|annexe|ligne|line)s?|(?:file|claim|submit) (?:it|them))\b")),
]


@dataclass(frozen=True)
class Question:
    intent: Intent
    focus: Focus
    programs: tuple[str, ...]
    uncovered: tuple[str, str] | None = None  # why off topic: ("program", name) | ("country", code) | ("province", code)
    listed: bool = False  # asked of every program of the list just shown ("which of them is open?")
    instead: tuple[str, ...] = ()  # programs to replace ("Are there alternatives?" right after one program's facts)


# "Who can apply?", « qui peut présenter une demande? »: who qualifies is asked, not how to apply.
_WHO_APPLIES = re.compile(r"\b(who|qui)\s+(can|may|could|is able to|is allowed to|peu(?:t|vent)|pourrai(?:t|ent)|"
                          r"a le droit de)\s+(apply|postuler|(?:presenter|deposer|faire|soumettre) une demande)\b"
                          # "who actually applies, the company or the university?", « qui dépose la demande? »
                          r"|\b(who|qui)\s+(?:actually |really |vraiment |en fait )?()(applies|submits the application|"
                          r"(?:presente|depose|fait|soumet) (?:la|une) demande)\b")
# "Up to what age can you apply?", « jusqu'à quel âge peut-on faire une demande? »: the founder's age limit.
_AGE_ASKED = re.compile(r"\b(?:(?:jusqu.a |up to )?(?:quel|what) age|(?:upper |lower )?age (?:limit|cut-?off|cap)s?|"
                        r"oldest (?:you|one) can be|limites? d.age)(?: (?:can|may|"
                        r"could) (?:you|i|we|one|a founder) apply| (?:peut|peuvent|pouvons|puis)(?:-on|-je|-nous|-ils)? "
                        r"(?:postuler|faire une demande|s.inscrire)| (?:to apply|pour (?:postuler|faire une demande)))?\b")
# "Since when does the credit apply?", « depuis quand ça s'applique? »: when it took effect, not how to apply.
SINCE_WHEN = r"since when|depuis quand|from when|as of when|a partir de quand"  # when a rule took effect (folded)
_SINCE_APPLIES = re.compile(rf"\b({SINCE_WHEN})\b(.{{0,80}}?)\b(?:appl(?:y|ies)|s.appliqu\w*)\b")
# "Does the CRIC apply to us?", « est-ce que ça s'applique à nous? »: who qualifies, not how to apply.
_APPLIES_TO = re.compile(r"\b(?:appl(?:y|ies)|s.appliqu\w*) (?=(?:to|a) (?:us|me|our|my|nous|notre|nos|mon|ma|une?|an?|"
                         r"(?:les |the )?(?:[a-z-]+ )?(?:companies|entreprises|startups?|jeunes pousses|pme|smes?))\b)")
_HOW = re.compile(r"\b(?:how|comment)\b")


def _asked(text: str) -> str:
    """The folded question without a time clause before it, an applicant asked about ("who can apply") read as who
    qualifies, and "since when does it apply" as when it took effect."""
    f = _WHO_APPLIES.sub(lambda m: f"{m.group(1)} {m.group(2)} qualify" if m.group(1) else
                         f"{m.group(4)} {'can' if m.group(4) == 'who' else 'peut'} qualify", main_ask(fold(text)))
    f = _APPLIES_TO.sub(lambda m: m.group() if _HOW.search(f[:m.start()]) else "is eligible ", f)  # not "how do we…"
    f = _AGE_ASKED.sub("age limit", f)  # "up to what age can you apply": who qualifies, no amount nor how to apply
    return _SINCE_APPLIES.sub(r"\1\2 takes effect", f)


def focus_of(text: str) -> Focus:
    f = _asked(text)
    for name, pat in _FOCUS:
        if pat.search(f):
            return name
    return "general"


def focuses_of(text: str) -> list[Focus]:
    """Every focus the question asks, in `focus_of`'s order ("when is the next cohort, and what would it cost?")."""
    f = _asked(text)
    return list(dict.fromkeys(name for name, pat in _FOCUS if pat.search(f)))


# A headcount stated ("5 employés", "a 30-person team") tells the company, it asks no size limit (« limitée à 500 employés », "fewer than 500 employees" ask one)
_STATED_SIZE = re.compile(r"(?<! a )(?<! to )(?<!than )(?<!under )(?<!over )(?<!plus de )(?<!moins de )(?<!max )"
                          r"\b\d+(?:\s|-)*(?:employes?|employees?|salaries|personnes|people|person|staff)\b")


def asked_focus(text: str) -> Focus:
    """The focus of what the text asks, a headcount it states aside ("15 employees" asks no size limit)."""
    return focus_of(_STATED_SIZE.sub(" ", fold(text)))


WHAT_IS = re.compile(r"\b(?:c'est quoi|qu'est-ce que|what(?:'s| is) (?:exactly |really )?(?:the|this|that)|how (?:does|do) (?:the|this|that) .{0,80}\bwork|(?:ca|cela) (?:marche|fonctionne) comment|comment (?:ca|cela) (?:marche|fonctionne)|comment fonctionne)")  # not "tell me about…": a topic; "how does the … work?" asks what it is


def described(text: str, loose: list[str]) -> list[str]:
    """The one program a question about a specific fact (status, amount, date…) or what it is (« C'est quoi au juste le fonds fédéral d'accès au calcul pour l'IA? »)
    names loosely (`loose`: its name's words apart or in another order); none when several fit, or the question asks
    a list ("a loan to fund our growth… what options exist for Indigenous entrepreneurs?" names no loan fund)."""
    return loose if len(loose) == 1 and (asked_focus(text) != "general" or WHAT_IS.search(fold(text))) and not asks_list(text) else []


def asks_who_applies(text: str) -> bool:
    """"Who can apply?", "who actually applies, the company or the university?", « qui dépose la demande? »."""
    return bool(_WHO_APPLIES.search(fold(text)))


def asks_list(text: str) -> bool:
    """The question asks for a list of programs ("which grants…", « quels programmes… »)."""
    return bool(_ASKS_LIST.search(one_program(fold(text))))


def asks_document(text: str) -> bool:
    """The question asks what a study or a report says ("selon l'étude…", "according to the report")."""
    return bool(_ASKS_DOCUMENT.search(fold(text)))


_OF_BODY = re.compile(r"\s*(?:de |d'|du |des |of |from )(?:the |la |l')?")


def _asks_programs(f: str, unknown: str | None) -> bool:
    """An explicit request for programs in folded `f`, other than the program word of the `unknown` program's name
    ("the admission requirements for McGill's MDCM program for…" asks about that program, not for programs) or the
    request for that body's own (« quelles aides d'Innoviris », "which grants from Enterprise Ireland")."""
    at = f.find(fold(unknown)) if unknown else -1
    end = at + len(fold(unknown or ""))
    return any(at < 0 or not (at <= m.start() <= end + 1 or _OF_BODY.fullmatch(f[m.end():at]))  # its own word too
               for m in _ASKS_PROGRAMS.finditer(f))


def classify(text: str, mentioned: list[str], has_profile: bool, evidence: Evidence | None = None,
             documents: bool = False, needs: bool = False) -> Question:
    """One decision, rules in order: nothing to answer; comparison of named programs; a named program's fact; weak
    evidence (abstain); a named document or a study question (report); which programs fit.
    `documents`: the question names a digest by one of its declared aliases. `evidence`: what retrieval found (scope);
    without it (retrieval-only callers) nothing is called off topic. `needs`: the asker states what the company needs
    (financing, interns…): a request for programs, even when it mentions a study or a trial."""
    f = one_program(fold(text))
    focus = focus_of(text)
    progs = tuple(mentioned)
    if not re.search(r"[a-z0-9]", f):
        return Question("off_topic", focus, progs)
    if progs and evidence is not None and (evidence.unknown_program or evidence.aside and evidence.alone):  # not covered:
        return Question("off_topic", focus, progs, ("program", evidence.unknown_program) if evidence.unknown_program else None)  # "EIC Accelerator", a task
    both = any(c in f for c in (" et ", " and ", " ou ", " or ")) and not _ASKS_LIST.search(f)  # not "X and Y; what else?"
    if len(progs) >= 2 and (_COMPARE.search(f) or _CHANGES.search(f) or both):
        return Question("compare", focus, progs)
    if documents and not _PROGRAMS.search(f):
        return Question("report", focus, progs)  # a named document is asked what it says, programs it names included
    if progs and not _ASKS_LIST.search(f):  # a named program is the subject unless a list of programs is asked for
        return Question("fact", focus, progs)
    spent = not progs and bool(_SPENT.search(f)) and not (evidence is not None and evidence.company)
    if evidence is not None and not progs and not documents:
        asks = _asks_programs(f, evidence.unknown_program) or spent  # a government's money asked about: ours
        uncovered = (("province", evidence.uncovered_place) if evidence.uncovered_place else
                     ("country", evidence.foreign_source) if evidence.foreign_source else
                     ("regulator", evidence.regulator) if evidence.regulator else
                     ("program", evidence.unknown_program) if evidence.unknown_program and (not asks or evidence.offered)
                else None)
        if uncovered or evidence.weak(asks=asks, study=bool(_POPULATION.search(f) or (_ASKS_DOCUMENT.search(f) and evidence.digest_share) or spent)):
            return Question("off_topic", focus, progs, uncovered)  # another province's or country's own, or weak
    if (documents or spent) and not progs:
        return Question("report", focus, progs)
    if not progs and _ASKS_DOCUMENT.search(f) and (_POPULATION.search(f) or _FIGURE_ASKED_RX.search(f)
                                                  and not _ASKS_PROGRAMS.search(f)):
        return Question("report", focus, progs)  # "how many VC firms did the study count", "what value did the press
        # release mention": a document's figure, not a need, whatever the figure is about (training projects)
    # a sector named by an asker who does not speak for a company is the topic ("barriers to AI adoption in Québec")
    topic = has_profile and evidence is not None and not evidence.company
    if not progs and not _PROGRAMS.search(f):
        if _POPULATION.search(f) and (not needs or (evidence is not None and not evidence.company)):
            return Question("report", focus, progs)  # "how many VC firms backed…": a study's count, not our needs
        if not needs and _REPORT.search(f) and (not has_profile or topic or _REPORT_STRONG.search(f)):
            return Question("report", focus, progs)
        if not needs and evidence is not None and evidence.digest_share >= DIGEST_SHARE and _FINDING.search(f):
            return Question("report", focus, progs)
    if _PROGRAMS.search(f) or has_profile or progs or (evidence is not None and evidence.operator):
        return Question("programs", focus, progs)  # an operator named alone ("is Mitacs open to startups?"): its programs
    return Question("programs" if focus == "general" else "report", focus, progs)
