"""What the asker says of the founder (age, identity) and which instruments they ask for; text is already folded."""

from __future__ import annotations

import re

from assistant.understand.groups import NATIONS
from assistant.understand.text import (
    INVESTORS,
    NOT_DONE,
    PRET,
    WE_COUNT,
    acceptable,
    held,
    hits,
    negated,
    own_investors,
    rx,
)
from common.vocab import Group, Instrument

# Choices (the tests pin them):
# - Age: only a stated age of a person (« j'ai 28 ans », "I'm 28", "a 28-year-old founder", « fondatrice de 32 ans »,
#   "aged 45", "founder, 28,"); a company's age (« depuis 5 ans », "3-year-old company") is not read. 16 to 99 only.
# - Audience: only when the asker says it of themselves or of their company (« je suis une femme entrepreneure »,
#   « fondatrice », "woman-led", "as a Black founder", "Indigenous-owned", "I'm a newcomer"); a question about a
#   group ("is there a fund for women?") is not a statement. Youth is read from « jeune entrepreneur » / "young
#   founder" only; a stated age is left in founder_age for the rules to compare.
# - Instruments: what the asker asks for. "Grants" / « subventions (non remboursables) » → grant only (no loan, no
#   equity); "non-dilutive" / « non dilutif » → grant, repayable contribution, tax credit, services; « prêt » / "loan"
#   → loan; « investisseur » / "investors" / "VC" / equity → equity; « crédit d'impôt » / "tax credit" → tax credit.
#   A negated term ("pas de prêt", "no equity") is not asked for. An instrument offered as one option among any
#   kind of help (« programmes ou investisseurs », "programs or investors", "grants and other funding") restricts
#   nothing: the asker wants programs of every instrument, that one included.

_AGE = [
    rx(r"(?:i am|i'm|im)\s+(?P<n>[0-9]{2})(?:\s*(?:years?[- ]old|yo|y/o|ans))?(?!\s*(?:%|\$|[0-9]|employees|people|k\b))"),
    rx(r"j'ai\s+(?P<n>[0-9]{2})\s+ans"),
    rx(r"(?P<n>[0-9]{2})[- ]years?[- ]old\s+(?:(?:solo|female|male|black|indigenous|immigrant|young)\s+)?(?:co-?)?"
       r"(?:founders?|ceo|entrepreneurs?|woman|man|engineer|scientist|researcher|physician|doctor)"),
    rx(r"(?:(?:co-?)?fondat(?:eur|rice)|entrepreneure?|dirigeante?|pdg|femme|homme)(?:\s+[a-z]+)?\s+(?:agee?\s+)?de\s+"
       r"(?P<n>[0-9]{2})\s+ans"),
    rx(r"(?:(?:co-?)?founder|ceo|entrepreneur)\s+(?:aged|of age)\s+(?P<n>[0-9]{2})"),
    # two founders' ages, « mon associé et moi (27 et 29 ans) », "we're 27 and 29": the older one counts
    rx(r"(?P<m>[0-9]{2})\s+(?:et|and)\s+(?P<n>[0-9]{2})\s+(?:ans|years?(?: old)?)"),
    # an age set off by commas after the person: "a young founder, 28, starting…", « fondatrice, 31 ans, … »
    rx(r"(?:(?:co-?)?founder|ceo|entrepreneur|(?:co-?)?fondat(?:eur|rice)|entrepreneure?|dirigeante?|pdg),\s+"
       r"(?P<n>[0-9]{2})(?:\s+(?:ans|years?(?: old)?))?(?=\s*(?:[,;.)]|$))"),
    rx(r"(?:je suis |i am |i'm )?(?:agee?|aged)\s+(?:de\s+)?(?P<n>[0-9]{2})(?:\s+ans|\s+years?)?"),
]

_SELF = (r"(?:(?:je suis|i am|i'm|as an?|en tant que|our (?:ceo|founder) is an?|notre (?:pdg|fondatrice) est)\s+(?:une?\s+|an?\s+)?|"
         rf"{WE_COUNT})")  # "we're two master's students"
