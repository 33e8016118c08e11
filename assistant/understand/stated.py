"""Whether a need word in a message asks for that need: not negated, not an incubator the company is already in, not an
approval it already holds, not the university the asker works at or hires from."""

from __future__ import annotations

import re

from assistant.understand.text import WE_COUNT, held, own_investors
from assistant.understand.text import WISH as _WISH
from assistant.understand.text import clause as _clause
from assistant.understand.text import negated as _negated
from common.vocab import Need

# "I'm a postdoc", "as a PhD student", « je suis une étudiante »: who asks, not a need (one qualifier word may stand
# between the article and the term)
_SELF_IS = re.compile(r"(?:(?:i'm|i am|im|je suis|as|en tant que|comme)\s+(?:an?\s+|une?\s+)?|"  # "we're two master's…"
                      rf"{WE_COUNT})(?:[a-z'-]+\s+)?$")
_AT_UNIVERSITY = re.compile(r"(?:je suis|i'm|i am|im|incubated|incube\w*|based|located|situee?s?|hosted|heberge\w*|derivee?s?|"
                            r"etudi\w*|stud(?:y|ies|ying)|enrolled|inscrite?s?|"  # « on étudie à l'Université de Montréal »
                            r"issue?s?|essaimee?s?|spun (?:off|out)|spin[- ]?(?:off|out)s?)\s+(?:[^,.;:!?]{0,60}\s)?"
                            r"(?:a l'|at (?:the )?|de l'|of (?:the )?|from (?:the )?)(?:[a-z'-]+\s+)?universit\w+$")
# "two students from the Université du Québec", « des stagiaires de l'Université Laval »: where hires come from
_STUDENTS_OF = re.compile(r"(?:etudiant|student|stagiaire|intern|diplome|graduate|finissant|eleve)e?s?\s+(?:[a-z'-]+\s+){0,3}"
                          r"(?:(?:from|of|at|de|du|d'|a)\s*(?:the\s+|l'|la\s+)?)?(?:[a-z'-]+\s+)?universit\w+$")
# a hospital named after its university (« CHU de Québec–Université Laval »): a clinical site, not a research partner
_HOSPITAL_OF = re.compile(r"\b(?:chu|chus|chum|cusm|muhc|centre hospitalier|hopital|hospital)\b[^,.;:!?]{0,25}[-\u2013\u2014]\s*$")
# what "university" qualifies: an incubator, a hospital, the students hired ("university interns")
_HOST = re.compile(r"\s+(?:[a-z'-]+\s+)?(?:incubat\w*|accelerat\w*|spin[- ]?(?:off|out)s?|hospitals?|interns?|internships?|"
                   r"students?|graduates?|alumni)\b")  # its name may come between: "Université Laval graduates"
_ALREADY_IN = re.compile(r"(?:(?:sort(?:ons|ie|ies|is)?|sommes sortie?s?|graduated|went through|passe\w*) (?:de |du |des |par |from )?"
                         r"(?:l'|la |le |les |un |une |the |an? )?(?:[a-z'-]+\s+)?$)"
                         r"|(?:dans|in|within|at|chez|joining|joined|entering|entered|rejoint|integre)\s+"
                         r"(?:un|une|an|a|l'|notre|our|the)\s+(?:[a-z'-]+\s+)?$|(?:notre|our)\s+$"
                         r"|(?:incubated|accelerated|incube|incubee|incubes|incubees)\s+(?:at|by|in|a|par|chez|dans)\s+$"
                         r"|(?:supported|backed|hosted|coached|mentored|soutenue?s?|appuyee?s?|accompagnee?s?|hebergee?s?)"
                         r"\s+(?:by|par)\s+(?:un|une|an|a|l'|notre|our|the|le|la)\s+(?:[a-z'-]+\s+)?$")
# An approval the company already holds ("licensed by Health Canada", « déjà homologué par Santé Canada »): no need.
_HOLDS = re.compile(r"(?:(?:licen[cs]ed|approved|cleared|authori[sz]ed|certified|homologuee?s?|approuvee?s?|autorisee?s?|"
                    r"certifiee?s?)\s+(?:[a-z-]+\s+){0,2}(?:by|with|par|aupres de|de)\s+(?:the\s+|la\s+|l')?"
                    r"|(?:already|deja)\s+(?:[a-z'-]+\s+){0,3})$")
