"""The assistant's public entry point: one question (+ session, optional explicit profile) → one Answer."""

from __future__ import annotations

import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from assistant.answer.compared import with_compared
from assistant.answer.compose import Composer, Draft, Turn, guard
from assistant.answer.described import OWN_STATE, asks_fit, described_program, describes_one
from assistant.answer.follow_up import follow_up
from assistant.answer.rank import Ranking, program_hits, rank_programs
from assistant.answer.shortlist import family
from assistant.models import Answer, Profile
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.retrieval.snapshot import ChunkRow
from assistant.understand import casual, mentions
from assistant.understand import profile as profiles
from assistant.understand.conversation import (
    ASKED_FIELDS,
    carried_government,
    carried_instruments,
    choose_question,
    corrected,
    follows_study,
    follows_up,
    merged_profile,
    narrowed_needs,
    refers_back,
)
from assistant.understand.intent import Question, classify, focus_of
from assistant.understand.mentions import besides, in_use, operators_besides, programs_asked, set_aside, without_besides
from assistant.understand.names import NameIndex, program_names, strip_names, unquoted
from assistant.understand.pointed_at import pointed_order
from assistant.understand.scope import Evidence, Scope
from assistant.understand.side import side_clause
from common.errors import InputError
from common.lang import asked_language, detect, without_language_ask
from common.safety import strip_instructions
from common.settings import Settings