# "I'm a 40-year-old Black woman", « je suis une femme entrepreneure noire »: the same sentence, not "looking for…"
_SELF_NEAR = (r"(?:je suis|i am|i'm|as an?|en tant que)\b(?:(?!\b(?:for|pour|aux|des|les|looking|cherch\w*|about|sur|"
              r"want|veux|voudrais)\b)[^.;!?]){0,60}?")
_OPENS = r"(?:^|[.!?]\s+)"  # a sentence that opens on who asks, with no verb ("Black woman founder, …")
_AUDIENCE: list[tuple[Group, re.Pattern[str]]] = [
    (Group.women, rx(rf"{_SELF_NEAR}(?:femme|woman|female (?:founder|entrepreneur|ceo))",
                     r"(?<!les )(?<!des )(?<!aux )(?:co-?)?fondatrice(?!s)", r"(?<!les )(?<!des )(?<!aux )entrepreneure(?!s)",
                     r"(?:women|woman|female)[- ](?:led|owned|founded)",
                     # the founders counted: « deux cofondatrices qui détiennent 70 % », "two female co-founders"
                     r"(?:deux|trois|quatre|[2-9]|toutes les deux|two|three|four|both) (?:(?:immigrant|black|young)\s+)?"
                     r"(?:(?:co-?)?fondatrices|(?:women|woman|female)\s+(?:co-?)?founders)",
                     r"(?:fondee?|detenue?|dirigee?s?) (?:majoritairement )?par (?:des|une) femmes?",
                     r"appart\w* (?:majoritairement )?a (?:des|une) femmes?",
                     r"(?:led|owned|founded|run) by (?:a )?wom[ae]n", r"(?:pour|for) (?:une |a )?(?:femme|woman) (?:en|in|dans|entrepreneure?|founder)\b",
                     rf"{_OPENS}(?:(?:black|young|immigrant|indigenous)\s+)?(?:woman|female)\s+(?:founder|entrepreneur|ceo)")),
    (Group.black_entrepreneurs, rx(rf"{_SELF_NEAR}(?:black|noire?)",
                                   rf"{_SELF}(?:entrepreneure?|fondat(?:eur|rice)|founder|entrepreneur)\s+noire?",
                                   r"black[- ](?:led|owned|founded)", r"(?:dirigee?|detenue?|fondee?) par des (?:personnes )?noir(?:e|s|es)",
                                   # a message that opens on who asks: "Black woman founder, came from Haiti…"
                                   rf"{_OPENS}black\s+(?:wom[ae]n\s+|female\s+|male\s+|tech\s+)?(?:founder|entrepreneur|ceo)")),
    (Group.indigenous, rx(rf"{_SELF_NEAR}(?:autochtones?|indigenous|first nations?|premieres? nations?|inuk|inuit|metis|"
                             rf"cree|crie|cris|{NATIONS})\b",
                          r"(?:entrepreneure?|fondat(?:eur|rice)|founder|entrepreneur)s? (?:autochtones?|inuit)",
                          r"(?:femme|homme|membre|personne|entrepreneure?|fondat(?:eur|rice))s? (?:des|d'une) premieres? nations?",
                          r"(?:indigenous|first nations?)[- ](?:led|owned|founded)",
                          r"(?:entreprise|startup|societe|compagnie|pme) autochtone",
                          rf"(?:entreprise|startup|societe|compagnie|pme|business|company) (?:{NATIONS}|crie)\b",
                          rf"\b(?:{NATIONS}|cree)[- ](?:owned|led|founded|business|company|startup)",
                          r"membre d'une premiere nation", r"member of an? first nation")),
    (Group.youth, rx(r"(?<!les )(?<!des )(?<!aux )jeunes? (?:entrepreneure?|fondat(?:eur|rice)|dirigeante?)(?!s)",
                     rf"{_SELF}(?:[0-9]{{2}}[- ]years?[- ]old\s+)?young (?:founder|entrepreneur)", r"(?:we are|we're|i am|i'm) (?:an? )?young (?:founders?|entrepreneurs?)")),
    (Group.newcomers, rx(rf"{_SELF_NEAR}(?:nouvel arrivant|nouvelle arrivante|newcomer|immigrant|immigrante|refugiee?|refugee)",
                         r"(?:recently|just) (?:arrived|immigrated|moved) (?:in|to) canada", r"(?:founder|entrepreneur|fondat\w+|entrepreneure?) (?:who|qui) (?:just |recently |vient d'|a recemment )?(?:immigrated|arrived|immigre|arrive)",
                         r"(?:moved|came|arrived) (?:here |to [a-z-]+ )?from [a-z-]+ (?:last|this) (?:year|spring|summer|fall|autumn|winter)",
                         r"(?:arrivee?|immigree?)s? (?:recemment )?au (?:canada|quebec)(?: recemment| depuis peu)?",
                         r"(?:new|newly arrived) (?:to|in) canada", r"(?:newcomer|immigrant) (?:founders?|entrepreneurs?)",
                         r"(?:(?:co-?)?fondat(?:eur|rice)|entrepreneure?)s? (?:nouvel(?:le)?s? arrivante?s?|immigrante?s?)",
                         r"(?:deux|trois|quatre|[2-9]|two|three|four|both) immigrant (?:wom[ae]n |female )?(?:co-?)?founders",
                         r"nouvellement arrivee?s? (?:au|en) (?:canada|quebec)",
                         # arrived from abroad some years ago, or a permanent resident: an immigrant founder
                         r"(?:arrivee?|immigree?|installee?)s? (?:ici |au canada |au quebec )?(?:de|du|des|d') ?[a-z-]+ "
                         r"(?:il y a|depuis) (?:[a-z0-9]+ )?(?:ans?|mois)",
                         r"(?:arrived|immigrated|moved|came) (?:here |to canada |to quebec )?from [a-z-]+ (?:[a-z0-9]+ )?"
                         r"(?:years?|months?) ago", r"residen(?:ce|t|te)s? permanente?s?", r"permanent residen(?:ce|t|ts|cy)")),
]

