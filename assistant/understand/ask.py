"""What a message asks, apart from the context it gives: its question sentences and the wishes its writer states."""

from __future__ import annotations

import re

from assistant.understand.text import norm, sentences
from common.tokens import tokenize

# A wish or a need the writer states for the company ("we need…", « on cherche… », "I'd like…"), not one of someone
# else ("our customer wants…"): support it names is asked, even outside the question sentence.
_WE_WISH = re.compile(r"\b(?:we|i|on|nous|je|j')(?:'d|'re|'m| are| am| would| will| sont)?\s+(?:[a-z'-]+\s+){0,2}?"
                      r"(?:need|want|like|look|seek|hope|plan|apply|cherch|recherch|souhait|voud|veu|voul|aimer|"
                      r"prevo|pens|compt|a besoin|avons besoin|ai besoin|besoin|postul|demand|must|have to|has to|doi[st]|devons|doivent)\w*")
# …or the company's own ("our Montréal startup wants to…", « notre entreprise cherche… »)
_OURS_WISH = re.compile(r"\b(?:our|notre|nos)\s+(?:[a-z'-]+\s+){0,2}?(?:startup|start-up|company|team|firm|lab|business|"
                        r"entreprise|equipe|boite|compagnie|pme|jeune pousse)s?\s+(?:want|need|seek|look|plan|hope|veu|cherch|"
                        r"souhait|a besoin|doit|compte|prevo)\w*")
# Money asked in amounts or by what it pays ("$50k", « 150 000 $ », "something that pays for that", « couvrir les coûts »)
# …or the company's need said without a subject: « Faut financer 120k d'équipement », « Il nous faut un prêt »
_MUST = re.compile(r"\s*(?:(?:il )?(?:nous |me )?faut|(?:still )?(?:need|needs|looking for|seeking)(?! (?:to know|help with))|besoin d)\b")  # "Need roughly 120k."
_PAYS = re.compile(r"\bpays? for\b|\bpaid for\b|\breimburs\w*|\brefunds?\b|\bcover (?:the |our )?costs?\b|\b(?:paie|paye|payer|rembourse\w*)\b|"
                   # "pick up part of that bill", "foot the bill", "offset the cost", « éponger une partie des coûts »
                   r"\b(?:pick(?:s|ed)? up|picking up|foot(?:s|ing)?|split(?:s|ting)?|share|sharing) (?:part of |some of |half of )?(?:the |that |our |this )?(?:bill|tab|costs?)\b|"
                   r"\b(?:offset|defray|subsidi[sz]e)\w* (?:part of |some of )?(?:the |that |our |this )?(?:bill|costs?|expenses?)\b|"
                   r"\b(?:eponger|absorber|assumer|partager) (?:une partie (?:de |des |du )|la moitie (?:de |des |du ))?(?:la |les |nos |ces |cette )?(?:facture|couts|frais|depenses)\b|"
                   r"\bcouvrir (?:les |nos )?(?:couts|frais|depenses)\b|\bout of (?:our |its |their |my )?pocket\b|\bde (?:sa|notre|leur|ma) poche\b|"
                   # what a program or its phase pays out: "how much can Phase 1 pay?", « combien la phase 1 verse? »
                   r"\bhow much (?:can|could|does|do|will|would|did) (?!(?:i|we|you|they)\b)(?:[\w()-]+ ){1,6}?(?:pay|give|award)\s*(?:[?.!]|$)|"
                   r"\bcombien (?:[\w'-]+ ){0,6}?(?:verse|versent|verser|accorde|accordent|octroie|octroient)\b|"
                   # its ceiling for one project: "which offers the higher ceiling per project?", « le plafond le plus élevé »
                   r"\b(?:ceilings?|caps?|plafonds?) (?:per|par|for each|pour chaque|for one|pour un) (?:project|projet|company|entreprise|firm|applicant)\b|"
                   r"\b(?:higher|highest|bigger|biggest) (?:ceiling|cap)s?\b|\bplafonds? (?:le )?plus (?:eleve|haut)s?\b")
