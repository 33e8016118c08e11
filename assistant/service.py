"""The assistant's public entry point: one question (+ session, optional explicit profile) → one Answer."""

from __future__ import annotations

import re
import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.answer.compose import Composer, Draft, Turn, guard
from assistant.answer.follow_up import follow_up
from assistant.answer.rank import Ranking, program_hits, rank_programs
from assistant.models import Answer, Profile
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.retrieval.snapshot import ChunkRow
from assistant.understand import profile as profiles
from assistant.understand.intent import Question, classify, focus_of
from assistant.understand.mentions import programs_asked
from assistant.understand.names import NameIndex, program_names, strip_names, unquoted
from assistant.understand.scope import Evidence, Scope
from common.errors import InputError
from common.lang import detect, fold
from common.safety import is_suspicious, strip_instructions
from common.settings import Settings

# Words that point at the program just shown (« ce programme », "that fund"); with "it", a pronoun for it.
_POINTERS = r"ce programme|ce fonds|ce credit|cette subvention|celui(?:-ci|-la)?|this program|that program|this fund|that fund"
_POINTS = re.compile(rf"\b(?:{_POINTERS})\b")
# French points back with a pronoun before the verb: « l'utiliser », « y postuler », « y avoir droit », « en profiter ».
_FR_PRONOUN = r"l'[a-z]+(?:er|ir|re)|y (?:etre |avoir )?[a-z]+(?:er|ir|re|droit)|en (?:beneficier|profiter)"
_REFERS = re.compile(rf"\b(?:it|{_POINTERS}|{_FR_PRONOUN})\b")
# The asker points at the whole list just shown ("which of them is open?", « lequel est ouvert ? »).
_AMONG = re.compile(r"\b(?:which of (?:them|these|those)|which ones?|any of (?:them|these)|among them|lesquel(?:s|les)|"
                    r"lequel|laquelle|parmi (?:eux|elles|ceux-ci|ces programmes))\b")
LIST_ASKED = 6  # the programs a question about the whole list covers
REFINE_WORDS = 6  # a message this short that states facts about the company answers the question back
FOLLOW_UP_HINTS = ("et si", "et pour", "and if", "and for", "what about", "et le", "et la", "and the", "what if",
                   "and its", "et son", "et sa", "its ", "son ", "sa ", "leur", "their", "the first", "le premier",
                   "mais si", "pis si", "puis si", "pis pour", "si on était", "si on etait", "but if", "if we were")


@dataclass
class SessionState:
    id: str
    profile: Profile = field(default_factory=Profile)
    texts: list[str] = field(default_factory=list)
    last_programs: list[str] = field(default_factory=list)


class SessionStore(ABC):
    """Where conversations live; the API keeps them in SQL, the CLI in memory."""

    @abstractmethod
    def load(self, session_id: str) -> SessionState | None: ...

    @abstractmethod
    def save(self, state: SessionState, question: str, answer: Answer) -> None: ...


class MemorySessions(SessionStore):
    def __init__(self) -> None:
        self._d: dict[str, SessionState] = {}
        self._lock = threading.Lock()

    def load(self, session_id: str) -> SessionState | None:
        with self._lock:
            return self._d.get(session_id)

    def save(self, state: SessionState, question: str, answer: Answer) -> None:
        with self._lock:
            self._d[state.id] = state


@dataclass
class Understood:
    """What the understand step found: the session, the language, the profile, the question, and the query text."""

    raw: str  # the message as sent (saved with the session)
    state: SessionState
    language: str
    profile: Profile
    question: Question
    texts: list[str]  # the asker's messages, the current one last
    query: str  # what retrieval searches: the message, or the last two on a follow-up


def merged_profile(session: Profile, inferred: Profile, explicit: Profile | None, language: str) -> Profile:
    """Session profile + what the message says; an explicit profile (API, UI sidebar) wins, cleared fields too."""
    prof = profiles.merge(session, inferred)
    if explicit is not None:
        prof = profiles.merge(prof, explicit).model_copy(
            update={f: getattr(explicit, f) for f in explicit.model_fields_set})
    return prof.model_copy(update={"language": language})


