"""Text primitives shared by the understanding rules: folding, whole-word patterns, clauses and negation."""

from __future__ import annotations

import re

from common.lang import fold

L, R = r"(?<![a-z0-9])", r"(?![a-z0-9])"
PRET = re.compile(L + r"prets?" + R)  # « prêt(s) », folded: a loan, or the adjective (« prêts à lever »)


def rx(*alts: str) -> re.Pattern[str]:
    """Whole-word regex over folded text, from alternatives written in folded form."""
    return re.compile(L + "(?:" + "|".join(alts) + ")" + R)


def norm(text: str) -> str:
    """Folded, with typographic apostrophes and the dashes joining two words ("Canada–Singapore") made plain."""
    return fold(re.sub(r"(?<=\w)[\u2010-\u2013](?=\w)", "-", re.sub(r"[\u2019\u2018\u02bc`]", "'", text)))


CLAUSE = re.compile(r"[.;:!?,()\[\]\n]|\b(?:mais|but|plutot(?! que| qu')|rather(?! than)|instead(?! of)|however|cependant|"
                    r"toutefois|sauf|except)\b")
# Also what the asker would rather not do: "grants rather than equity", "grants than give up more equity", « plutôt
# que de céder du capital », "instead of a loan".
NEG = re.compile(r"(?:(?<![a-z'])(?:pas|non|no|not|sans|without|aucune?|ni|nor|never|jamais|nothing|rien|than|plutot que(?: de| d')?|plutot qu'[a-z]*|"
                 # the other side of a preference ("prefer debt over equity", « on aime mieux emprunter que d'aller chercher
                 # des investisseurs »), and what a kind of program must not do ("not one that takes equity", « pas un qui prend »)
                 r"(?:j'|on |nous )?(?:aim\w* mieux|prefer\w*)(?:\s+[a-z'-]+){1,3}\s+(?:que|qu'[a-z]*|over|to|than|aux)(?:\s*(?:de |d'))?(?:\s*aller)?|"
                 r"(?:not|pas|no)\s+(?:one|ones|any|un|une|ceux|celles?|celui)\s+(?:that|which|qui)\s+(?:takes?|took|prend|prennent|exigen?t?|demanden?t?|wants?|veulent|veut)|"
                 r"au lieu d'|au lieu de|instead of|give up|giving up|give away|giving away|ceder|cede)|n't)((?:\s+[a-z'-]+){0,2})[\s-]*$")
NOT_NEG = {"only", "seulement", "juste", "just", "uniquement", "que", "qu'", "simplement", "merely"}
WISH = re.compile(r"\b(?:cherch|recherch|trouver|seek|looking|find|want|souhait|aimeri|voudri|besoin|join(?!ing|ed)|rejoindre|"
                  r"veux|veut|voulons|voulez|veulent|integrer|apply|postuler|devenir|become|r?entrer|enter(?!ing|ed)|intere|interest)\w*(?:\s+[a-z'-]+){0,4}\s*$")
# The company's own site: "expand our plant in Drummondville" says where it is, not a market
_OWN_SITE = r"(?:our|my|notre|nos|mon|ma) (?:plant|factor|lab|facilit|site|office|usine|labo|bureau|locaux)"
# Joining two programs' money: « cumuler », "stack", « jumeler », "pair it with" (the stacking focus, a follow-up's stack)
STACKING = r"combin\w*|cumul\w*|stack\w*|jumel(?:er|ee?s?|le|les|lent|ant|ions|ez)\b|pair(?:ed|ing)? (?:it |them |this |that )?with"
# (not an advisor's own client, the company asked about: "my client in Sherbrooke", « mon client à Québec », "a client of mine")
TARGET = re.compile(r"\b(?:export|expan|vend|sell|vente|sales|percer|implant|marche|market|(?<!my )(?<!mon )(?<!ma )(?:client|customer)(?!e?s?\s+of mine)|demenag|"
                    r"relocat|mov|hire|hiring|recrut|recruit|embauch|engager|ajouter|atteindre)\w*(?!\s+" + _OWN_SITE + r")"
                    r"(?:\s+[a-z'-]+){0,3}\s*$")
# Settling somewhere: a Québec place after these is where the company will be (« s'implanter à Montréal », "relocating
# to Montréal", "moving our HQ from Boston to Sherbrooke"), not a market.
MOVE = re.compile(r"\b(?:implant|demenag|relocat|mov|etabli|install|set(?:ting)? up)\w*(?:\s+[a-z'-]+){0,8}\s*$")