# Quasi-equity is debt that behaves like equity (a participating or subordinated loan): a loan, not a stake.
QUASI = (r"quasi[- ](?:equity|fonds propres|capitaux propres|capital)", r"prets? participatifs?", r"participating loans?",
         r"subordinated (?:debt|loans?)", r"dettes? subordonnees?")
# A round in preparation (« nous préparons une série B », "we're preparing our Series A"), not one prepared already:
# equity asked, as a need and as an instrument
ROUND_PREPARED = (rf"{NOT_DONE}(?:prepar(?:ons|ez|e|ent|es|ing)|putting together|put together|assembling|monte|montons) "
                  r"(?:une |notre |la |our |a |the )?(?:ronde|serie|series|round)")
# "equity", not the end of "quasi-equity" nor the founders' own ("$40,000 of our own equity"); « capital-actions »
# not the equity a hire is paid in ("how much equity is normal for a first VP", "equity for our CTO", "sweat equity")
EQUITY = (r"(?<!quasi-)(?<!quasi )(?<!own )(?<!sweat )equity(?! (?:is |are )?(?:normal|typical|standard|fair|usual)\b|"
          r" (?:to |should (?:we|i) )?(?:give|offer|grant)\b| (?:for|to) (?:a|an|our|the|my) (?:first |new |senior |junior |key )?"
          r"(?:[a-z-]+ ){0,2}(?:hires?|employees?|vp|cto|cfo|coo|advisors?|engineers?|developers?|scientists?|cofounders?)\b)"
          r"|capital-actions")
# Money asked with nothing to repay, by whatever noun (« aide non remboursable », "non-repayable programs"): grants,
# read by the instruments here and by the needs (needs.py).
NO_REPAY_MONEY = (r"(?:aide|financement|contribution|argent|fonds|montant|programme|option|soutien|bourse)s? (?:[a-z'-]+ ){0,2}?non[- ]?remboursables?",
                  r"non[- ]?repayable (?:[a-z-]+ ){0,2}?(?:funding|financing|contributions?|grants?|support|money|aid|funds|cash|programs?|"
                  r"programmes?|help|options?|assistance)")