_AMOUNT = re.compile(r"\$|\b\d+\s?k\b|\bdollars?\b")
MIN_ASK_WORDS = 6  # a question this long says what it is about ("What fits?" leans on the context before it)


# A leading clause saying what the question is for ("For the app we're piloting at Sainte-Justine, what…", « Pour
# l'application qu'on développe, quels… »): context, before the question itself
# Or what the company got, told first ("We got an IRAP grant last year: how do we…", « On a obtenu une subvention du
# PARI l'an dernier : comment… »)
FOR_LEAD = r"(?:for|pour)\s+(?:the|a|an|our|my|this|le|la|l'|les|un|une|notre|nos|mon|ma|cette|ce)\b[^,?;]{3,100},"
_FOR_WHAT = re.compile(rf"^(?:{FOR_LEAD}|"
                       r"(?:we (?:got|received|obtained|won|were awarded)|on a (?:obtenu|re[cç]u|eu|gagn[ée])|"
                       r"nous avons (?:obtenu|re[cç]u|eu)|j'ai (?:obtenu|re[cç]u|eu))\b[^:?;]{3,100}:)\s+"
                       r"(?=(?:what|which|how|who|when|where|is|are|do|does|can|should|quel|quelle|quels|quelles|comment|"
                       r"combien|qui|est-ce|peut|faut)\b)", re.IGNORECASE)


# A request in the imperative, asked without a question mark ("Explain the differences… Our claim covers the study.")
_REQUEST = re.compile(r"(?:please |svp |s'il (?:te|vous) plait )?(?:explain|write|summari[sz]e|give|list|tell|help|draft|"
                      r"turn|compare|describe|translate|suggest|recommend|redige|ecris|explique|donne|resume|decris|"
                      r"traduis|suggere|propose|aide|aidez|make|rends|fais|compute|calculate|calcule|estimate|estime|"
                      r"rewrite|reformule|improve|ameliore|shorten|raccourcis|prepare)(?:-moi|-nous| me| us)?\b")


def asked_part(text: str, wish_only: bool = False) -> str:
    """The question sentences of `text` (else its requests, else its last sentence), without a leading clause
    saying what they are for, with each sentence stating the writer's wish; as written (`wish_only`: folded, and
    those sentences from the wish on: "We didn't get the grant and I have to end two contracts" wishes no grant)."""
    said = [s for s in sentences(text) if s.strip()]
    asks = [s for s in said if "?" in s] or [s for s in said if _REQUEST.match(norm(s))] or said[-1:]
    parts = []
    for s in said:
        if s in asks:
            parts.append(norm(_FOR_WHAT.sub("", s)) if wish_only else _FOR_WHAT.sub("", s))
        elif m := _WE_WISH.search(f := norm(s)) or _OURS_WISH.search(f) or _MUST.match(f):
            parts.append(f[m.start():] if wish_only else s)
    return " ".join(parts)


def asks_money(ask: str, amounts: bool = True) -> bool:
    """`ask` names what money pays for ("something that pays for that"), or an amount of money (`amounts`: "we need
    $50k", but also "should I pay myself $60k?", so not support asked by itself)."""
    f = norm(ask)
    return bool(_PAYS.search(f) or (amounts and _AMOUNT.search(f)))


def words_of(text: str) -> list[str]:
    """The words of `text`, folded (the measure of MIN_ASK_WORDS)."""
    return re.findall(r"[a-z0-9][a-z0-9'&+-]*", norm(text))


# "The (Québec economy ministry's loan) program for biotech firms that…: what is its minimum?" describes one program:
# a definite article before the program word, words between that are no determiner or subject (2026-12-06)
_THE_PROGRAM = re.compile(r"\bthe ((?:(?!(?:a|an|any|some|we|i|you|they|our|my)\b)[\w'&+-]+ ){1,6})program (for|that)\b")
# So does an owner's one program: "Mitacs' program that covers…", "NSERC's program for…" (not "what's", "it's")
_OWN_PROGRAM = re.compile(r"\b((?!(?:what|that|it|there|here|who|where|let|he|she)'s)\w+(?:'s|(?<=s)') )"
                          r"((?:[\w'&+-]+ ){0,5})program (for|that)\b")