# An approval just obtained (« notre appareil vient d'obtenir l'homologation de la FDA », "we received FDA clearance"):
# the company's history, not a step it asks help for.
_OBTAINED = re.compile(r"(?:(?:vien(?:t|s|nent)? d'|venons d'|just |(?:we|it|they) (?:have |has )?|(?:a|avons|ont) )"
                       r"(?:obtenu|obtenir|obtained|got|received|recu|secured|earned)\s+"
                       # or holds it: "our device has its Health Canada licence", "we hold a Class II licence"
                       r"|(?:has|have|holds?) (?=(?:its|our|their|the|an?)\s))"
                       r"(?:l'|la |le |les |notre |nos |our |the |its |their |son |sa |ses |an? |une? )?(?:[a-z'-]+\s+){0,3}$")
# …or said after it: « notre homologation de Santé Canada (classe II) est obtenue », "our licence was granted"
_OBTAINED_AFTER = re.compile(r"(?:\s+[^\s,.;:!?]+){0,5}?\s+(?:(?:est|sont|a ete|ont ete|is|was|are|were|has been|have been)\s+"
                             r"(?:obtenue?s?|accordee?s?|delivree?s?|obtained|granted|issued|approved)\b|en poche\b|in hand\b)")
# what the company is (« on est une spin-off de l'UQAR », "we're a spin-out of McGill"): its history, not a need
_WE_ARE = re.compile(r"(?:on est|nous sommes|we are|we're|c'est|it's|est|is)\s+(?:une?\s+|an?\s+)?(?:[a-z'-]+\s+)?$")
# …or one it made already: « on vient d'incorporer une entreprise dérivée », "we just incorporated a spin-off"
_MADE = re.compile(r"\b(?:incorpor\w*|fonde\w*|cree\w*|lance\w*|founded|incorporated|launched|started|created)\s+"
                   r"(?:une?\s+|an?\s+|notre\s+|our\s+)?(?:[a-z'-]+\s+)?$")
# support qualified by another need (« de l'accompagnement pour l'export », "guidance on regulatory"): that need's
_FOR_OTHER = re.compile(r"\s+(?:pour|for|on|with|en|a|avec)\s+(?:l'|la |le |les |the |our |notre |nos )?(?:export\w*|"
                        r"marches? (?:etrangers?|internationaux)|international\w*|foreign markets?|reglementa\w*|"
                        r"regulatory|homologation)")
# Needs that name a kind of money, not a purpose: help the company may already get; « seulement des prêts » asks how
MONEY_NEEDS = frozenset({Need.non_dilutive, Need.tax_credit, Need.loan, Need.equity})
PURPOSES = frozenset({Need.rd, Need.equipment})  # what the money is for, not a kind of support: "R&D grants" asks grants
# Money already raised, a round already closed ("raised $1.5M from angels", « on vient de boucler notre ronde de
# démarrage », « on a levé une ronde d'amorçage »): the company's history, not investors it seeks.
_RAISED = re.compile(r"\b(?:raised|closed|completed|finished|boucle|bouclee|fermee?|completee?|terminee?|conclue?|levee?|"
                     r"(?:vien(?:t|s|nent)? de |venons de |just )(?:boucler|fermer|completer|terminer|conclure|lever|close|"
                     r"raise))\b((?:\s+[^\s]+){0,5}?)\s+$")
_STILL = re.compile(r"\b(?:and|et|but|mais|now|maintenant|want|veut|voudr\w*|need|besoin|looking|cherch\w*|prepar\w*|"
                    r"next|prochaine?)\b")
# the rules on data the company must follow (« à cause des règles sur les données des patients », "patient-data rules"):
# context, not data it asks access to
_RULES_ON = re.compile(r"\b(?:rules?|regles?|regulations?|reglementations?|lois?|laws?|privacy|confidentialite|protection)\s+"
                       r"(?:sur|on|about|concernant|regarding|de|des|du|for|around)?\s*(?:les\s+|la\s+|the\s+|l')?$")
# data the company's product works on or the company keeps ("uses AI to structure clinical data", « héberger nos
# données de patients »): its product, not data it seeks
_WORKS_ON = re.compile(r"\b(?:structur|analy[sz]|process|clean|label|annotat|interpret|classif|stor|host|secur|protect|"
                       r"encrypt|traite|traitant|nettoy|annot|heberg|stock|chiffr|sauvegard)\w*\s+(?:[\w'-]+\s+){0,2}$")
# equipment the company makes or sells (« on fabrique de l'équipement de réadaptation »): its product, not a purchase;
# "manufacturing equipment" (an -ing word just before) is what it manufactures with
_MAKES = re.compile(r"\b(?:mak|manufactur|build|fabriqu|produi|design|conc[oe]i|develop|vend|sell)"
                    r"(?:\w*(?:\s+[a-z'-]+){1,2}|\w*(?<!ing))\s*$")