# What the company already does, gets or belongs to ("doing SR&ED", "we already have an IRAP grant", « on fait de la
# RS&DE », « nous avons déjà une subvention », "incubated at Centech"): its situation, not help it asks for.
HELD = re.compile(r"(?:\b(?:doing|claiming|filing|receiving)(?: the| our| some)?|"
                  # "we claim SR&ED on that work", "and get IRAP": a habit stated, not "can we claim" or "how do we get"
                  r"(?<!can )(?<!could )(?<!do )(?<!should )(?<!may )(?<!to )(?<!how )(?<!would )"
                  r"\b(?:we|and)(?: already| also)? (?:claim|receive|get|use|have|hold)(?: the| our| some| an?)?|"
                  r"\b(?:we|i|they)(?:'re| are| have)? (?:already|currently)(?: [a-z'-]+){0,3}|"
                  r"\b(?:on|nous|ils|elles) (?:fait|faisons|font|reclam\w*|recev\w*|recoi\w*|touch\w*|beneficie\w*|"
                  r"utilis\w*)"
                  r"(?: deja| actuellement)?(?: de la| du| des| de l'| d'| l'| la| le| les| une?| notre| nos| leurs?)?|"
                  r"\b(?:on|nous|ils|elles) (?:a|avons|ont) deja(?: [a-z'-]+){0,2}|"
                  # its funding from a program ("we have a grant from", « on a une contribution du »)
                  r"(?<!can )(?<!could )(?<!do )(?<!should )(?<!may )(?<!to )(?<!how )(?<!would )"
                  r"\b(?:we|on|nous) (?:have|got|a|avons|obtenu|recu)(?: deja| already)? (?:an?|une?|des|our|notre|nos) "
                  r"(?:[a-z-]+ )?(?:contribution|subvention|pret|aide|financement|grant|loan|funding)s? "
                  r"(?:from|of|du|de la|de l'|d'|de|des)(?: the)?|"
                  # a place it is in ("we're in the Centech incubator", « on est chez Centech »), or a party already met
                  # ("Already talked to Real Ventures", « on a déjà rencontré… »)
                  r"\b(?:already|deja) (?:talked|spoken|spoke|met|pitched|contacted|approached|parle|rencontre|contacte|"
                  r"approche)(?: to| with| a| au| aux| avec)?(?: the| le| la| l'|l')?|"
                  r"\b(?:we're|we are|we've been|on est|nous sommes)(?: already| currently| deja| actuellement)? "
                  r"(?:in|at|with|dans|au|a|chez)(?: the| le| la| l'|l')?|"
                  # …or a cohort it is in, said among its facts ("pre-revenue, currently in District 3's cohort", « dans la
                  # cohorte de District 3 »)
                  r"(?:(?<=, )|(?<=; )|(?<=and )|(?<=et ))(?:currently|presently|now|actuellement|presentement) (?:in|at|part of|dans|au|a|chez)(?: the| le| la| l'|l')?|"
                  r"\b(?:in|dans|part of|of|membres? de) (?:the |our |la |notre |l')?(?:current |latest |derniere |actuelle )?cohortes? "
                  r"(?:of|de|du|d')(?: the| le| la| l')?|"
                  # a place it belongs to ("incubated at Centech", « incubée au Centech de l'ÉTS », "members of MEDTEQ+")
                  r"\b(?:incubated|accelerated|hosted|incubee?s?|accompagnee?s?|hebergee?s?|members?|membres?) "
                  r"(?:at|in|by|of|au|a|chez|par|de|du|d')(?: the| le| la| l'|l')?|"
                  # what the company has, listed with it ("a startup with 5 employees and a seed round")
                  r"\b(?:startup|company|business|entreprise|societe|pme|pousse)s? (?:with|avec)(?: [a-z0-9'$,-]+){0,5}? "
                  r"(?:and |et )?(?:an?|une?|our|notre)|"
                  # …or in a list of its facts ("5 employés, ronde de démarrage, qui développe…")
                  r"\b[0-9]+ (?:employes|employees|people|personnes|staff),(?: (?:an?|une?|et|and))?)\s*$")


# Money already raised, a round already closed ("raised $1.5M from angels", « on vient de boucler notre ronde de
# démarrage », « on a levé une ronde d'amorçage »): the company's history, unless more is asked after it.
RAISED = re.compile(r"\b(?:raised|closed|completed|finished|boucle|bouclee|fermee?|completee?|terminee?|conclue?|levee?|"
                    r"(?:vien(?:t|s|nent)? de |venons de |just )(?:boucler|fermer|completer|terminer|conclure|lever|close|"
                    r"raise))\b((?:\s+[^\s]+){0,5}?)\s+$")
_STILL = re.compile(r"\b(?:and|et|but|mais|now|maintenant|want|veut|voudr\w*|need|besoin|looking|cherch\w*|prepar\w*|"
                    r"next|prochaine?)\b")