# Costs recouped through taxes: "recoup part of their R&D salaries through provincial tax", « récupérer … par la fiscalité »
RECOUP_BY_TAX = (r"(?:recoup|recover|get back|claw back|claim back|recuper\w*|recouvr\w*)\s+(?:[a-z&'-]+\s+){0,10}?(?:through|via|par|with|en)\s+"
                 r"(?:the |l'|la |les? )?(?:[a-z]+ )?(?:tax|taxes|impots?|fiscalite)\b")
# Money back on R&D costs or salaries, which the tax credits give: « récupérer une partie de nos dépenses de R-D », "get money back on our R&D salaries"
RECOUP_COSTS = (r"(?:recoup|recover|get (?:some |part of (?:it |that )?)?(?:money )?back|claw back|claim back|recuper\w*|recouvr\w*)\s+"
                r"(?:[a-z'-]+\s+){0,6}?(?:r-?d|r&d|research|recherche|salaires?|salar(?:y|ies)|wages|payroll)\b")
# Borrowing in words, read as the loan need and as the loan asked: « de la dette », "we'd rather borrow", « qui prête »
BORROWING = (r"(?:de la |une |d'|la )dettes?(?! subordonnee)", r"borrow(?:ing)?", r"lenders?", r"emprunter", r"preteurs?", r"qui pret(?:e|ent)")
_NO_REPAY = rx(r"non[- ]?rembours\w*", r"non[- ]?repayable", r"(?:that|which) (?:we )?(?:don't|do not) (?:have to )?repay")
_INSTRUMENTS: list[tuple[tuple[Instrument, ...], re.Pattern[str]]] = [
    ((Instrument.grant, Instrument.repayable_contribution, Instrument.tax_credit, Instrument.services),
     rx(r"non[- ]?diluti(?:f|fs|ve|on)", r"sans (?:trop (?:de )?)?dilution", r"without (?:heavy |much |too much |significant |major |big )?dilution",
        r"sans (?:trop )?diluer", r"no dilution",
        # « on veut pas diluer », "we don't want to dilute"
        r"(?:veu[xt]|voulons|voulez|veulent) pas (?:se )?diluer", r"(?:don't|do not|doesn't|does not) want to dilute",
        # « on aime mieux pas diluer », « éviter de diluer », "we'd rather not dilute", "without diluting", "avoid any dilution"
        r"(?:mieux|prefer\w*) (?:ne )?pas (?:se )?diluer", r"(?:eviter|evitons|evite) (?:de (?:se )?diluer|(?:toute |la |une )?(?:nouvelle )?dilution)",
        r"rather not dilute", r"without diluting", r"avoid(?:ing)? (?:any |further |more |all )*(?:further )?dilution")),
    ((Instrument.grant,), rx(r"subventions?", r"grants?", r"subsid(?:y|ies)", *NO_REPAY_MONEY)),
    ((Instrument.repayable_contribution,), rx(r"(?<!non )(?<!non-)(?:contribution|avance)s? remboursables?",
                                              r"(?<!non )(?<!non-)repayable contributions?")),
    ((Instrument.loan,), rx(r"(?:micro-?)?loans?", r"micro-?prets?", r"emprunts?", r"financement par emprunt", r"debt(?: financing)?", *BORROWING,
                            r"(?:un|des|notre|du) prets?", r"prets? (?:a terme|garanti|participatif|sans interet)",
                            # by the verb or who lends: "we'd rather borrow", "who lends to…", « s'endetter », « qui prête »
                            r"(?:who|that|which) lends?", r"lend(?:s|ing)? (?:money )?to", r"s'endetter", r"endettement", r"preter",
                            *QUASI)),
    ((Instrument.equity,), rx(*INVESTORS, r"vcs?", r"venture capital", r"capital[- ](?:de )?risque",
                              EQUITY, r"anges? investisseurs?", r"angel investors?", r"lev(?:er|ee) (?:de |des )?fonds",
                              r"raise (?:a |our )?(?:round|capital|funds)", r"angels?", r"(?:des|les|d'|nos|aux) anges",
                              r"raise (?:money |funds |capital )?from",
                              # a round to raise or in preparation: « nous préparons une série B », « lever une ronde »
                              ROUND_PREPARED,
                              rf"{NOT_DONE}lev(?:er|ons) (?:une |notre |la )?(?:ronde|serie)")),
    ((Instrument.tax_credit,), rx(r"credits? d'impots?", r"tax credits?", r"credits? remboursables?", r"refundable credits?", r"sr&ed", r"rs&de", RECOUP_BY_TAX, RECOUP_COSTS,
                                  # the tax side of the support just listed (« et côté fiscal? », "on the tax side?");
                                  # not « avantages fiscaux » nor "tax breaks" alone, said of personal taxes too
                                  r"(?:cote|volet) (?:fiscal|impots?)", r"(?:on|from) the tax side",
                                  # a tax advantage for the company's hire or project ("any tax advantage for them", « un
                                  # avantage pour lui côté impôt »), not the household's (PERSONAL declines those)
                                  r"tax advantages? (?:for (?:them|him|her|our|the|this|that|hiring)|on (?:our|the|this|that))")),
    # advice and services at no cost, asked instead of money ("just free services and advice", « des conseils gratuits »)
    ((Instrument.services,), rx(r"(?:free|no[- ]cost) (?:services?|advice|help|support|coaching)",
                                r"(?:services?|conseils?|accompagnement|aide|soutien) (?:gratuits?|gratuite|sans frais)",
                                r"(?:just|only|seulement|juste|uniquement) (?:des |du )?(?:services?|conseils?|advice)")),
    # also by the verb or who gives it: "if someone guaranteed part of the loan", « qui garantirait le prêt », "a guarantor"
    ((Instrument.loan_guarantee,), rx(r"(?:loan |export )?guarantees?", r"garanties?(?: (?:de prets?|d'exportation|bancaires?))?",
                                      r"guarante(?:ed|eing)", r"guarantors?", r"garanti(?:r|rait|raient|sse|ssent|ssait|ssaient|t)", r"garants?")),
]