def choose_question(message: str, mentioned: list[str], new_facts: bool, last_programs: list[str], follow_up: bool,
                    names_document: Callable[[], bool], evidence: Callable[[bool], Evidence] | None = None,
                    needs: bool = False, refers: bool = False) -> tuple[Question, bool]:
    """Classify the question once, with the right context; returns it and whether it follows up the last turn.

    - a short question naming no program, right after programs were shown, is about the first of them when it
      adds no new fact ("Is it still open?") or points back at it (`refers`: "Could a seed startup like ours use
      it?");
    - a message that is nothing but an instruction has no question in it (off topic);
    - a question naming a digest by one of its aliases ("AI4Health") is about that document, not a profile;
    - weak retrieval evidence (scope) makes it off topic, unless it follows up the last turn ("et pour une série B ?"),
      which is then a programs question."""
    # « pis si on veut tester ça dans un CIUSSS? »: a new need, asked as a what-if, is a new list, not a fact of the last
    if not mentioned and (not new_facts or (refers and not (needs and follow_up))) and last_programs and \
            len(message.split()) <= 14:
        if _AMONG.search(fold(message)) and len(last_programs) > 1:  # each program of the list, one line each
            return Question("fact", focus_of(message), tuple(last_programs[:LIST_ASKED]), listed=True), True
        return classify(message, last_programs[:1], has_profile=False), True
    if is_suspicious(message):
        q = Question("off_topic", "general", ())
    else:
        documents = names_document()
        ev = evidence(documents) if evidence is not None else None
        q = classify(message, mentioned, has_profile=new_facts, evidence=ev, documents=documents, needs=needs)
    if q.intent == "off_topic" and follow_up:
        q = Question("programs", q.focus, q.programs)
    return q, follow_up


