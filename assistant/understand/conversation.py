"""A message read in its conversation: whether it follows up the last turn, and which programs it is about."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.models import Profile
from assistant.understand import profile as profiles
from assistant.understand.ask import words_of
from assistant.understand.evidence import Evidence
from assistant.understand.intent import _COMPARE, Question, asks_list, classify, focus_of
from assistant.understand.mentions import OTHER_THAN as _OTHER_THAN
from assistant.understand.places import QUEBEC_REGIONS
from assistant.understand.stated import MONEY_NEEDS
from assistant.understand.text import OPEN_TO, STACKING, company_voice
from common.lang import fold
from common.safety import is_suspicious
from common.vocab import Need

# Words that point at the program just shown (« ce programme », "that fund"); with "it", a pronoun for it.
_POINTERS = (r"ce programme|ce fonds|ce credit|cette subvention|ce pret|ce visa|cet appel|ce volet|ce truc|cette affaire|"
             r"celui(?:-ci|-la)?|(?:this|that) (?:program|fund|thing|grant|credit|loan|visa|call|stream)|"
             # « Est-ce encore ouvert ça? », « ça l'est-tu encore? »: its status, the thing by a pronoun
             r"(?:encore|toujours) (?:ouvert|ouverte|actif|active|disponible|en vigueur),? ca|ca (?:est )?(?:encore|toujours) (?:ouvert|actif|disponible)")
POINTS = re.compile(rf"\b(?:{_POINTERS})\b")
# French points back with a pronoun before the verb: « l'utiliser », « y postuler », « y avoir droit », « en profiter »
# (after « à », « de », « vers », l' is an article: « à l'étranger »).
_FR_PRONOUN = (r"(?<!\ba )(?<!\bde )(?<!\bvers )l'[a-z]+(?:er|ir|re)|y (?:etre |avoir )?[a-z]+(?:er|ir|re|droit)|en (?:beneficier|profiter)|"
               # « le réclamer », « la demander », « les cumuler »: the program as the object of applying for it; conjugated
               # after its subject too (« si je le combine », « on les cumule »)
               r"(?:le|la|les) (?:reclamer|demander|obtenir|utiliser|deposer|soumettre|recevoir|toucher|cumuler|combiner|jumeler)|"
               r"(?:je|on|tu|nous|vous|il|elle|ils|elles) (?:le|la|les) (?:combin|cumul|jumel|reclam|utilis)\w*")
REFERS = re.compile(rf"\b(?:it|{_POINTERS}|{_FR_PRONOUN})\b")
# "it" is the company's product when it is tested, sold or deployed ("we want to trial it in a hospital", « le tester
# dans un CIUSSS »): no program is pointed at
_ON_PRODUCT = re.compile(r"\b(?:test|trial|pilot|validate|deploy|sell|market|commerciali[sz]e|launch|install|implement|"
                         r"integrate|try|showcase|demo) it\b|\b(?:le |la |l')\s?(?:tester|valider|deployer|vendre|"
                         r"commercialiser|lancer|installer|implanter|integrer|essayer|demontrer|piloter)\b")


# "it" that points at nothing: an acknowledgement ("Got it."), the subject of a figure restated ("it's 14
# employees, not 4"), or the company's product described ("since it's software as a medical device")
_IDLE_IT = re.compile(r"\b(?:(?:got|get) it|that'?s it|it'?s (?:actually |really |now |more like |only |just )?\d|"
                      r"it(?:'s| is) (?:an? |our )?(?:[a-z-]+ ){0,2}(?:software|device|app|application|platform|tool|"
                      r"product|algorithm|model|solution|wearable|sensor|class (?:i|ii|iii|iv|1|2|3|4))\b|"
                      # time, not a program: "it's a year later", "it's been six months", « ça fait un an »
                      r"it(?:'s| is| has) (?:been |now )?(?:a|one|two|three|six|\d+) (?:years?|months?|weeks?)|"
                      r"(?:ca|cela) fait (?:un|deux|trois|six|\d+) (?:ans?|mois|semaines?))")


def refers_back(message: str) -> bool:
    """The message points back at the program just shown ("Could a startup like ours use it?"), not at its product."""
    return bool(REFERS.search(_IDLE_IT.sub(" ", _ON_PRODUCT.sub(" ", fold(message)))))
# "that" as what is compared ("how does that compare with SR&ED?", « ça se compare comment à la RS&DE? »)
# Stacking the program just discussed with another one ("can we combine it with SR&ED?", « le cumuler avec la RS&DE »)
_STACK = re.compile(rf"\b(?:{STACKING}|in addition to|on top of|en plus d[eu]|en meme temps que)\b")
_THAT = re.compile(r"\b(?:it|that|this|its|ca|cela|ceci|son|sa|ses|leur|leurs|their)\b")
# The asker points at the whole list just shown ("which of them is open?", « lequel est ouvert ? »).
_AMONG = re.compile(r"\b(?:which of (?:them|these|those)|which ones?|any of (?:them|these)|among them|lesquel(?:s|les)|"
                    r"lequel|laquelle|parmi (?:eux|elles|ceux-ci|ces programmes)|"
                    # all of them at once: "what does all that cost us?", « ça nous coûte quoi, tout ça? »
                    r"all (?:of )?(?:that|this|these|them)|each of (?:them|these)|tout (?:ca|cela)|chacun(?:e)? d'(?:eux|elles))\b")
# One program of the last answer by its place (« le deuxième », "the second one", "the latter"), not a round or a
# stream of a program or its date (« le deuxième volet », "the second round", « la dernière date limite »).
_NOT_A_PROGRAM = r"(?! (?:round|ronde|volet|stream|tour|annee|year|phase|call|appel|cohort|cohorte|option|tranche|date|deadline|echeance|edition|version))"
_PLACES: list[tuple[int, re.Pattern[str]]] = [
    # « le deuxième », « du deuxième », « au deuxième », « de la deuxième »
    (0, re.compile(rf"\b(?:(?:le|du|au) premier|(?:la|de la|a la) premiere|the first(?: one)?|the former){_NOT_A_PROGRAM}\b")),
    (1, re.compile(rf"\b(?:(?:le|du|au) (?:deuxieme|second|2e)|(?:la|de la|a la) (?:deuxieme|seconde|2e)|"
                   rf"the second(?: one)?){_NOT_A_PROGRAM}\b")),
    (2, re.compile(rf"\b(?:(?:le|du|au) troisieme|(?:la|de la|a la) troisieme|the third(?: one)?){_NOT_A_PROGRAM}\b")),
    (-1, re.compile(rf"\b(?:the latter|ce dernier|cette derniere|(?:le|du|au) dernier|(?:la|de la|a la) derniere|the last one){_NOT_A_PROGRAM}\b")),
]
# A message that opens on a pronoun for the program just discussed (« Il rembourse quel pourcentage… », « Pis lui, il
# met combien? », "It covers what share…?"): a fact of it, however long.
LEADS = re.compile(r"^(?:(?:pis|puis|et|mais|ok|ok ben|and|but|so|also)\s*,?\s+)?(?:lui\s*,?\s+|celui-la\s*,?\s+)?"
                   r"(?:il|elle|ca|it|this one|that one)\s+(?!y a\b|faut\b|(?:is|was) (?:there|it)\b)")
# A preference among kinds of support, not a program shown: "we'd prefer a labour-sponsored fund", « plutôt des prêts »
_PREFERS = re.compile(r"\b(?:prefer\w*|rather|instead|plutot)\b")
LIST_ASKED = 6  # the programs a question about the whole list covers
# A need stated, not a question about the last answer: "We also need lab space.", « On a aussi besoin d'un labo. »
MORE_NEEDED = re.compile(r"\b(?:(?:we|i) (?:(?:also|really|still|now|would|will|'ll|'d) )*need|also need|(?:we're|we are|i'm|i am) "
                         r"also looking for|aussi besoin|besoin aussi|il (?:nous|me) faut(?: aussi)?|"
                         r"on cherche aussi|nous cherchons aussi|on aurait aussi besoin)\b")
# Other programs for the same purpose: "Are there alternatives?", « Y a-t-il autre chose de semblable? »
ALTERNATIVES = re.compile(r"\b(?:alternatives?|other options?|anything (?:else|similar)|something (?:else|similar)|"
                          r"similar programs?|others? like (?:it|this|that)|autres? (?:options?|programmes?|choix)|"
                          r"autre chose|quelque chose de (?:semblable|similaire|pareil|comparable)|"
                          r"(?:programmes? )?(?:semblables?|similaires?|equivalents?|comparables?))\b")
# More of the kind just shown, after naming what the company already has ("We already have IRAP. What else?", "BDC
# Capital is on our cap table. Who else?", « d'autres prêteurs? »)
_ELSE = re.compile(r"\b(?:(?:what|who|which|where) else|qui d'autre|quoi d'autre|(?:d'|des |les )?autres (?:preteurs?|"
                   r"investisseurs?|fonds|bailleurs|options|programmes|aides|subventions|prets)|other (?:lenders?|"
                   r"investors?|funds?|programs?|options|grants?|loans?))\b")
# Profile fields that say what a message asks for (a government, an instrument, a group, a country), not the company
ASKED_FIELDS = frozenset({"government", "instruments", "excluded", "groups_asked", "countries"})
SHORT = 14  # a message this short that names no program asks about the one just discussed
POINTED = 24  # …or this long when it points back at it ("what share of the costs does it cover, and…?")
REFINE_WORDS = 6  # a message this short that states facts about the company answers the question back
FOLLOW_UP_HINTS = ("et si", "et pour", "and if", "and for", "what about", "et le", "et la", "and the", "what if",
                   "and its", "et son", "et sa", "its ", "son ", "sa ", "leur", "their", "the first", "le premier",
                   "mais si", "pis si", "puis si", "pis pour", "si on était", "si on etait", "but if", "if we were",
                   # a correction of what the asker said, asking whether the list changes
                   "ça change", "ca change", "does that change", "does it change", "would that change",
                   "change anything", "changes anything", "correction")
# Earlier words that exclude instruments for the whole conversation (« pas de prêts », "grants only", "non-dilutive").
_EXCLUSIVE = re.compile(r"\b(?:only|seulement|uniquement|juste des|non[- ]?remboursables?|non[- ]?repayable|"
                        r"non[- ]?diluti\w+|pas de|pas d'|no|without|sans|rather than|plutot que)\b")


# A short message after a study's answer that goes on asking about it (« Pis combien de jeunes pousses? », "And how
# much of that went to young companies?", "How many were startups?"): the study's next figure, not a programs question.
_GOES_ON = re.compile(r"^(?:(?:et|and|pis|puis|mais|but|so|also|ok|then|alors)\b|what about|qu.en est-il|how many|"
                      r"how much|combien|what share|what part|quelle part|quel pourcentage|what percentage)")
STUDY_FOLLOW_WORDS = 16


def follows_study(message: str, last_intent: str) -> bool:
    """The message goes on asking the study just answered: short, opening as a follow-up or on a figure, asking no list
    of programs and not speaking for a company (« nous », "our": the company's own need is a programs question)."""
    f = fold(message)
    return (last_intent == "report" and len(words_of(message)) <= STUDY_FOLLOW_WORDS and bool(_GOES_ON.search(f))
            and not asks_list(message) and not company_voice(message))


def follows_up(message: str, earlier: Sequence[str], new_facts: bool) -> bool:
    """In a conversation, a hint ("et pour…", « ça change quoi? »), a pointer at the program just shown, or a short
    message that only adds facts ("Série A", the answer to the question back) refines the last question."""
    if not earlier:
        return False
    return (any(h in message.lower() for h in FOLLOW_UP_HINTS) or bool(POINTS.search(fold(message)))
            or (new_facts and len(words_of(message)) <= REFINE_WORDS))


def carried_instruments(profile: Profile, inferred: Profile, earlier: Sequence[str], explicit: bool = False) -> Profile:
    """The profile after a message that asks a new need and names no instrument: the last question's instruments
    ("what loan options?") do not restrict it ("and to train our staff?"), unless the asker excluded some for good
    (« pas d'equity », "grants only") or set them `explicit`ly (API, UI sidebar)."""
    if explicit or not inferred.needs or inferred.instruments or not profile.instruments:
        return profile
    if any(_EXCLUSIVE.search(fold(t)) for t in earlier):
        return profile
    return profile.model_copy(update={"instruments": []})


def carried_government(profile: Profile, inferred: Profile, explicit: bool = False) -> Profile:
    """The profile after a message that asks a new need and names no government: the last question's government ("Is
    there federal support for our expansion?") does not restrict it ("and to hire interns?"), unless set `explicit`ly
    (API, UI sidebar). A follow-up that changes only the company ("what if we were a seed startup?") keeps it."""
    if explicit or not inferred.needs or inferred.government or not profile.government:
        return profile
    return profile.model_copy(update={"government": None})


# The asker says what they said of the company was wrong (« je me suis trompé », "I got that wrong", "I meant");
# not a bare « en fait » / "actually", which as often adds to what was said
_CORRECTS = re.compile(r"\b(?:(?:me suis|m'suis|j'me suis|s'est|nous sommes|on s'est) (?:trompe|mal exprime)e?s?|"
                       r"(?:got|had) (?:that|it) wrong|my (?:mistake|bad)|mon erreur|i (?:meant|misspoke)|"
                       r"je voulais dire|correction|rectification|oups|oops|"
                       # the company as it is now ("Update: a year later…", « on a maintenant 60 employés »)
                       r"update|mise a jour|maintenant|now|desormais|(?:a|one|two|\d+) (?:years?|months?) later|"
                       r"(?:un|deux|\d+) (?:ans?|mois) plus tard|since then|depuis ce temps)\b")
MATURITY = ("stage", "employees", "revenue")  # how far along the company is: one description, restated as a whole


def corrected(profile: Profile, message: str, inferred: Profile) -> Profile:
    """The session's profile before a message that corrects how far along the company is ("Oops, I got that wrong:
    we've been around for eight years, 45 employees, $12M in revenue"): the earlier stage, headcount and revenue
    describe a company that is not this one, and those the message does not restate become unknown."""
    if not _CORRECTS.search(fold(message)) or not any(getattr(inferred, f) is not None for f in MATURITY):
        return profile
    return profile.model_copy(update=dict.fromkeys(MATURITY))


# Kinds of support, not purposes: money (« seulement des prêts » asks how, not for what), and advice when the message
# asks for services ("just free services and advice, no money").
KIND_NEEDS = MONEY_NEEDS | {Need.advisory}


# A need added to those asked before ("We also need to hire two co-op students", « il nous faut aussi… »)
_ALSO = re.compile(r"\b(?:also|too|as well|aussi|egalement|en plus|de plus)\b")


def narrowed_needs(before: Profile, inferred: Profile, message: str = "") -> list[Need] | None:
    """The needs after a follow-up that only narrows the kind of support or the government (« Seulement des prêts,
    pas de subventions. », "Just free services and advice, no money.", « Et du côté fédéral, en subventions? »): the
    last question's purposes stay (the equipment, the export to the US), its money kinds give way to the kind asked.
    None when the message states a purpose of its own ("and to hire interns?"), names no kind, or switches kinds."""
    f = fold(message)
    if before.needs and set(inferred.needs) - set(before.needs) and (_ALSO.search(f) or (
            OPEN_TO.search(f) and not set(inferred.needs) - MONEY_NEEDS)):  # « on est ouverts aux prêts »:
        return list(dict.fromkeys([*before.needs, *inferred.needs]))  # both asked, each served, searched together
    if not (inferred.instruments or inferred.government) or not inferred.needs or set(inferred.needs) - KIND_NEEDS:
        return None
    kept = [n for n in before.needs if n not in MONEY_NEEDS and n not in inferred.needs]
    # the kind asked narrows the purposes kept, through the instruments asked: a loan with nothing to do with the
    # equipment is no better for « seulement des prêts », nor advice of any kind for "free advice" on the export.
    # Only kinds asked before ("Which tax credits?" → "And grants?"): another kind, searched alone (None).
    # the kind asked is weighed with them (« seulement des subventions » for the validation: grants first)
    return [*kept, *(n for n in inferred.needs if n in MONEY_NEEDS)] if kept else (None if before.needs else list(inferred.needs))


def pointed(message: str, last_programs: list[str]) -> list[str]:
    """The program of the last answer the message points at: by its place (« le deuxième »), else the first."""
    f = fold(message)
    for place, pat in _PLACES:
        if pat.search(f) and -len(last_programs) <= place < len(last_programs):
            return [last_programs[place]]
    return last_programs[:1]


def with_last(message: str, mentioned: list[str], last_programs: list[str]) -> list[str]:
    """A comparison or a stacking question that names one program after an answer about another ("how does that
    compare with SR&ED's rate?", "can we combine it with SR&ED?"): both, the one just discussed first. The last answer must be about one or two programs, or the message
    points back at it ("that", « ça »)."""
    f = fold(message)
    if len(mentioned) != 1 or not last_programs or mentioned[0] in last_programs[:2] or not (
            _COMPARE.search(f) or _STACK.search(f)):
        return mentioned
    if len(last_programs) > 2 and not _THAT.search(f):
        return mentioned
    return [pointed(message, last_programs)[0], *mentioned]


def choose_question(message: str, mentioned: list[str], new_facts: bool, last_programs: list[str], follow_up: bool,
                    names_document: Callable[[], bool], evidence: Callable[[bool], Evidence] | None = None,
                    needs: bool = False, refers: bool = False, last_intent: str = "",
                    company_facts: bool = False, held: bool = False) -> tuple[Question, bool]:
    """Classify the question once, with the right context; returns it and whether it follows up the last turn.

    - "Are there alternatives?" right after one program's facts asks for other programs for its purpose, and "What
      else?" after naming programs the company has (`held`) asks for others of the kind just shown;
    - a short question that only states the company's facts (`company_facts`: its size, stage, place…; not a government
      or an instrument asked), right after one program's facts, asks that program's fit for such a company ("Tell me
      about IRAP." → "And for a company with 600 employees?"; "Is there something similar at the federal level?" is a
      new list);
    - a short question naming no program, right after programs were shown, is about the one it points at (the first
      unless it says « le deuxième ») when it adds no new fact ("Is it still open?") or points back at it (`refers`:
      "Could a seed startup like ours use it?");
    - a comparison naming one program right after an answer about another compares the two;
    - a message that is nothing but an instruction has no question in it (off topic);
    - a question naming a digest by one of its aliases ("AI4Health") is about that document, not a profile;
    - weak retrieval evidence (scope) makes it off topic, unless it follows up the last turn ("et pour une série B ?")
      or only corrects the company's facts in a conversation, which is then a programs question."""
    n = len(words_of(message))  # its length in words (quotation marks are none)
    if len(mentioned) == 1 and _OTHER_THAN.search(fold(message)):  # its alternatives, for the same purpose
        return Question("programs", "general", (), instead=(mentioned[0],)), bool(last_programs) or follow_up
    if not mentioned and held and last_programs and (_ELSE.search(fold(message)) or ALTERNATIVES.search(fold(message))
                                                     or _OTHER_THAN.search(fold(message))):  # « autres que BDC? »
        return Question("programs", focus_of(message), ()), True  # `held`: programs it has named; more of the same kind
    if not mentioned and last_programs and MORE_NEEDED.search(fold(message)) and not refers:
        return Question("programs", focus_of(message), ()), True  # another need of the same company: a new list
    if not mentioned and len(last_programs) > 1 and _AMONG.search(fold(message)) and n <= POINTED:
        # "Which of them is specifically for AI startups?": each program just shown, whatever facts the message adds
        return Question("fact", focus_of(message), tuple(last_programs[:LIST_ASKED]), listed=True), True
    if not mentioned and last_intent == "fact" and last_programs and ALTERNATIVES.search(fold(message)):
        return Question("programs", "general", (), instead=(last_programs[0],)), True  # the same purpose, another one
    if not mentioned and company_facts and not needs and last_intent == "fact" and len(last_programs) == 1 and n <= SHORT:  # "Tell me about IRAP." → "And for a company with 600 employees?": its fit
        return classify(message, list(last_programs), has_profile=False), True
    # « pis si on veut tester ça dans un CIUSSS? »: a new need, asked as a what-if, is a new list, not a fact of the last
    if not mentioned and (not new_facts or (refers and not (needs and follow_up))) and last_programs and \
            not _PREFERS.search(fold(message)) and not (new_facts and asks_list(message)) and \
            (n <= SHORT or LEADS.search(fold(message)) or (refers and n <= POINTED)):
        if _AMONG.search(fold(message)) and len(last_programs) > 1:  # each program of the list, one line each
            return Question("fact", focus_of(message), tuple(last_programs[:LIST_ASKED]), listed=True), True
        return classify(message, pointed(message, last_programs), has_profile=False), True
    compared = with_last(message, mentioned, last_programs)
    if compared != mentioned:
        return classify(message, compared, has_profile=new_facts, needs=needs), True
    if is_suspicious(message):
        q = Question("off_topic", "general", ())
    else:
        documents = names_document()
        ev = evidence(documents) if evidence is not None else None
        ev = replace(ev, alone=False) if ev is not None and (follow_up or last_programs) else ev  # in a conversation
        q = classify(message, mentioned, has_profile=new_facts, evidence=ev, documents=documents, needs=needs)
    if q.intent == "off_topic" and (follow_up or (new_facts and bool(last_programs))) and q.uncovered is None:
        q = Question("programs", q.focus, q.programs)
        follow_up = True
    return q, follow_up


def merged_profile(session: Profile, inferred: Profile, explicit: Profile | None, language: str) -> Profile:
    """Session profile + what the message says; an explicit profile (API, UI sidebar) wins, cleared fields too. « au
    Québec » after the company's region was given says less, not another place: the region stays."""
    if inferred.region == "QC" and session.region in QUEBEC_REGIONS:
        inferred = inferred.model_copy(update={"region": session.region})
    prof = profiles.merge(session, inferred)
    if explicit is not None:
        prof = profiles.merge(prof, explicit).model_copy(
            update={f: getattr(explicit, f) for f in explicit.model_fields_set})
    return prof.model_copy(update={"language": language})