# The asker speaking for a team or a company (first person plural; French « on » only before a verb it leads).
COMPANY_VOICE = re.compile(r"\b(?:we|we're|we've|our|ours|nous|notre|nos|on (?:est|a|n'a|va|veut|voudrait|aimerait|"
                           r"cherche|fait|developpe|vend|travaille|utilise|souhaite|prevoit|compte|doit|peut))\b")
# An advisor speaking of a client company: "my client", « ma cliente », "a client of mine"
ADVISED = re.compile(r"\b(?:(?:my|mon|ma) cliente?|clients? of mine|(?:un|une) de mes clientes?)\b")
_US = re.compile(r"\bus\b")  # "which grants fit us", in lower case: the asker's team, not the United States


def company_voice(text: str) -> bool:
    """The asker speaks for a team or a company (« nous », "our", "us" in lower case); `text` as written."""
    return bool(COMPANY_VOICE.search(norm(text)) or _US.search(text))


# The second of programs held together ("we claim SR&ED and IRAP", « on réclame déjà le CRIC pis la RS&DE »), or the
# one a held thing came through ("we already had our meeting through the Device Advice program"): the words held, a
# few words, then the link and an article
_AND_HELD = re.compile(HELD.pattern.removesuffix(r"\s*$") + r"\s*[^.;!?]{2,50}?\s(?:and|et|pis|&|,|through|via|par)"
                       r"(?: an?| the| our| la| le| les| l'| une?| notre| nos)?(?: federal| quebec| provincial)?\s*$")


def held(f: str, start: int) -> bool:
    """The term at `start` is what the company already does, gets or raised, and the clause wishes nothing more."""
    before = re.split(r"[.;!?](?:\s|$)", f[max(0, start - 60):start])[-1]  # « 1,5 M$ »: a comma ends no clause here
    raised = RAISED.search(before + (" " if before.endswith("'") else ""))
    return bool(HELD.search(f[max(0, start - 40):start]) or _AND_HELD.search(f[max(0, start - 100):start])
                or (raised and not _STILL.search(raised.group(1)))) and not WISH.search(clause(f, start)) \
        and not _IF.search(re.split(r"[,:]", before)[-1])  # « si on fait une rencontre… »: a what-if, not done


_IF = re.compile(r"\b(?:si|if|once|quand)\s")


# The company's own investors ("alongside our VC investors", « aux côtés de nos investisseurs en capital de risque »):
# its situation, not investors asked ("our first investors", "looking for our next VC" still are)
_OURS = re.compile(r"\b(?:our|nos|my|mes|current|existing|actuels)\s+(?!(?:first|premiers?|premieres?|next|prochains?|"
                   r"future|futur(?:e|s|es)?|new|nouvel(?:le|les)?|nouveaux?|potential|potentiel(?:le|s|les)?)\b)(?:[a-z-]+\s+){0,2}$")


# …or its one investor (« notre investisseur principal »; not « notre ronde »)
_OUR_ONE = re.compile(r"\b(?:notre|mon|ma)\s+(?!(?:premier|premiere|prochain|prochaine|futur|future|nouvel|nouveau|"
                      r"nouvelle|potentiel|potentielle)\b)(?:[a-z-]+\s+){0,1}$")


# Investors as an audience, the subject of what they expect ("the documents investors expect", « ce que les
# investisseurs veulent voir »), not sought: unless the clause asks which ones ("which investors want AI deals?")
_EXPECT = re.compile(r"(?:investors?|investisseurs?) (?:[a-z]+ ){0,2}?(?:expect|want to see|like to see|need to see|look "
                     r"(?:for|at)|ask (?:for|about)|are asking|will ask|usually ask|require|s'attendent|veulent voir|"
                     r"aiment voir|regardent|exigent|demandent)\b")
_WHICH = re.compile(r"\b(?:which|what|any|some|find|quels?|quelles?|des|trouver)\s+(?:(?:other|good|local|angel|private|"
                    r"autres|bons|anges)\s+)?$")


# Money sought beside the company's own round or investors ("a loan alongside our VC round", « un prêt à côté de notre
# ronde de capital de risque »): the round is its situation, even in a clause that wishes the loan
_BESIDE = re.compile(r"\b(?:alongside|next to|beside|besides|in addition to|on top of|a cote de|en plus de|aux cotes de|"
                     r"parallelement a)\s+(?:our|notre|nos|my|mon|ma|mes)\s+(?:[a-z-]+\s+){0,2}$")


def own_investors(f: str, start: int) -> bool:
    """The investors term at `start` names the company's own, and the clause wishes nothing more (or wishes money
    beside them), or investors as an audience (_EXPECT)."""
    before = f[max(0, start - 40):start]
    if (_EXPECT.match(f, start) and not _WHICH.search(clause(f, start))) or _BESIDE.search(before):
        return True
    ours = _OURS.search(before) or (_OUR_ONE.search(before) and f.startswith("investisseur", start))
    return bool(ours) and not WISH.search(clause(f, start))