_ANY_HELP = (r"(?:programmes?|programs?|aides?|options?|autres? (?:sources?|formes?) de financement|"
             r"other (?:funding|financing|support|sources)|any (?:funding|support|help)|tout financement|"
             r"tout autre financement|"
             # financing in general beside a kind ("financing and tax credits?", « quel financement et quels crédits »),
             # not a kind of financing itself ("grant funding", "debt financing")
             r"(?<!grant )(?<!equity )(?<!debt )(?<!loan )(?<!venture )(?<!dilutive )(?:financing|funding|financements?))")
_OR = r"\s+(?:ou|or|et|and|and/or|et/ou)\s+(?:(?:des|les|de|other|any|quel(?:le)?s?)\s+|d')?"
_EITHER = rx(_ANY_HELP + _OR + r"[a-z'-]+", r"[a-z'-]+" + _OR + _ANY_HELP)


# an age bound said of the founder ("if she's under 40", « si elle a moins de 40 ans »): one year less, for the rules
_UNDER = rx(r"(?:i am|i'm|im|she's|she is|he's|he is|they're|they are|founder is|j'ai|(?:elle|il) a|(?:elle|il) est|je suis)\s+"
            r"(?:under|below|younger than|less than|moins de|en bas de|sous)\s+(?P<n>[0-9]{2})(?:\s*(?:years?(?: old)?|ans))?\b")


def founder_age(f: str) -> int | None:
    """The founder's age when the asker states it (16 to 99), else None; "under 40" gives 39."""
    found = sorted([(m.start(), max(int(m["n"]), int(m.groupdict().get("m") or 0))) for pat in _AGE
                    for m in pat.finditer(f) if not negated(f, m.start())]
                   + [(m.start(), int(m["n"]) - 1) for m in _UNDER.finditer(f) if not negated(f, m.start())])
    return next((n for _, n in found if 16 <= n <= 99), None)


def _asked_among(f: str, m: re.Match[str], pat: re.Pattern[str]) -> bool:
    """The instrument term is the other side of « programmes ou … » / "… or other funding"."""
    return any(m.start() <= i.start() < m.end() for i in pat.finditer(f))