_IS = re.compile(r"\b(?:est|sont|ete)\s+(?:maintenant\s+|deja\s+|enfin\s+|desormais\s+)?$")  # « il est homologué »: the participle says it is done
# …or it qualifies the product: « notre premier produit homologué »
_THING = re.compile(r"\b(?:produit|appareil|dispositif|logiciel|instrument|outil|application|appli)s?\s+(?:[a-z'-]+\s+)?$")
# R&D already done ("we finished our R&D", « après avoir complété la R-D », « nos résultats de R-D »): the company's
# history, not what it seeks money for
_DONE = re.compile(r"\b(?:finished|completed|done with|wrapped up|after|terminee?|finie?|completee?|acheve|apres)\s+"
                   r"(?:[a-z']+\s+){0,2}$")
# its results, to sell or commercialize: « nos résultats de R-D », "our R&D results"
_RESULTS = re.compile(r"\s+(?:results?|findings|outputs?)\b")
_RESULTS_OF = re.compile(r"\b(?:resultats?(?: de| d'| des)?|results? of)\s+(?:[a-z']+\s+)?$")
# the sector's labour shortage (« la pénurie de main-d'œuvre », "the shortage of staff"), which a product may address
_THE_SHORTAGE = re.compile(r"\b(?:la|the)\s+(?:penurie|rarete|manque|shortage)\s+(?:de\s+|d'|of\s+)$")
_TO_GET = re.compile(r"\b(?:get|getting|obtain\w*|obteni\w*|be|being|etre|become|devenir)\b")  # to be approved: a wish


def need_hit(f: str, need: Need, m: re.Match[str]) -> bool:
    """A need term that is not negated, nor who the asker is (« je suis postdoc »), an incubator the company is
    already in (« dans un incubateur »), an approval it already holds, or the university it works at or hires from."""
    if _negated(f, m.start()):
        return False
    if need in MONEY_NEEDS and held(f, m.start()):  # "doing SR&ED", « nous avons déjà une subvention »: its situation
        return False
    if need is Need.equity and own_investors(f, m.start()):
        return False
    if need is Need.talent and _SELF_IS.search(f[max(0, m.start() - 30):m.start()]):
        return False
    if need is Need.talent and _THE_SHORTAGE.search(f[max(0, m.start() - 30):m.start()]):
        return bool(_WISH.search(_clause(f, m.start())))  # « aider avec la pénurie de main-d'œuvre »: the product's aim
    if (need is Need.accelerator and m.group().startswith(("spin", "derive", "essaim"))
            and (_WE_ARE.search(f[max(0, m.start() - 30):m.start()]) or _MADE.search(f[max(0, m.start() - 40):m.start()]))):
        return bool(_WISH.search(_clause(f, m.start())))
    if need is Need.advisory and _FOR_OTHER.match(f, m.end()):
        return False
    if need is Need.accelerator and _ALREADY_IN.search(f[max(0, m.start() - 30):m.start()]):
        return bool(_WISH.search(_clause(f, m.start())))
    before = f[max(0, m.start() - 40):m.start()]
    if need is Need.data_access and _RULES_ON.search(before):
        return False
    if need is Need.data_access and _WORKS_ON.search(before):
        return bool(_WISH.search(_clause(f, m.start())))
    if need in (Need.equipment, Need.advisory) and _MAKES.search(before):  # coaching it builds is its product
        return bool(_WISH.search(_clause(f, m.start())))
    if need is Need.rd and (_RESULTS_OF.search(before) or _RESULTS.match(f, m.end())):
        return False
    if need is Need.rd and _DONE.search(before):
        return bool(_WISH.search(_clause(f, m.start())))
    if need is Need.regulatory and (_OBTAINED.search(before) or _OBTAINED_AFTER.match(f, m.end())):
        return False
    if need is Need.procurement_pilot and _RESULTS_OF.search(before):  # « nos résultats d'étude pilote »: done
        return False
    if need is Need.regulatory and (_HOLDS.search(before) or m.group().startswith("homologue") and (
            _IS.search(before) or _THING.search(before))):  # « notre premier produit homologué »: it has its licence
        clause = _clause(f, m.start())
        return bool(_WISH.search(clause) or _TO_GET.search(clause))
    # A university the asker works at or hires from, or one that qualifies an incubator: not a partner she seeks.
    if need is Need.collaborative_research:
        host = "univers" in m.group() and _HOST.match(f, m.end())  # "university hospital"; not "a project with a hospital…"
        return not (host or _AT_UNIVERSITY.search(f[max(0, m.start() - 80):m.end()])
                    or _HOSPITAL_OF.search(f[max(0, m.start() - 40):m.start()])
                    or _STUDENTS_OF.search(f[max(0, m.start() - 60):m.end()]))
    return True