# So does an organisation's one program told by what it does (ORG_VERBS: "HEC Montréal runs a mentoring program for…",
# « Mila offre un programme pour… »)
ORG_VERBS = r"has|runs|offers|a|offre|gere"
_HAS_PROGRAM = re.compile(rf"\b((?:{ORG_VERBS}) (?:an?|un) )((?:[\w'&-]+ ){{0,3}})(program|programme) "
                          r"(for|that|pour|qui)\b")


def one_program(f: str) -> str:
    """Folded `f` with each program it describes with "the … program for/that" (or an organisation's "runs a … program
    for") marked as one, not a list asked."""
    f = _HAS_PROGRAM.sub(r"\1\2\3-described \4", f)
    f = _OWN_PROGRAM.sub(r"\1\2program-described \3", f)
    return _THE_PROGRAM.sub(r"the \1program-described \2", f)


# An ask that gets its object from the sentence before by a pronoun: « Il y a un guichet pour y accéder? » after the
# data named, "Is there a program to pay for it?", « un programme pour en obtenir? » (2026-12-06, a dev set of ours)
_POINTS_BACK = re.compile(r"\b(?:y (?:acceder|avoir acces|arriver)|(?:l'|les |en )(?:obtenir|avoir|financer|payer|acceder)|"
                          r"(?:access(?:ing)?|get(?:ting)?|obtain(?:ing)?|fund(?:ing)?|financ(?:e|ing)|pay(?:ing)? for|cover(?:ing)?|"
                          r"afford(?:ing)?|file|filing|claim(?:ing)?|submit(?:ting)?|apply(?:ing)? for) (?:it|them|that|those|this)(?![\w-]| (?:year|month|week|time|round)\b)|"
                          r"(?:le|la|les) (?:reclamer|deposer|demander|soumettre)\b|"
                          r"access to (?:it|them|that|those)(?![\w-])|(?:get|gain|obtain|getting) access\s*[?.!]|"
                          # whom to approach for it: "Who should we be talking to?", « À qui devrait-on s'adresser? »
                          r"who (?:should|do|can|could) (?:we|i) (?:be )?(?:talk|talking|speak|speaking|contact|approach|call|go see)\b(?:(?! about| regarding)[^?.!])*(?:[?.!]|$)|"
                          r"a qui (?:devrait-on|doit-on|on devrait|on doit|devrions-nous|pourrait-on|on peut|parler|s'adresser)\b|"
                          # its cost, by a pronoun subject: « ça coûte combien à l'entreprise? », "what does it cost us?"
                          r"(?:ca|cela|ceci) (?:coute|coutent|vaut|revient)\b|combien (?:ca|cela) (?:coute|vaut|revient)\b|"
                          r"(?:does|did|would|will) (?:it|that|this) cost\b|(?:it|that|this) costs\b|"
                          # whether what was said can be done: "Is that possible for a small company?", « C'est faisable? »
                          r"(?:is|would|could) (?:that|this|it) (?:be )?(?:possible|feasible|doable)\b(?! to\b)|"
                          r"(?:c'est|est-ce|ce serait|ca serait|c'tu) (?:que c'est )?(?:possible|faisable)\b(?! d[e'])|"
                          r"(?:can|could) we do (?:that|this|it)\b)")


