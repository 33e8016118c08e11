"""Answers from report and policy digests: the sentences that answer, preferably from the document the question names."""

from __future__ import annotations

import re
import threading

import numpy as np

from assistant.answer.evidence import CitationBook, best_sentences, heading, in_context, sentences
from assistant.answer.figure_asks import counted, counts, figure_asks, states
from assistant.answer.lists import cited_lines, lead_of, list_items, with_list
from assistant.answer.passages import SINCE_ASKED, SINCE_WORDS, ProgramPassages
from assistant.answer.report_sentences import CLOSE, in_language, shown_sentences, title_words
from assistant.answer.texts import t
from assistant.retrieval.glossary import expand, spelled_out
from assistant.retrieval.retrieve import Hit, Retriever
from assistant.retrieval.snapshot import ChunkRow
from assistant.understand.intent import Focus
from assistant.understand.names import NameIndex, mentioned_programs, merged_versions, program_names, unquoted
from common.lang import fold
from common.tokens import tokenize

MIN_REPORT_SCORE = 0.35
PASSAGES = 8  # retrieved passages whose sentences may answer
FIGURE_NEAR = 0.5  # a figure of the best sentence's own document, shown when the best sentence states none
LEAD_DEPTH = 3  # linked digest passages compared with a program's record (dense cosine)
NEAR_DEPTH = 300  # the closest passages by meaning among which linked digests and records are compared
W_YEAR = 0.3  # a sentence of the year the question names, or of a document whose title holds it
W_OTHER_YEAR = -0.2  # a sentence whose document title and words name other years only
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


_VECTORS: dict[str, dict[str, np.ndarray]] = {}
MAX_CACHED_SENTENCES = 100_000


def shared_vectors(embedder_name: str) -> dict[str, np.ndarray]:
    """Sentence vectors of one embedder, kept across snapshots: a reindex re-embeds only sentences that changed."""
    cache = _VECTORS.setdefault(embedder_name, {})
    if len(cache) > MAX_CACHED_SENTENCES:
        cache.clear()
    return cache