# "I'm a postdoc at McGill", « je suis professeure à l'Université Laval », "as a PhD student": the asker is an
# academic researcher, trainee or hospital clinician (« je suis médecin spécialiste au CHUM »), who can apply to
# researchers' and physicians' programs herself (a spin-out before its company).
_ROLE = (r"(?:post-?doc\w*|postdoctora\w*|doctorant\w*|phd (?:student|candidate)|"
         r"graduate student|master'?s students?|grad students?|etudiante?s? (?:au|a la|en) (?:doctorat|maitrise)|"
         r"professeure?|professor|profs?(?= (?:en |a |au |titulaire|agregee?|adjointe?|chercheu|d'universite|de genie|"
         r"de medecine))|"
         r"chercheu(?:r|se)|researcher|research scientist|scientist at|chercheuse universitaire|"
         r"medecin|physician|clinicien(?:ne)?|clinician|chirurgien(?:ne)?|surgeon)")
_ACADEMIC = rx(rf"{_SELF}(?:(?:[a-z-]+\s+){{0,2}}{_ROLE})",  # "I'm a biomedical engineering professor"
               # the role set before the sentence: « Professeure à l'Université Laval, je veux… », "Postdoc at McGill, I…"
               rf"(?:^|[.!?]\s+)(?:[a-z-]+\s+)?{_ROLE}\s+(?:a|at|de|du|of|en|in|au)\b[^,.;!?]{{0,60}},\s*(?:je|j'|i|we|nous)\b",
               r"(?:mon|ma|my) (?:laboratoire|labo|lab|these|thesis|postdoc|doctorat|phd)",
               r"(?:mon|ma) (?:directeur|directrice) de (?:recherche|these)", r"my (?:phd |research |thesis )?supervisor")


def academic(f: str) -> bool | None:
    """True when the asker says she is an academic researcher, trainee or student (else unknown)."""
    return True if hits(f, _ACADEMIC) else None


def audience(f: str) -> list[Group]:
    """The groups the asker says they (or their company) belong to."""
    return [g for g, pat in _AUDIENCE if hits(f, pat)]


_NO_LOAN = rx(r"(?:de|d'|des) prets?")  # « pas de prêts » (the loan pattern reads « un prêt »; « pas prêts à » is no loan)


def excluded(f: str) -> list[Instrument]:
    """The instruments the asker rules out in words (« pas de crédits d'impôt », "no loans", "rather than equity")."""
    out = {kinds[0] for kinds, pat in [*_INSTRUMENTS[1:], ((Instrument.loan,), _NO_LOAN)]
           for m in pat.finditer(f) if negated(f, m.start())}
    return [i for i in Instrument if i in out]


def instruments(f: str, loan: bool = False) -> list[Instrument]:
    """The instruments the question asks for, in the vocabulary's order; [] when it asks for none in particular.
    `loan`: the profile read « prêt » as the noun (« Prêt ou subvention? »), not the adjective (« prêts à lever »).
    Those it rules out are not asked, whatever else asks them ("non-dilutive, but no tax credits")."""
    asked: set[Instrument] = {Instrument.loan} if loan else set()
    said: list[int] = [m.start() for m in PRET.finditer(f)] if loan else []
    for kinds, pat in _INSTRUMENTS:
        found = [p for p in hits(f, pat) if not held(f, p) and not (Instrument.equity in kinds and own_investors(f, p))]
        if found:  # not what the company already does or gets ("doing SR&ED"), nor its own investors
            asked.update(kinds)
            said += found
    if said and all(acceptable(f, p) for p in said):
        return []  # « on est ouverts aux prêts », "loans are fine": acceptable, not the only kind asked
    no_repay = bool(hits(f, _NO_REPAY))
    if not no_repay and any(_asked_among(f, m, pat) for m in _EITHER.finditer(f) for _, pat in _INSTRUMENTS):
        return []  # « programmes ou investisseurs »: an option among all help, not a restriction
    if no_repay:  # « subventions non remboursables »: nothing to repay, so no loan nor repayable contribution
        asked -= {Instrument.loan, Instrument.repayable_contribution}
    asked -= set(excluded(f))
    return [i for i in Instrument if i in asked]