def sentences(text: str) -> list[str]:
    """The message's sentences, split after their end mark; not after a company form's or a title's abbreviation
    (« la Fondation Montréal inc. donne… », "Dr. Benali")."""
    return re.split(r"(?<!\binc\.)(?<!\bInc\.)(?<!\bltd\.)(?<!\bLtd\.)(?<!\bDr\.)(?<=[.?!])\s+", text.strip())


def clause(f: str, start: int) -> str:
    return CLAUSE.split(f[max(0, start - 60):start])[-1]


# Said after it: « les VC c'est pas pour nous », "VCs aren't for us right now"
_NOT_FOR_US = re.compile(r"[^.,;!?]{0,25}?\b(?:c'est pas|ce n'est pas|ne sont pas|sont pas|aren't|are not|isn't|is not) "
                         r"(?:vraiment |really )?(?:pour|for) (?:nous|moi|us|me)\b")


def negated(f: str, start: int) -> bool:
    m = NEG.search(clause(f, start))
    return (m is not None and (m.group(1).split() or [""])[0] not in NOT_NEG) or bool(_NOT_FOR_US.match(f, start))


def hits(f: str, rx: re.Pattern[str]) -> list[int]:
    return [m.start() for m in rx.finditer(f) if not negated(f, m.start())]


# Investors as a pitch's audience, not investors sought (« notre présentation aux investisseurs », « devant les
# investisseurs », "our investor deck"): PITCH_TO for the deck words, INVESTORS for investors sought
PITCH_TO = [f"presentation{s} {to} " for s in ("", "s") for to in ("aux", "pour les", "pour des", "pour nos",
                                                                    "devant les", "devant des", "devant nos")]
INVESTORS = "".join(f"(?<!{w})" for w in PITCH_TO) + "investisseurs?", r"investors?(?! decks?)"


# The askers counted as who they are: "we're two master's students", « nous sommes deux étudiants » (folded)
WE_COUNT = r"(?:we're|we are|nous sommes|on est)\s+(?:two|three|four|deux|trois|quatre|[0-9])\s+"


# Not said of what is done already: « on vient de lever », "we have prepared", « nous avons préparé » (lookbehinds to
# put before a pattern of a round to raise)
NOT_DONE = ("(?<!vient de )(?<!viens de )(?<!venons de )(?<!viennent de )(?<!avons )(?<!avez )(?<!ont )(?<!avait )"
            "(?<!have )(?<!has )(?<!had )(?<!just )")


# A time clause set before the question ("When Québec unveiled its plan in May 2022, how much did it commit?",
# « Lorsque Québec a dévoilé son plan, combien… »): when it happened is context, what follows is asked
_WHEN_CLAUSE = re.compile(r"^\s*(?:[^:?]{3,80}:\s*)?(?:(?:when|once|after)(?!\s+(?:does|do|did|is|are|was|were|will|would|can|could|should|"
                          r"has|have|had)\b)|lorsqu(?:e |')|apres que|une fois que)[^,?;]{3,160},\s*(?=(?:how|what|which|"
                          r"who|did|does|do|is|was|were|combien|quel\w*|qui|que|qu'|est-ce)\b)")  # not "when does it open, …"


def main_ask(text: str) -> str:
    """`text` (folded) without a time clause set before its question."""
    return _WHEN_CLAUSE.sub("", text)


# A kind said acceptable, not asked alone: « ouverts aux prêts », "open to loans", "loans or contributions are fine"
_OPEN = r"(?:open to|ouverte?s? (?:a|aux)|pas contre|fine with|ok with|okay with)"
_FINE = (r"(?:are|is|would be|sont|serai(?:en)?t) (?:also |aussi )?"
         r"(?:fine|ok|okay|acceptable|welcome|bienvenue?s?|acceptables?|corrects?)\b")
_OPEN_BEFORE = re.compile(rf"\b{_OPEN}\s+(?:[a-z'-]+\s+){{0,2}}$")
_OPEN_AFTER = re.compile(rf"[a-z'-]*(?:\s+[a-z'-]+){{0,4}}?\s+{_FINE}")
OPEN_TO = re.compile(rf"\b{_OPEN}\s|\b{_FINE}")  # anywhere in the message: a kind said acceptable


def acceptable(f: str, pos: int) -> bool:
    """The kind of money at `pos` in folded `f` is said acceptable (« ouverts aux prêts »), not asked alone."""
    return bool(_OPEN_BEFORE.search(f[max(0, pos - 40):pos]) or _OPEN_AFTER.match(f, pos))