@dataclass
class SessionState:
    id: str
    profile: Profile = field(default_factory=Profile)
    texts: list[str] = field(default_factory=list)
    last_programs: list[str] = field(default_factory=list)
    last_intent: str = ""  # what the last answer was (a study's figure, programs…): a study's follow-up stays on it


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
    used: tuple[str, ...] = ()  # programs the company says it already uses ("we claim SR&ED"): not offered again


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
        """Programs the message names (fast at scale: see NameIndex), not one named as another's body; or one it misspells."""
        return mentions.without_operators(self.names().find(message), message, self.names().names, self.retriever.snapshot.programs) or self.names().close(self.scope.unknown_program(message))

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

    def checked(self, message: str) -> tuple[str, str]:
        """The message as sent and as read: not empty nor too long, instructions inside it set aside (data, not
        orders), Québec French chat forms written out (« chu », « pis », « y'a-tu »: the words readings use)."""
        message = (message or "").strip()
        if not message:
            raise InputError("the question is empty")
        if len(message) > self.settings.max_message_chars:
            raise InputError(f"the question is longer than {self.settings.max_message_chars} characters")
        return message, casual.standard(without_language_ask(strip_instructions(message)) or message)

    def _described(self, message: str, q: Question, alone: bool, profile: Profile, used: list[str], evidence: Callable[[bool], Evidence]) -> Question:
        """The fact of a program described unnamed ("the City of Montréal grant that…") that stands out and the company lacks, even where the words seemed off topic (unless what is asked is no program's matter); else `q`."""
        if q.intent == "off_topic" and (q.uncovered is not None or (ev := evidence(False)).beside_advice or (ev.advice and not describes_one(message))):
            return q
        pid = described_program(self.retriever, message, q.focus, alone, profile.needs, profile.excluded)
        return classify(message, [pid], has_profile=False) if pid and pid not in used else q

    def _held(self, message: str, named: list[str]) -> tuple[list[str], str]:
        """The programs the company has or sets aside ("besides IRAP and SR&ED"), and the text its profile is read
        from: without the set-aside clause, whose words (a "credit") ask for nothing."""
        used = [pid for pid in named if in_use(message, self.names().names[pid])]
        aside = [pid for pid in dict.fromkeys([*besides(message, {pid: self.names().names[pid] for pid in named}), *operators_besides(message, self.retriever.snapshot.programs)]) if pid not in used]  # or by its operator
        return used + aside, without_besides(message) if aside else message

    def _language(self, raw: str, message: str, named: list[str], documents: Collection[str], state: SessionState) -> str:
        """The language asked for, else the asker's own words' (names removed; a message that is only names keeps
        theirs), else the session's."""
        plain = strip_names(unquoted(message), [n for pid in named for n in self.names().names[pid]]
                            + [a for src in documents for a in self.composer.reports.aliases.get(src, [])])
        return asked_language(raw) or detect(plain, default=detect(
            message, default=state.profile.language or self.settings.default_language))

    def understand(self, message: str, session_id: str | None, profile: Profile | None,
                   lang: str | None) -> Understood:
        """The question checked, its language, the asker's profile (session, message, explicit), what is asked."""
        raw, message = self.checked(message)
        self.retriever.refresh()
        state = (self.sessions.load(session_id) if session_id else None) or SessionState(
            id=session_id or uuid.uuid4().hex)
        named, documents = self.mentioned(message), self.composer.reports.named_documents(message)
        used, read = self._held(message, named)  # "we claim SR&ED", "besides IRAP and SR&ED": context, not
        named = [pid for pid in named if pid not in used  # the subject, though it says the question is ours
                 and not set_aside(message, self.names().names[pid])]  # « pas le FLS, l'autre »: another one
        language = lang if lang in ("fr", "en") else self._language(raw, message, named, documents, state)
        scope = self.scope
        inferred = profiles.infer(read, default_language=language, incubators=self._incubators)
        side = side_clause(message, state.texts) if not inferred.needs else None  # "the hospital side": the needs
        inferred = inferred.model_copy(update={"needs": n}) if side and (n := profiles.infer(side, default_language=language).needs) else inferred  # of that earlier clause, alone
        prof = carried_instruments(merged_profile(corrected(state.profile, message, inferred), inferred, profile,
                                                  language), inferred, state.texts,
                                   explicit=profile is not None and "instruments" in profile.model_fields_set)
        prof = carried_government(prof, inferred, explicit=profile is not None and "government" in profile.model_fields_set)
        mentioned = [pid for pid in programs_asked(named, self.names(), message, self.retriever.snapshot.programs)
                     if pid not in used and not set_aside(message, self.names().names[pid])]  # nor by its words apart
        mentioned = mentioned if documents else with_compared(self.retriever, message, mentioned, self.names().names)
        facts = set(inferred.known()) - {"language", "for_profit"}  # "for-profit" is read from any "our company"
        new_facts = bool(facts) or inferred.for_profit is False  # a non-profit said so is news ("We're a non-profit…")
        company_facts = bool(facts - ASKED_FIELDS)  # the company's own, not what it asks for
        hinted = follows_up(message, state.texts, new_facts)

        def evidence(documents: bool) -> Evidence:
            names, held = ([n for pid in ids for n in self.names().names.get(pid, ())] for ids in ([*mentioned, *named], used))
            return scope.evidence(self.retriever, message, inferred, named=bool(mentioned or used) or documents,
                                  names=names, held=held)

        if not mentioned and not documents and follows_study(message, state.last_intent):
            q, follow_up = Question("report", focus_of(message), ()), True  # the study's next figure
        else:
            q, follow_up = choose_question(
                message, mentioned, new_facts=new_facts, last_programs=pointed_order(message, state.last_programs, self.retriever.snapshot.programs), follow_up=hinted,
                names_document=lambda: bool(documents), evidence=evidence,
                needs=bool(inferred.needs), refers=refers_back(message), last_intent=state.last_intent,
                company_facts=company_facts, held=bool(used))
        q = replace(q, programs=mentions.in_said_order(q.programs, message, self.names().names)) if q.intent == "compare" else q
        if q.intent in ("programs", "report", "off_topic") and not (mentioned or documents) and (not follow_up or describes_one(message)):
            q = self._described(message, q, not facts & OWN_STATE or asks_fit(message), inferred, used, evidence)  # the company told, whether it qualifies for one program: a fact
        texts = [*state.texts, message]
        # a follow-up that states its own need ("And grants?") is searched alone: the last question's need words
        # would pull its programs back (tax credits again); the company facts come from the session profile
        study = q.intent == "report" and follow_up
        kept = narrowed_needs(state.profile, inferred, message) if (follow_up or state.texts) and q.intent == "programs" else None
        if kept is not None:  # « Seulement des prêts »: the same purposes, another kind, searched with the last question
            prof = prof.model_copy(update={"needs": kept})
        query = message if not follow_up or (inferred.needs and not study and kept is None) else " ".join(texts[-2:])
        query = f"{side} {message}" if side and inferred.needs else query  # searched with what that side was
        if q.instead:  # "Are there alternatives?": searched by what the program replaced does, for its first purpose
            gone = self.retriever.snapshot.programs[q.instead[0]]
            query = f"{gone.summary.fr if language == 'fr' else gone.summary.en} {message}"
            prof = prof if prof.needs else prof.model_copy(update={"needs": gone.needs[:1]})
        return Understood(raw, state, language, prof, q, texts, query, tuple(used))

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
        programs = self.retriever.snapshot.programs
        if u.question.instead or u.used:  # alternatives: not the program they replace (nor its streams), nor those
            gone = {family(programs[k]) for k in u.question.instead if k in programs}  # already used
            programs = {k: p for k, p in programs.items()
                        if k not in u.used and family(p) not in gone}
        return rank_programs(self.retriever, programs, u.query, u.profile, u.language, hits=hits)

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
        state.last_intent = ans.about()
        ans.session_id = state.id
        ans.message_id = uuid.uuid4().hex
        self.sessions.save(state, u.raw, ans)
        return ans
