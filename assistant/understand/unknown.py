"""Proper nouns the corpus does not use, and programs asked about by a name it does not hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.retrieval.snapshot import Snapshot
from assistant.understand.text import norm
from common.lang import unaccent
from common.tokens import tokenize

_SENTENCE_END, _WORD = re.compile(r"(?:^|[.!?:;]\s*|[«\"(]\s*)$"), re.compile(r"[\w'’&+.-]+")
# A program word right after an unknown name ("SBIR grant", "EIC Accelerator") or right before it (« le prêt X »).
PROGRAM_WORDS = (r"(?:credits? d'impots?|grants?|programs?|programmes?|funds?|fonds|calls?|appels?|loans?|prets?|subventions?|"
                 r"accelerators?|accelerateurs?|incubators?|incubateurs?|awards?|bourses?|credits?|vouchers?|cheques?|"
                 r"challenges?|initiatives?|schemes?|aides?)")
_PROGRAM_WORD = re.compile(rf"{PROGRAM_WORDS}$")
_TITLE_TAIL = re.compile(r"(?:\s+[A-Z][\w-]*){1,2}")
_ELISION = re.compile(r"^(?:[lLdD]|[qQ]u)['’]")
_OF_NAME = re.compile(r"\s+(?:[\w-]+\s+)?(?:de\s+|d'|d’|du\s+|of\s+(?:the\s+)?)$")  # "EIC Accelerator d'Horizon Europe"
# A program word before the name: « le programme X », "its program X", or the name as the acronym before ("(QHAB)")
_PROGRAM_BEFORE = re.compile(rf"\b(?:(?:the|le|la|les|du|au|aux|a|an|un|une|son|sa|ses|its|their|leur|leurs|ce|cette|"
                             rf"this|quels|quelles|which|what)\s+"
                             rf"{PROGRAM_WORDS}\s+(?:de\s+|d'|of\s+)?|{PROGRAM_WORDS}\s*\(\s*|"
                             rf"{PROGRAM_WORDS}\s+from\s+(?:the\s+)?|(?:money|funding|financing|financement|argent) (?:through|via|par)\s+(?:the\s+|le\s+|la\s+|l')?)$")  # "a grant from the NIH"
# A program's own name: in capitals ending with a program word ("the CIHR Project Grant"), or quoted with one
_TITLED = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý][\w&'’-]*\s+){1,5}(?:Grants?|Programs?|Programmes?|Funds?|Fonds|Awards?|"
                     r"Challenges?|Initiatives?|Accelerators?|Incentives?|Vouchers?|Prizes?)(?![\w-])|"
                     r"(?<![\w'’-])(?:Bourses?|Subventions?|Prix|Concours|Défis?|Programmes?|Fonds|Chèques?)(?:\s+[A-ZÀ-Ý][\w&'’-]*){1,4}|"
                     # « le programme Market Readiness », "the program Catalyst Plus": a name after a program word
                     r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Aa]u|[Tt]he|[Ii]ts|[Ss]on|[Ss]a)\s+(?:programmes?|programs?|fonds|funds?|subventions?|"
                     r"grants?|prêts?|loans?|bourses?)\s+(?:[A-ZÀ-Ý][\w&'’-]*\s*){1,4}")
_DETERMINERS = frozenset({"le", "la", "les", "du", "au", "the", "its", "son", "sa"})
# Capitalised words right before a program word in lower case ("the Montréal Medtech Booster program"), unaccented
_RUN = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w&'’+-]*[ \t]+){{2,5}})(?i:{PROGRAM_WORDS})(?![\w-])")


def titled_runs(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each name of two capitalised words or more right before a program word, with its tokens (a sentence's first word left out)."""
    out = []
    for m in _RUN.finditer(unaccent(text)):
        words = m.group(1).split()[1 if _SENTENCE_END.search(text[:m.start()]) else 0:]
        toks = frozenset(t for w in words for t in tokenize(w))
        if len(words) >= 2 and len(toks) >= 2:
            out.append((" ".join(words), toks))
    return out