# An ask that takes its subject from the sentences before it (2026-12-07, dev sets of ours): a pronoun or a
# demonstrative ("that review fee", "those founders", "same door for both?", « ces fondateurs », « embarquer
# là-dedans »), an ellipsis ("how does our startup get in?"), or a definite noun the context introduced ("the data
# and samples" after "CARTaGENE data"); not a time ("that year", « cette semaine »)
_TIME = r"(?:case|point|end|regard|sense|way|years?|months?|weeks?|times?|moment|stage|days?|morning|evening)\b"
_ANAPHOR = re.compile(rf"\b(?:they|them|their|those|these)\b(?! {_TIME})|\b(?:both|either|les deux|l'un ou l'autre|which one|lequel|laquelle)\b|"
                      # "it" asked of: "what turnaround does it aim for?", « vise-t-il », « couvre-t-elle » (not « faut-il »)
                      r"\b(?:does|did|will|would|can|could|is|was) it\b|(?<!\by a)(?<!\bfaut)(?<!\bagit)-(?:t-)?(?:il|elle)s?\b|"
                      rf"\b(?:on|for|to|of|into|in|about|with|from|under|through|at|by|get|join|pay) (?:that|this) (?!{_TIME})[a-z]|"
                      r"(?<![\w-])(?:ces|cette|cet|ceux|celles?|celui)\b(?! (?:annee|semaine|fois|epoque|soir|matin)\b)|"
                      r"(?<![\w-])ce (?!(?:que|qui|dont|soir|matin|mois|sont|serait|sera)\b)[a-z]{3,}|"
                      r"\b(?:does|did|would|will) (?:that|this) (?:come|amount|add|go|cost|work|cover|pay|give)\b|"
                      # « ça monte à combien? », « ça couvre quoi? »: what was said is the subject
                      r"(?<![\w-])(?:ca|cela) (?:monte|donne|represente|rapporte|couvre|paie|paye|rembourse|dure|prend|exige)\b|"
                      r"\bla-dedans\b|\b(?:get|getting|got) in\s*(?:[?.!]|$)|\bembarqu(?:er|e)\b|\b(?:for|to|pour) (?:her|him|elle|lui)\b|"  # the person told of
                      # access with no object: "can a company get access?", « comment y avoir accès? »
                      r"\b(?:get|gain|obtain|have|request) access\s*(?:[?,.!]|and\b|$)|\by (?:avoir )?acc(?:es|eder)\b|"
                      # where to start on what was said: "where do we start?", « par où on commence? »
                      r"\bwhere (?:do|should|would|can|could) (?:we|i) (?:start|begin)\b|\bpar ou (?:on |je |nous )?commenc\w*|"
                      # "how does that work?", « ça marche comment? »
                      r"\bhow (?:does|do|would|will|did) (?:that|this|it) (?:work|go)\b|"
                      r"\b(?:ca|cela) (?:marche|fonctionne|se passe) comment\b|\bcomment (?:ca|cela) (?:marche|fonctionne|se passe)\b")
_DEFINITE = re.compile(r"\b(?:the|le|la|les|l')\s?([a-z][a-z-]{2,})")
# words a founder describes the company and its field with: "the AI", « l'entreprise » introduce nothing
_OWN_WORDS = set(tokenize("startup startups company companies team entreprise equipe compagnie business firm ai ia "
                          "intelligence artificial artificielle health sante quebec montreal canada"))


def continues(ask: str, context: str) -> bool:
    """`ask` takes its subject from `context`, the sentences before it: by a pronoun or a demonstrative, by an ellipsis,
    or by a definite noun that the context uses (same stem)."""
    f = norm(ask)
    if _ANAPHOR.search(f):
        return True
    before = set(tokenize(context)) - _OWN_WORDS
    return any(set(tokenize(m.group(1))) & before for m in _DEFINITE.finditer(f))


def points_back(ask: str) -> bool:
    """`ask` takes what it wants (data, a cost) from the sentence before by a pronoun."""
    return bool(_POINTS_BACK.search(norm(ask)))


# A market's total asked ("how much venture capital did the province's health startups raise in 2025", « combien le
# privé a-t-il investi en sciences de la vie »): a statistic of others' money, in the past, not support for the asker
MARKET_TOTAL = (r"\bhow much (?:[a-z$-]+ ){0,4}?did\b(?:(?!\b(?:we|our|us|i|my|me)\b)[^?]){0,80}?\b(?:raise|attract|"
                r"invest|put|pour|bring in|draw)\b(?! (?:in|into|aside in) (?:the |its )?(?:[a-z-]+ )?(?:budgets?|appropriations|credits|"
                r"envelopes?)\b)|\bcombien\b(?:(?!\b(?:nous|notre|nos|je|mon|ma|on)\b)[^?]){0,80}?"
                r"\b(?:a|ont)(?:-t-(?:il|elle)s?|-(?:il|elle)s?)? (?:ete )?(?:leve|levee?s?|attire|recolte|investi|injecte)\b")