class Assistant:
    def __init__(self, settings: Settings, retriever: Retriever, sessions: SessionStore | None = None) -> None:
        self.settings = settings
        self.retriever = retriever
        self.sessions = sessions or MemorySessions()
        self._composer: Composer | None = None
        self._scope: Scope | None = None
        self._incubators: tuple[str, ...] = ()
        self.warm_in_background = True  # embed digest sentences after a snapshot loads, not on users' questions
        self._composer_version = ""
        self.generator = None
        from assistant.llm import get_generator

        self.generator = get_generator(settings)

    @classmethod
    def open(cls, settings: Settings, sessions: SessionStore | None = None) -> Assistant:
        return cls(settings, Retriever.open(settings), sessions)

    @property
    def composer(self) -> Composer:
        snap = self.retriever.snapshot
        if self._composer is None or self._composer_version != snap.version:
            self._composer = Composer(self.retriever)
            self._composer_version = snap.version
            if self.warm_in_background:
                self._composer.reports.warm()
        return self._composer

    def names(self) -> NameIndex:
        """Names and aliases of every program of the current snapshot (built once per snapshot)."""
        snap = self.retriever.snapshot
        return program_names(snap.programs, snap.version)

    @property
    def scope(self) -> Scope:
        """The corpus's vocabulary and regions, and the names of its incubators/accelerators (once per snapshot)."""
        snap = self.retriever.snapshot
        if self._scope is None or self._scope.snapshot is not snap:
            self._scope = Scope(snap)
            self._incubators = tuple(n for p in snap.programs.values() if p.kind.value in ("accelerator", "incubator")
                                     for n in p.all_names())
        return self._scope

    def mentioned(self, message: str) -> list[str]:
        """Programs the message names (fast at scale: see NameIndex)."""
        return self.names().find(message)

    def retrieval_for(self, message: str, k: int = 10, where: Callable[[ChunkRow], bool] | None = None) -> list[Hit]:
        """The retrieval an answer to `message` runs (digests for report questions, else programs); GET /search."""
        self.retriever.refresh()
        mentioned = self.mentioned(message)
        documents = bool(self.composer.reports.named_documents(message))
        evidence = self.scope.evidence(self.retriever, message, Profile(), named=bool(mentioned) or documents)
        q = classify(message, mentioned, has_profile=False, evidence=evidence, documents=documents)
        return self.retriever.answer_search(message, "digests" if q.intent == "report" else "programs", k, where)

    def ask(self, message: str, session_id: str | None = None, profile: Profile | None = None,
            lang: str | None = None) -> Answer:
        """understand → retrieve → match and rank → compose → guard → remember."""
        u = self.understand(message, session_id, profile, lang)
        hits = self.retrieve(u)
        ranking = self.rank(u, hits)
        draft = self.composer.draft(u.question, u.language, u.profile, Turn(texts=u.texts), u.query, hits, ranking)
        ans = draft if isinstance(draft, Answer) else self.guard(draft, u.texts)
        if not ans.abstained:
            programs = self.retriever.snapshot.programs
            ans.follow_up = follow_up(u.profile, u.question.intent, u.language,
                                      [programs[f.id] for f in ans.programs if f.id in programs])
        return self.remember(u, ans)

    def understand(self, message: str, session_id: str | None, profile: Profile | None,
                   lang: str | None) -> Understood:
        """The question checked, its language, the asker's profile (session + message + explicit), and what is
        asked — classified once."""
        message = (message or "").strip()
        if not message:
            raise InputError("the question is empty")
        if len(message) > self.settings.max_message_chars:
            raise InputError(f"the question is longer than {self.settings.max_message_chars} characters")
        self.retriever.refresh()
        raw = message
        message = strip_instructions(message) or message  # instructions inside a question are data, not orders
        state = (self.sessions.load(session_id) if session_id else None) or SessionState(
            id=session_id or uuid.uuid4().hex)
        named, documents = self.mentioned(message), self.composer.reports.named_documents(message)
        if lang in ("fr", "en"):
            language = lang
        else:  # the asker's own words, names removed; a message that is only names keeps theirs
            plain = strip_names(unquoted(message), [n for pid in named for n in self.names().names[pid]]
                                + [a for src in documents for a in self.composer.reports.aliases.get(src, [])])
            language = detect(plain, default=detect(message, default=state.profile.language
                                                    or self.settings.default_language))
        scope = self.scope
        inferred = profiles.infer(message, default_language=language, incubators=self._incubators)
        prof = merged_profile(state.profile, inferred, profile, language)
        mentioned = programs_asked(named, self.names(), message, self.retriever.snapshot.programs)
        new_facts = bool(set(inferred.known()) - {"language", "for_profit"})
        # in a conversation, a hint ("et pour…") or a short message that only adds facts ("Série A", the answer to
        # the question back) refines the last question
        hinted = bool(state.texts) and (any(h in message.lower() for h in FOLLOW_UP_HINTS)
                                        or bool(_POINTS.search(fold(message)))
                                        or (new_facts and len(message.split()) <= REFINE_WORDS))

        def evidence(documents: bool) -> Evidence:
            names = [n for pid in mentioned for n in self.names().names.get(pid, ())]
            return scope.evidence(self.retriever, message, inferred, named=bool(mentioned) or documents, names=names)

        q, follow_up = choose_question(
            message, mentioned, new_facts=new_facts, last_programs=state.last_programs, follow_up=hinted,
            names_document=lambda: bool(documents), evidence=evidence,
            needs=bool(inferred.needs), refers=bool(_REFERS.search(fold(message))))
        texts = [*state.texts, message]
        # a follow-up that states its own need ("And grants?") is searched alone: the last question's need words
        # would pull its programs back (tax credits again); the company facts come from the session profile
        query = message if not follow_up or inferred.needs else " ".join(texts[-2:])
        return Understood(raw, state, language, prof, q, texts, query)

    def retrieve(self, u: Understood) -> list[Hit] | None:
        """The passages the answer starts from: programs for 'which programs', digests for a report question; None
        when the answer reads the named programs' own records (fact, comparison) or abstains."""
        if self.composer.abstains(u.question):
            return None
        if u.question.intent == "programs":
            return program_hits(self.retriever, u.query)
        if u.question.intent == "report":
            return self.composer.reports.hits(u.query)
        return None

    def rank(self, u: Understood, hits: list[Hit] | None) -> Ranking | None:
        """Match every candidate program's rules against the profile and rank them (programs questions only)."""
        if u.question.intent != "programs" or hits is None:
            return None
        return rank_programs(self.retriever, self.retriever.snapshot.programs, u.query, u.profile, u.language,
                             hits=hits)

    def guard(self, draft: Draft, texts: list[str]) -> Answer:
        """The figure check and citation numbering; then the optional language model's rewrite (same check)."""
        ans = guard(draft)
        if self.generator is not None and not ans.abstained:
            ans = self.generator.rewrite(ans, texts)
        return ans

    def remember(self, u: Understood, ans: Answer) -> Answer:
        """Save the session (profile, last messages, programs shown) and stamp the answer with its ids."""
        state = u.state
        state.profile = u.profile
        state.texts = u.texts[-10:]
        if ans.programs:
            state.last_programs = [p.id for p in ans.programs]
        ans.session_id = state.id
        ans.message_id = uuid.uuid4().hex
        self.sessions.save(state, u.raw, ans)
        return ans