# A program held by the name: "NBIF's startup investment fund", « le fonds d'investissement en démarrage de la FINB ».
_HELD_BY = re.compile(rf"(?:\s*\([^()]{{0,80}}\))?\s+(?:[a-z-]+\s+){{0,3}}(?:{PROGRAM_WORDS}|rates?|taux|amounts?|montants?|terms|conditions)(?![a-z])")
_PROGRAM_OF = re.compile(rf"\b(?:{PROGRAM_WORDS}|taux|montants?|rates?|amounts?)\s+(?:(?!(?:nos|notre|our|mes|ma|mon|my|vos|votre|your)\s)[\w'-]+\s+){{0,4}}(?:de la|du|de l'|des|of the|of|de)\s*$")  # not a thing of ours: « l'aide pour payer nos heures de GPU »
# An acronym in brackets after a program told in words (« le crédit … des jeunes pousses (CISN) »), an inversion, an aside
_BRACKETED = re.compile(rf"\b{PROGRAM_WORDS}\b[^.?!;()]{{0,70}}\(\s*$")
_INVERTED, _ASIDE = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|tu)\b"), re.compile(r"\s*\([^()]{0,80}\)")  # and a local body's territory next: « la MRC de Rimouski-Neigette »
_LOCAL_BODY = re.compile(r"\b(?:mrcs?|villes?|city|municipalites?|municipality|town|arrondissements?|borough)\s+(?:de\s+(?:la\s+)?|d'|du\s+|of\s+(?:the\s+)?)$")
_OPERATOR_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][\w+&-]+)[ \t]+$")  # one capitalised word just before a name
_QUOTED = re.compile(r"[«\"“]\s*([^»\"”]{3,80}?)\s*[»\"”]|(?<![\w'’])['‘]([^'‘’\n]{3,80}?)['’](?![\w'’])")
# A quoted name right after a program word: « le programme "Cap IA Santé" »
# « le prêt pardonnable "X" », « la subvention de démarrage « X » »
_QUOTED_AFTER = re.compile(rf"{PROGRAM_WORDS}(?:\s+(?:de|d'|du|des|en|pour))?(?:\s+[a-z-]+)?\s*$")
# …or told by an appositive after it: « "Cap Santé", the innovation voucher for… », « "X", le bon de… »
_APPOSITIVE = re.compile(rf"\s*(?:,\s*(?:the|a|an|le|la|l'|un|une)\s*(?:[\w'-]+\s+){{0,3}}?|"
                         rf"(?!(?:and|or|et|ou|which|what|quels?|quelles?|for|pour|to|a|an|the)\b)(?:[a-z-]+\s+)?)"
                         rf"{PROGRAM_WORDS}(?![a-z])")


def _program_after(after: str) -> bool:
    """A program word follows, after at most three more words of the name ("SBIR Phase I grant", "EIC Accelerator")."""
    words = re.findall(r"[\w'-]+|[^\w\s]", after)[:4]
    for w in words:
        if _PROGRAM_WORD.match(norm(w)):
            return True
        if not (w[:1].isupper() or w[:1].isdigit()):
            return False
    return False


# The name as the body whose support is asked ("What funding does the MRNF offer?"): its own programs, which the corpus
# does not hold; "What's the maximum funding X gives…", « X investit combien… »: the sum a body gives asked.
_ASKS_SUPPORT = re.compile(rf"\b(?:(?:what|which|quel(?:le)?s?)(?:'s| is| est)?\s+(?:the\s+|le\s+|la\s+)?(?:[a-z-]+\s+)?"
                           rf"(?:kind of\s+|type de\s+)?(?:funding|financement|support|soutien|aides?|help|{PROGRAM_WORDS})|"
                           rf"how much|combien)\b")
_OFFERS = re.compile(r"\s+(?:offer|offers|provide|provides|give|gives|invest|invests|lend|lends|offre|offrent|propose|"
                     rf"proposent|accorde|accordent|investit|investissent|donne|donnent|prete|pretent|(?:have|has|a|ont)(?=(?:-t-(?:il|elle)|-tu)?\s+(?:a|an|any|un|une|des|de)\s+(?:[a-z-]+\s+){{0,2}}(?:{PROGRAM_WORDS}|vitrines?|showcases?|forums?|services?|parcours)))(?![\w])")  # or has one ("Does X have a fund?", « X a-tu une vitrine? »)