class ReportAnswerer:
    """Keeps per-snapshot state: each digest's aliases, and sentence vectors (cached)."""

    def __init__(self, retriever: Retriever, records: ProgramPassages | None = None) -> None:
        self.retriever = retriever
        snap = retriever.snapshot
        self.aliases: dict[str, list[str]] = {}
        versions: dict[str, str] = {}
        for r in snap.chunks.values():
            if r.meta.doc_kind != "program" and r.meta.aliases:
                self.aliases[r.meta.source] = r.meta.alias_list()
                versions[r.meta.source] = r.meta.digest_id or r.meta.source
        self.aliases = merged_versions(self.aliases, versions)  # a digest's language versions share their aliases
        self._loose = NameIndex(self.aliases)
        self._vectors = shared_vectors(snap.embedder.name)
        self._warm_lock = threading.Lock()
        self.digest_rows = [r for r in snap.chunks.values() if r.meta.doc_kind != "program"]
        self._by_source: dict[str, list[ChunkRow]] = {}
        self._version: dict[tuple[str, str], str] = {}  # (digest id, language) → that language version's source
        for r in self.digest_rows:
            self._by_source.setdefault(r.meta.source, []).append(r)
            self._version[(r.meta.digest_id or r.meta.source, r.meta.language)] = r.meta.source
        # each document's sections in order: its language versions have theirs in the same order
        self._sections = {src: list(dict.fromkeys(r.meta.section for r in rows)) for src, rows in self._by_source.items()}
        self._records = records or ProgramPassages(snap)  # a record's parts by language (the composer's own index)
        names = program_names(snap.programs, snap.version)
        self.linked: dict[str, set[str]] = {}  # program id → digests that declare it, name it or that it published
        for source, rows in self._by_source.items():
            said = "\n".join([rows[0].meta.publisher, *(r.text for r in rows)])
            for pid in {*(pid for r in rows for pid in r.meta.program_list()), *names.find(said)}:
                self.linked.setdefault(pid, set()).add(source)

    def warm(self, block: bool = False) -> threading.Thread | None:
        """Embed every digest sentence ahead of questions (in the background unless `block`)."""
        def run() -> None:
            with self._warm_lock:
                todo = [c for r in self.digest_rows for s in sentences(r.text) if (c := in_context(r.text, s)) not in self._vectors]
                emb = self.retriever.snapshot.embedder
                for i in range(0, len(todo), 64):
                    batch = todo[i : i + 64]
                    self._vectors.update(zip(batch, emb.embed(batch, "passage"), strict=True))

        if block:
            run()
            return None
        th = threading.Thread(target=run, name="warm-sentences", daemon=True)
        th.start()
        return th

    def named_documents(self, query: str) -> set[str]:
        """Sources of the digests the question names by one of their aliases ("étude InVivo", "SQRI2", "AI4Health"),
        or writes one loosely, its words in another order ("the 2019-2020 Québec budget")."""
        return set(mentioned_programs(query, self.aliases) or self._loose.find_loose(query))

    def similarities(self, query: str, texts: list[str]) -> list[float]:
        """Cosine of the query with each text (works across languages); sentence vectors are cached."""
        if not texts:
            return []
        emb = self.retriever.snapshot.embedder
        todo = [x for x in dict.fromkeys(texts) if x not in self._vectors]
        if todo:
            self._vectors.update(zip(todo, emb.embed(todo, "passage"), strict=True))
        q = self.retriever.snapshot.query_vector(query)
        return [float(self._vectors[x] @ q) for x in texts]

    def hits(self, query: str) -> list[Hit]:
        """The digest passages a report question starts from (the same search the evals score)."""
        return self.retriever.answer_search(query, "digests")

    def list_rest(self, row: ChunkRow, most: int = 2) -> list[tuple[ChunkRow, str]]:
        """The items of a list that `row` ends and the next passages of its section carry on (split by chunking)."""
        rows = self._by_source.get(row.meta.source, [])
        out: list[tuple[ChunkRow, str]] = []
        for nxt in rows[rows.index(row) + 1:] if row in rows else []:
            items = list_items(nxt.text)
            if nxt.meta.section != row.meta.section or not items or len(out) >= most:
                break
            out.append((nxt, items))
            if items != nxt.text.strip():  # the list ends in this passage
                break
        return out

    def with_document(self, hits: list[Hit], lang: str = "") -> list[tuple[int, Hit]]:
        """The first passages with their ranks, then the rest of the best digest's document (after them): a figure line
        whose words are the document's, not the question's, can still answer (a record has no such rest). Each is read
        in the answer's language (`lang`) when it has that version, even if the other one ranked first."""
        top = list(enumerate(hits[:PASSAGES]))
        if not top:
            return top
        low = top[-1][1].score
        first = next((h.row.meta for _, h in top if h.row.meta.source in self._by_source), None)
        doc = "" if first is None else self._version.get((first.digest_id or first.source, lang), first.source)
        firsts: dict[str, tuple[int, Hit]] = {}  # each passage at its first rank
        for rank, h in top:
            for r in self.counterpart(h.row, lang):
                firsts.setdefault(r.id, (rank, h if r is h.row else Hit(r, h.score)))
        top, seen = list(firsts.values()), set(firsts)
        return top + [(len(top), Hit(r, low)) for r in self._by_source.get(doc, []) if r.id not in seen]

    def counterpart(self, row: ChunkRow, lang: str) -> list[ChunkRow]:
        """The passages of the same section in the digest's `lang` version (its sections are in the same order), or of
        the same part of a record, so a French question answers from the French text; else the row itself."""
        if row.meta.program_id and row.meta.language != lang:  # « réponds en anglais »: the record's English part
            return self._records.rows.get((row.meta.program_id, lang, row.meta.part)) or [row]
        src = self._version.get((row.meta.digest_id or row.meta.source, lang))
        if not src or src == row.meta.source or row.meta.source not in self._by_source:
            return [row]
        mine, theirs = self._sections[row.meta.source], self._sections[src]
        if len(mine) != len(theirs) or row.meta.section not in mine:
            return [row]
        return [r for r in self._by_source[src] if r.meta.section == theirs[mine.index(row.meta.section)]]

    def counting(self, query: str, want: str | None, hits: list[Hit], seen: set[str],
                 lang: str) -> list[tuple[int, Hit, str]]:
        """For a count asked ("how many AI startups"), the sentences that count that very thing in any document among
        the first passages, not only the best one's: a list of figures reads far from any question by meaning."""
        things = counted(query) if want == "number" else set()
        top = hits[:PASSAGES]
        if not things or not top:
            return []
        docs = dict.fromkeys(self._version.get((h.row.meta.digest_id or h.row.meta.source, lang), h.row.meta.source)
                             for h in top if h.row.meta.source in self._by_source)
        low = top[-1].score
        return [(len(top), Hit(r, low), s) for d in docs for r in self._by_source.get(d, [])
                for s in sentences(r.text) if s not in seen and counts(s, things)]

    def leading(self, query: str, programs: tuple[str, ...], records: list[ChunkRow], study: bool = False) -> list[Hit]:
        """Passages of the digests linked to `programs` when the question asks what a document says (`study`) or one
        of them is at least as close to `query` (dense cosine) as the programs' own records: a dated announcement or
        a study, not the record, answers it. Else []."""
        sources = set().union(*(self.linked.get(p, set()) for p in programs))
        if not sources:
            return []
        hits = self.retriever.answer_search(query, "digests", where=lambda r: r.meta.source in sources)
        if not hits or study:
            return hits
        near = dict(self.retriever.snapshot.dense(query, NEAR_DEPTH))  # one vector-store query: stored vectors
        best = max((near.get(h.row.id, 0.0) for h in hits[:LEAD_DEPTH]), default=0.0)
        record = max((near.get(r.id, 0.0) for r in records), default=0.0)
        return hits if best and best >= record else []

    def score(self, query: str, want: str | None, cands: list[tuple[int, Hit, str]], top_hit: float,
              lang: str, named: set[str], said_years: set[str] | None = None) -> tuple[list[tuple[float, Hit, str]], set[str], set[str]]:
        """Each candidate sentence's score for `query` (its words beyond the document's own title, its meaning, the
        figure asked for, its passage's rank), without other documents when the question names some (`named`); and the
        sentences that state the figure asked for, and those that count the thing asked."""
        sims = self.similarities(spelled_out(query), [in_context(h.row.text, s) for _, h, s in cands])  # a pronoun's sentence: with the one before; « l'IA » spelled out
        # words that name a document (its title, and the acronym of a term it spells out: « IA ») say which document,
        # not which sentence: its rank counts them. A digest's title, or the sentence's own program record's; not
        # another record's (« la puissance de calcul » is a budget line, whatever program is so named)
        docs = {(h.row.meta.source, h.row.meta.title): h.row.meta.doc_kind for _, h, _ in cands}  # a document's kind is its own
        title = {doc: title_words(doc[1]) for doc in docs}
        digests = {w for doc, kind in docs.items() if kind != "program" for w in title[doc]}
        terms = set(tokenize(expand(unquoted(query)))) - digests  # a quoted title names the document too
        shared = [len((terms - title[(h.row.meta.source, h.row.meta.title)]) & set(tokenize(f"{h.row.meta.section} {s}"))) for _, h, s in cands]  # heading: context
        most = max(shared, default=0) or 1
        scored: list[tuple[float, Hit, str]] = []
        figured: set[str] = set()
        counting: set[str] = set()  # the sentences that count the very thing asked
        things = counted(query) if want == "number" else set()
        # "when did the act take effect?": the date it came into force, not another date of the document
        since = want == "date" and bool(SINCE_ASKED.search(fold(query)))
        # "the plan unveiled in May 2022": its document, or a sentence of that year (`said_years`: those of the whole
        # question, for one of its parts)
        years = set(_YEAR.findall(query)) if said_years is None else said_years
        for (rank, h, s), sim, n in zip(cands, sims, shared, strict=True):
            fig = want is not None and states(want, s)
            if fig:
                figured.add(s)
            count = bool(things) and counts(s, things)  # the count of the very thing asked about
            if count:
                counting.add(s)
            said = set(_YEAR.findall(f"{h.row.meta.title} {s}"))
            # a sentence of the year named; one whose document and words are of other years only, less likely
            year = (W_YEAR if years & said else W_OTHER_YEAR if said and not years & said else 0.0) if years else 0.0
            took = since and fig and bool(re.search(SINCE_WORDS, fold(s)))
            sc = (0.5 * n / most + sim + (0.4 if fig else 0) + (0.4 if count or took else 0) + 0.5 * h.score / top_hit
                  + year)
            scored.append((sc - 0.02 * rank, h, s))
        figured = counting or figured  # "how many startups": a count of startups answers, not another sum
        if named and any(h.row.meta.source in named for _, h, _ in scored):
            scored = [x for x in scored if x[1].row.meta.source in named]
        return in_language(scored, lang), figured, counting

    def answer(self, query: str, focus: Focus, lang: str, book: CitationBook, hits: list[Hit] | None = None) -> str:
        """Cited lines that answer `query` from the digests (`hits`, else a fresh search), or '' when the evidence is
        too weak."""
        hits = self.hits(query) if hits is None else hits
        book.retrieved = [h.row.id for h in hits]
        asks = figure_asks(query, focus)
        want = asks[0][1]  # a question that asks two things leads with the figure of its first ask
        wide = expand(query)
        cands: list[tuple[int, Hit, str]] = []
        for rank, h in self.with_document(hits, lang):
            head = heading(h.row)
            cands += [(rank, h, s) for s in best_sentences(h.row, wide, k=12, want_figure=want)
                      if not (head and s in head)]
        cands += self.counting(query, want, hits, {s for _, _, s in cands}, lang)
        top_hit = max((h.score for h in hits), default=1.0) or 1.0
        named = self.named_documents(query)  # a part's too ("…pis ça représentait combien?"): the whole question's
        scored, figured, counting = self.score(query, want, cands, top_hit, lang, named)
        best = max((x[0] for x in scored), default=0.0)
        if best < MIN_REPORT_SCORE:
            return ""
        close = shown_sentences(scored, figured, counting)
        top = max(scored, key=lambda x: x[0])
        counted_close = want == "number" and any(x[2] in figured for x in close)  # a count of the thing asked is shown
        if want and top[2] not in figured and not counted_close:  # the best sentence says what: its document's figure
            doc = top[1].row.meta.source
            own = [x for x in scored if x[2] in figured and x[1].row.meta.source == doc and x[0] >= best * FIGURE_NEAR]
            if own and not any(x[1].row.meta.source == doc and x[2] in figured for x in close):
                close = [max(own, key=lambda x: x[0]), *close][:3]
        close = [(sc, h, lead_of(h.row.text, s)) for sc, h, s in close]  # items of one list: the whole list
        for part, part_want in asks if len(asks) > 1 else []:  # "how much in all, and for growth?": each its answer
            ps, pf, _ = self.score(part, part_want, cands, top_hit, lang, named, set(_YEAR.findall(query)))
            ranked = sorted(ps, key=lambda x: (x[2] in pf, x[0]), reverse=True)
            shown = {s for _, _, s in close}
            # its best sentence, or if shown for another part, the next one close to it stating the figure asked, in
            # the same document ("how big is the strategy, and could a startup get money?": two figures)
            doc = ranked[0][1].row.meta.source if ranked else ""
            mine = next((x for i, x in enumerate(ranked) if x[2] not in shown and (
                i == 0 or (x[2] in pf and x[0] >= ranked[0][0] * CLOSE and x[1].row.meta.source == doc))), None)
            if mine:
                close.append(mine)
        lines: list[str] = []
        titles: set[str] = set()
        blocks: list[str] = []
        for _, h, s in close:  # the figure asked for first, then the closest context
            if any(s in line for line in lines) or any(s in b for b in blocks):  # a list already shown whole
                continue
            ctx = in_context(h.row.text, s)  # "It is backed by $2.2 billion" is read after the sentence that says what
            s = ctx if ctx in h.row.text and not any(ctx[: -len(s)].strip() in line for line in lines) else s
            title = h.row.meta.title
            if title not in titles:
                note = t(lang, "other_lang") if h.row.meta.language != lang else ""
                lines.append(t(lang, "report_lead", title=title) + note)
                titles.add(title)
            block = with_list(h.row.text, s)
            blocks.append(block)
            lines.append("- " + cited_lines(block, book.cite(h.row, block)))
            if block != s and h.row.text.rstrip().endswith(block.rstrip()):  # a list the next passages go on with
                for row, items in self.list_rest(h.row):
                    lines.append("  " + cited_lines(items, book.cite(row, items)))
        return "\n".join(lines)

