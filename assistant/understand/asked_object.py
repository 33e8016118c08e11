"""What an imperative or a "what/which …" question asks for by its noun, when no support or fact of ours is named in it."""

from __future__ import annotations

import re

from assistant.understand.text import norm, sentences

# 2026-12-06 (thirty-fourth session). The requests no program answers that escaped the readings of advice and matters
# (a hiring process to design, feature ideas to list, an offsite to organise, the terms to push for in a deal) share a
# shape: the thing asked, the noun after the imperative or after "what/which", is not something programs give or the
# corpus states. The list below is the domain's vocabulary of support and of the facts records and studies hold (never
# words of a question); a noun phrase holding none of them is asked of something else. Checked on our dev sets (about
# 900 in-scope questions: none read so; 4 escaped off-topic ones now read so) before it was used.
_LEAD = (r"^(?:(?:please|pls|svp|ok|so|hey|hi|bonjour|salut|alors|can you|could you|would you|peux-tu|pouvez-vous|"
         r"pourrais-tu|pourriez-vous)[, ]+)*")
_VERBS = (r"list|give|find|brainstorm|suggest|propose|design|organi[sz]e|plan|create|build|make|write|draft|outline|show|"
          r"name|come up with|generate|trouve|trouvez|donne|donnez|liste|listez|proposez|suggere|suggerez|concois|"
          r"organisez|planifie|planifiez|cree|creez|fais|faites|ecris|ecrivez|redige|redigez|montre|montrez|nomme|"
          r"genere|imagine|imaginez")
_IMPERATIVE = re.compile(_LEAD + rf"(?:{_VERBS})(?:-moi|-nous| me| us)?\s+(.*)")
_WHAT = re.compile(_LEAD + r"(?:what|which|quel|quelle|quels|quelles)\s+(.*)")
# "where to park?", « où se stationner? »: the place of an action, asked by its verb (what follows "where" and its
# auxiliary or pronoun), which must then be one of ours (to apply, to file, to find money…)
_WHERE = re.compile(_LEAD + r"(?:ou|where)\s+((?:(?:to|can|could|do|should|would|est-ce qu.on|est-ce que|peut-on|on peut|"
                    r"pouvons-nous|devrait-on|devrions-nous|faut-il|we|i|one|on|nous|je|se)\s+|s')+)([a-z-]+)")
_OUR_ACTS = re.compile(r"\b(?:apply|postul\w*|depos\w*|soumett\w*|submit\w*|file|filing|claim\w*|reclam\w*|trouv\w*|find|"
                       r"get|obten\w*|obtien\w*|start|commenc\w*|begin|sign up|inscri\w*|register\w*|go|aller|turn|"
                       r"adress\w*|contact\w*|ask|demand\w*|send|envoy\w*|look|cherch\w*|search\w*|stand|situe\w*|"
                       r"invest\w*|export\w*|sell|vend\w*|test\w*|pilot\w*|hire|embauch\w*|recrut\w*|recruit\w*|pitch\w*|present\w*|"
                       r"meet|rencontr\w*|network\w*|reseaut\w*|raise|lev\w*|borrow|emprunt\w*|partner\w*|collabor\w*|"
                       r"train|form\w*|valid\w*|deploy\w*|deploi\w*|implant\w*)\b")
# Where the noun phrase ends: a preposition, a pronoun, a conjunction, an auxiliary or a mark
_END = re.compile(r"\b(?:for|to|in|on|of|with|that|which|who|about|from|at|by|into|and|or|is|are|do|does|did|should|"
                  r"would|could|can|will|shall|has|have|was|were|we|i|you|pour|a|au|aux|dans|sur|de|du|des|d|avec|qui|"
                  r"que|qu|et|ou|est|sont|devrait|devrions|devrais|dois|doit|peut|peuvent|pourrait|faut|ont|va|vont|"
                  r"serait|on|nous|je|tu|vous|il|elle|ils)\b|[,.;:?!()]")
# After "what/which", the noun must be the subject or object of a verb that follows ("what terms should we push
# for"), not "what fits" or "what replaced it" (the pronoun is the subject: support asked of the context)
_AUX = re.compile(r"(?:is|are|do|does|did|should|would|could|can|will|has|have|was|were|est|sont|devrait|devrions|"
                  r"devrais|dois|doit|peut|peuvent|pourrait|faut|ont|va|vont|serait|makes?|works?|sounds?)$")
_DETERMINERS = re.compile(r"^(?:(?:a|an|the|some|any|all|my|our|me|us|un|une|le|la|les|l'|des|du|de|mon|ma|mes|notre|"
                          r"nos|\d+|few|several|quelques|plusieurs|kinds? of|types? of|sortes? de|genre de)\s+)*")