# "What does X offer…", « Que propose X… », « X, qu'est-ce que ça offre… »: what the body offers is the question
_WHAT_DOES = re.compile(r"\b(?:what (?:does|do|can|could)|que (?:propose|offre)(?:nt)?|qu'est-ce (?:que|qu'))\s*(?:the\s+|le\s+|la\s+|l'|les\s+)?$")
_WHAT_IT_OFFERS = re.compile(r"[^.?!]{0,40}?\bqu'est-ce (?:que|qu')\s*(?:ca|ils?|elles?)\s+(?:offre|offrent|propose|proposent)\b")
_FUNDS = re.compile(r"\s+(?:(?:peut|peuvent|pourrait|pourraient|can|could|would|will)\s+(?:nous\s+|us\s+|me\s+|m')?(?:fund|lend|invest in|pay|cover|reimburse|financer|preter|subventionner|investir|rembourser|payer|couvrir)|funds?|reimburses?|rembourse(?:nt)?|finance|financent|subventionne|subventionnent)(?![\w])")  # "Does X fund…?", « X peut nous financer »: whether the body funds it is the question
_OF_PLACE = re.compile(r"\s+(?:de|du|d'|of)\s*[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*")  # « la SADC de Memphrémagog »: the body named with its place
_TAG = re.compile(r"^[^.?!]*?,?\s(?:right|correct|no|non|hein|isn't it|doesn't (?:it|he|she)|don't they|n'est-ce pas|pas vrai|c'est ca)\s*\?")  # a statement checked by a tag ("X has a loan program, right?")
_YES_NO = re.compile(r"(?:^|\s)(?:est-ce (?:que |qu')?\s*(?:le\s+|la\s+|les\s+|l')?|does\s+(?:the\s+)?|do\s+(?:the\s+)?|will\s+(?:the\s+)?|(?:can|could)\s+(?:the\s+)?)$")


def offering(text: str, start: int, end: int) -> bool:
    """The name offers the support its sentence asks about ("what does X offer?", « X, qu'est-ce que ça offre? »)."""
    sentence = norm(re.sub(r"(?<=\s)(?:[A-ZÀ-Ý][\w'-]*\s+)+$", "", re.split(r"[.!?]\s", text[:start])[-1]))  # "Does Sherbrooke X"
    tail = _TITLE_TAIL.match(text, end) or _ASIDE.match(text, end) or _OF_PLACE.match(text, end)  # "the TransMedTech Institute gives…", « X (…) »
    after = norm(text[tail.end() if tail else end:end + 160])
    offered = _OFFERS.match(after) or _FUNDS.match(after)  # "Does X fund…?", « X finance-tu… »: whether it funds it
    if offered is not None and _INVERTED.match(after, offered.end()) and "?" in after:
        return True  # a yes/no question by inversion: « Le CQIB offre-t-il des subventions? », « X finance-tu… »
    if offered is not None and (_ASKS_SUPPORT.search(sentence) is not None or _WHAT_DOES.search(sentence) is not None
                                or _ASKS_SUPPORT.match(after, offered.end() + 1) is not None):
        return True  # "what funding does X offer", "what's the maximum funding X gives", « X investit combien »
    return _WHAT_IT_OFFERS.match(after) is not None or (offered is not None and (_YES_NO.search(sentence) is not None or _TAG.match(after) is not None))


def _first_offers(text: str, m: re.Match[str]) -> bool:
    """A sentence's first word right before the verb offering what is asked (« Innovacorp investit combien? »)."""
    return _OFFERS.match(unaccent(text[m.end():m.end() + 40].lower())) is not None and offering(text, *m.span())


def _held_by(text: str, start: int, end: int) -> bool:
    """The name, in the possessive, holds a program or its terms: "NBIF's startup investment fund", "SOCCA's (…) rates"."""
    return text[start:end].endswith(("'s", "’s")) and _HELD_BY.match(norm(text[end:end + 140])) is not None


def quoted_phrases(snap: Snapshot) -> set[str]:
    """What the corpus itself quotes (« Santé », the name of a call a record describes; 'Health'), normalised: a
    question quoting it names what the corpus holds, not another program."""
    return {norm(m.group(1) or m.group(2)) for row in snap.chunks.values() for m in _QUOTED.finditer(row.text)}


# A name of three capitalised words or more ("Ontario Centre of Innovation's", "Massachusetts Life Sciences Center"): an
# organisation's, unknown when its words are not all in one name of the corpus, however common each word is.
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:(?:of|de|du|des|for|the|and|et)\s+)?[A-ZÀ-Ý][\w&'’.-]*){2,}")
# A possessive; the text up to the last sentence that ends inside a run of capitalised words
_POSSESSIVE, _ENDED = re.compile(r"['’]s(?!\w)"), re.compile(r".*[a-zà-ÿ]{2}\.\s+")
# A program in capitals held by a name in the possessive: "BDC's AI Health Accelerator program", "CIHR's Partnerships
# for Health System Improvement grant" (its words, common as they are, in no name of the corpus: another program).
_PROGRAM_NEXT = re.compile(rf"\s+(?:[a-z-]+\s+)?{PROGRAM_WORDS}(?![a-z])")  # "… Accelerator program", "… seed grant"
_OWNED = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w+&.-]*['’]s\s+((?:[A-ZÀ-Ý][\w&+.-]*|\d[\w.]*)(?:\s+(?:(?:of|for|the|and|in|on)\s+)?"
                    r"(?:[A-ZÀ-Ý][\w&+.-]*|\d[\w.]*)){1,6})")