_OURS = re.compile(
    # what programs give, and who gives it
    r"\b(?:grants?|subventions?|subsid\w*|fund\w*|fonds|financ\w*|programs?|programmes?|credits?|loans?|prets?|"
    r"investors?|investisseurs?|vcs?|capital|equity|incubat\w*|accelerat\w*|mentor\w*|coach\w*|support|soutien|help|"
    r"aides?|money|argent|contributions?|bourses?|scholarships?|fellowships?|awards?|prix|tax|impots?|relief|"
    r"benefits?|avantages?|incentives?|mesures?|measures?|initiatives?|streams?|volets?|calls?|appels?|competitions?|"
    r"concours|challenges?|defis?|pilots?|pilotes?|showcases?|vitrines?|forums?|events?|evenements?|missions?|"
    r"fast.?track|voie rapide|access|acces|training|formations?|services?|"
    # whom and what they serve: hires, partners, data, places, bodies
    r"interns?|stagiaires?|internships?|stages?|students?|etudiants?|postdocs?|partners?|partenaires?|data|donnees|"
    r"organi[sz]ations?|organismes?|bodies|instances?|hospitals?|hopitaux|hopital|clinics?|labs?|laboratoires?|"
    r"universit\w*|cent(?:re|er)s?|experts?|advisors?|conseillers?|networks?|reseaux?|clusters?|grappes?|"
    r"companies|entreprises|startups?|jeunes pousses|firms?|firmes?|sectors?|secteurs?|regions?|places?|cities|villes|"
    r"trade|commerce|export\w*|markets?|marches?|"
    # the facts records and studies state
    r"deadlines?|dates?|amounts?|montants?|maximum|max|minimum|criteri\w*|criteres?|eligib\w*|admissib\w*|"
    r"requirements?|exigences?|conditions?|rates?|taux|steps?|etapes?|forms?|formulaires?|documents?|budget|"
    r"envelope|enveloppe|percentage|share|proportion|part|number|nombre|figures?|chiffres?|year|years|annee|ans|"
    r"studies|study|etudes?|reports?|rapports?|surveys?|sondages?|strateg\w*|polic\w*|politiques?|law|loi|"
    r"times?|delais?|delays?|durations?|durees?|length|periods?|periodes?|timelines?|costs?|couts?|fees?|frais|"
    r"prices?|prix|values?|valeurs?|sizes?|tailles?|limits?|limites?|thresholds?|seuils?|targets?|cibles?|ratios?|"
    # words that stand for any of them
    r"options?|resources?|ressources?|opportunit\w*|ways?|moyens?|facons?|solutions?|ones?|things?|choses?|what|"
    r"mechanisms?|mecanismes?|dispositifs?|levers?|leviers?|avenues?|pistes?|instruments?|"
    r"quoi|kinds?|types?|else|other|others|more|autres?|encore)\b")


def _noun_phrase(rest: str, after_what: bool) -> str | None:
    """The noun phrase `rest` starts with (determiners left out); after "what/which", only when a verb follows it."""
    rest = _DETERMINERS.sub("", rest.strip())
    end = _END.search(rest)
    if after_what and not (end and _AUX.match(end.group())):
        return None
    phrase = (rest[:end.start()] if end else rest).strip()
    return phrase if phrase and len(phrase.split()) <= 5 else None


def asked_object(text: str) -> str | None:
    """The noun phrase the first imperative or "what/which" sentence of `text` asks for (« Design a hiring process »:
    "hiring process"; "What terms should we push for?": "terms"), when it holds no word of support or of our facts;
    else None."""
    found = asked_thing(text)
    return found[0] if found else None


def asked_thing(text: str) -> tuple[str, str] | None:
    """asked_object's noun phrase, with the (folded) clause of its sentence that holds it."""
    for sentence in sentences(text):
        f = norm(sentence).strip()
        m, after_what = _IMPERATIVE.match(f), False
        if m is None:
            m, after_what = _WHAT.match(f), True
        where = [w for part in re.split(r"\s*[:;]\s*", f) if (w := _WHERE.match(part))] if m is None else []
        if where:  # the verb: "park", « stationner »
            act = where[0].group(2)
            if not (_OURS.search(act) or _OUR_ACTS.search(act)):
                return act, f
            continue
        if m is None:
            continue
        phrase = _noun_phrase(m.group(1), after_what)
        if phrase is None:
            continue
        if _OURS.search(phrase):
            return None
        return phrase, next((c for c in re.split(r"[,;]", f) if phrase in c), f)
    return None