class UnknownNames:
    """The corpus's words (lower-cased tokens) and capitalised words, and the names a question uses beyond them."""

    def __init__(self, vocabulary: set[str], capitals: set[str], operators: set[str] | None = None,
                 operator_programs: dict[str, set[str]] | None = None, operator_names: set[str] | None = None,
                 known: Sequence[frozenset[str]] = (), quoted: set[str] | None = None,
                 places: frozenset[str] = frozenset(), written: str = "") -> None:
        self.vocabulary = vocabulary
        self.capitals = capitals
        self.operators = operators or set()  # the words (tokens) of our programs' operators' names, in capitals
        # an operator's acronym (token) → the words (tokens) of the names of its programs in the corpus
        self.operator_programs = operator_programs or {}
        self.operator_names = operator_names or set()  # one-word operator names as written ("Mitacs", "MEDTEQ+")
        self.known = list(known)  # the words of each name of the corpus (programs, aliases, operators, documents)
        self.quoted = quoted or set()  # what the corpus quotes (quoted_phrases)
        self.places = places  # the words of Québec's places the profile reads: a city is never a program's name
        self.written = written  # the corpus's own names in capitals (written_names): never unknown

    def spans(self, text: str, firsts: bool = False) -> list[tuple[int, int]]:
        """Spans of the proper nouns the corpus does not use ("PyTorch", "CHUS", "Nuvoda"), consecutive ones merged
        (`firsts`: a sentence's first word too when it offers the support asked, « Innovacorp investit combien? »)."""
        spans: list[tuple[int, int]] = []
        shouted = sum(w.isupper() for w in _WORD.findall(text)) * 2 > len(_WORD.findall(text))
        for m in _WORD.finditer(text):
            w = _ELISION.sub("", m.group(0))  # « qu'Innosuisse », « d'Innosuisse »: the name after the elision
            caps = sum(c.isupper() for c in w)
            first = bool(_SENTENCE_END.search(text[:m.start()]))
            proper = caps >= 2 or (caps == 1 and w[0].isupper() and (not first or firsts and _first_offers(text, m)))
            acronym = not shouted and len(w) >= 3 and w.isalpha() and w.isupper() and w not in self.capitals
            if proper and (acronym or not all(t in self.vocabulary for t in tokenize(w))):
                if spans and not text[spans[-1][1]:m.start()].strip() and not first:  # « Halifax. Innovacorp »: two
                    spans[-1] = (spans[-1][0], m.end())
                else:
                    spans.append((m.start(), m.end()))
        return spans

    def organisations(self, text: str) -> list[tuple[int, int]]:
        """Spans of names of several capitalised words that no name of the corpus holds all the words of ("Ontario
        Centre of Innovation's"), without a sentence's first word ("Does the Massachusetts Life Sciences Center")."""
        out = []
        for m in _NAME_RUN.finditer(text):
            start, name = m.start(), m.group(0)
            if (cut := _ENDED.search(name)) is not None:  # "… in Trois-Rivières. Investissement Québec's …": two sentences
                start, name = start + cut.end(), name[cut.end():]
            if (own := _POSSESSIVE.search(name)) is not None:  # "X's Market Readiness": X is the holder
                name = name[:own.end()]
            if _SENTENCE_END.search(text[:start]):  # "Does the Massachusetts …": the sentence's first word is no name
                rest = re.match(r"\S+\s+(?:(?:of|de|du|des|for|the|and|et)\s+)?", name)
                start, name = (start + rest.end(), name[rest.end():]) if rest else (start, name)
            words = set(tokenize(_POSSESSIVE.sub("", name)))
            if len(name.split()) >= 2 and words and not any(words <= k for k in self.known):
                out.append((start, start + len(name)))
        return out

    def without(self, text: str) -> str:
        """The question without the proper nouns the corpus does not use ("PyTorch", "CHUS", "Nuvoda")."""
        out, last = [], 0
        for start, end in self.spans(text):
            out.append(text[last:start])
            last = end
        return "".join(out) + text[last:]

    def program(self, text: str, beside: Sequence[str] = ()) -> str | None:
        """A program the question asks about by a name the corpus does not use ("the Wellcome Leap challenge",
        « le programme Wallonie Santé »): a proper noun next to a program word. A company, hospital or tool named
        elsewhere in the question is not one (the asker's own names never make it off topic). `beside`: the names of
        programs the question names; then only a part of a longer name that starts with one of them counts ("Horizon
        Europe EIC Accelerator": the EIC Accelerator, which the Horizon Europe record does not cover)."""
        if (owned := self.owned(text, beside)) is not None:
            return owned
        # an organisation's name of common words counts when it holds the program ("X Centre of Innovation's … program")
        spans = sorted(set(self.spans(text, True)) | {sp for sp in self.organisations(text) if _held_by(text, *sp)})
        if beside:
            found = [m for n in beside for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)]
            spans = [(a, b) for a, b in spans if any(  # right after the name, or before « … d'Horizon Europe »
                (m.end() <= a and not text[m.end():a].strip()) or (b <= m.start() and _OF_NAME.match(text[b:m.start()]))
                for m in found)]
        for start, end in spans:
            if text[start:end].endswith(".") or (toks := set(tokenize(text[start:end]))) and toks <= self.places or _LOCAL_BODY.search(norm(text[max(0, start - 30):start])):
                continue  # "… for the CLSC. Which credits…": the sentence ended; "Which Sherbrooke incubator": a city
            before = text[max(0, start - 30):start]
            if not beside and (op := self._after_operator(before)):
                return f"{op} {text[start:end]}"  # "Mitacs Globalink": another program of an operator of ours
            if _program_after(text[end:end + 60]) or _PROGRAM_BEFORE.search(norm(before)) \
                    or (text[end:end + 1] == "," and _APPOSITIVE.match(norm(text[end:end + 60]))) \
                    or _held_by(text, start, end) or _PROGRAM_OF.search(norm(text[max(0, start - 60):start])) \
                    or _BRACKETED.search(norm(text[max(0, start - 90):start])) \
                    or offering(text, start, end):
                tail = _TITLE_TAIL.match(text, end)  # the name's capitalised words after it ("EIC Accelerator")
                return _ELISION.sub("", text[start:tail.end() if tail else end])
        titled = self.titled(text)  # with names of ours, only a titled one they hold (« le Fonds X de Desjardins »), in
        if not titled or not beside:  # none of their names (« le programme Accélération de Centech »: one of them)
            return titled
        own = {t for w in titled.split() if not _PROGRAM_WORD.match(norm(w)) for t in tokenize(w)}
        held = any(re.search(rf"{re.escape(titled)}\s*(?:de la |du |de |d'|of |from )(?:the |la |le |l')?{re.escape(n)}",
                             text, re.I) for n in beside)
        return titled if held and not own <= {t for n in beside for t in tokenize(n)} else None

    def owned(self, text: str, beside: Sequence[str] = ()) -> str | None:
        """A program in capitals held by a name in the possessive, with a program word, in no name of the corpus ("BDC's AI
        Health Accelerator program"); not one the question names (`beside`)."""
        named = {t for n in beside for t in tokenize(n)}
        for m in _OWNED.finditer(text):
            name, after = m.group(1), norm(text[m.end():m.end() + 40])
            if not (_PROGRAM_WORD.search(norm(name)) or _PROGRAM_NEXT.match(after)):
                continue
            words = set(tokenize(name))
            if {w for w in words if not w.isdigit()} <= named:  # its year aside
                continue
            holder = [t for t in tokenize(text[m.start():m.start(1)]) if t in self.operator_programs]
            # the holder one of our operators: one of its own programs, or another; else any name of the corpus
            if not (words <= self.operator_programs[holder[0]] if holder else any(words <= k for k in self.known)):
                return name
        return None

    def offered(self, text: str) -> bool:
        """A proper noun the corpus does not use is the body whose support is asked ("What funding do … the MRNF offer?")."""
        return any(offering(text, start, end) for start, end in self.spans(text, True))

    def _after_operator(self, before: str) -> str | None:
        """The one-word name of one of our operators right before an unknown name ("Mitacs Globalink")."""
        m = _OPERATOR_BEFORE.search(before)
        return m.group(1) if m is not None and m.group(1) in self.operator_names else None

    def _ours(self, name: str) -> bool:
        """The name is an operator's of ours followed or preceded by a program word (« les Bourses Mitacs »): one of
        its programs, which the records may name otherwise. Only when every other capitalised word is the operator's."""
        words = [w for w in re.findall(r"[\w'’-]+", name) if w[:1].isupper() and not _PROGRAM_WORD.match(norm(w))]
        if not words or not all(t in self.operators for w in words for t in tokenize(w)):
            return False
        toks = {t for w in words for t in tokenize(w)}
        if not (len(words) == 1 and (words[0] in self.operator_names or words[0].isupper())) \
                and not any(toks == k for k in self.known):
            return False  # words of operators' names that make no one name: « le programme Santé numérique 4.0 »,
            # "the Canadian Digital Health Innovation Fund"
        # named with its acronym ("NSERC Discovery Grant"): its other words must name one of that operator's programs
        # of the corpus, or it is another of its programs, which the corpus does not hold
        acronyms = [t for w in words if w.isupper() for t in tokenize(w) if t in self.operator_programs]
        rest = [t for w in words if not w.isupper() for t in tokenize(w)]
        return not acronyms or all(any(t in self.operator_programs[a] for a in acronyms) for t in rest)

    def titled(self, text: str) -> str | None:
        """A program named in capitals or quoted with a program word that no record's name holds ("the CIHR Project
        Grant", « le "Fonds Santé numérique Québec 2026" »): a name of the corpus is found by the name index first, so
        what reaches here is another program. Not at a sentence's start, where any word takes a capital."""
        starts = (w.start() for w in re.finditer(r"(?<![\w'’-])\w", text))  # overlapping: « Le Fonds » and « Fonds X »
        for m in filter(None, (_TITLED.match(text, i) for i in starts)):
            first = m.group(0).split()[0]
            led = first.lower() in _DETERMINERS  # « Le programme X »: the capital that says a name is X's, not Le's
            if (led or not _SENTENCE_END.search(text[:m.start()])) and not self._ours(m.group(0)) \
                    and (led or _PROGRAM_WORD.match(norm(first)) or not any(set(tokenize(m.group(0))) <= k for k in self.known)) \
                    and norm(m.group(0)) not in self.written:
                # "the Québec Health Accelerator": a name of ours written loosely (not « le programme Santé … »)
                return " ".join(m.group(0).split()[1:]) if led else m.group(0)
        for name, toks in titled_runs(text):  # "the Montréal Medtech Booster program": in no name of the corpus
            if not any(toks <= k for k in self.known) and norm(_POSSESSIVE.sub("", name)).strip("'’") not in self.written:
                return name
        for m in _QUOTED.finditer(text):
            quoted = m.group(1) or m.group(2)
            if norm(quoted) in self.quoted:  # « l'appel « Santé » »: a call a record names
                continue
            if _PROGRAM_WORD.search(norm(quoted.split()[0])) or re.search(PROGRAM_WORDS, norm(quoted)) \
                    or _QUOTED_AFTER.search(norm(text[max(0, m.start() - 35):m.start()])) \
                    or _APPOSITIVE.match(norm(text[m.end():m.end() + 60])):
                return quoted
        return None
