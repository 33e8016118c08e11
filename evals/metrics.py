"""Answer-quality metrics, each scored separately: retrieval, programs, facts, citations, figures, abstention, language."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from assistant.answer.lists import SOURCE_TAG
from assistant.models import Answer
from common import figures
from common.citations import strip_markers
from common.lang import detect
from common.tokens import tokenize
from evals.golden import GoldenQuestion


@dataclass
class QuestionResult:
    """Everything measured for one question under one configuration."""

    q: GoldenQuestion
    answer: Answer
    retrieved: list[str]  # item ids (program or digest) of the passages the answer used, in rank order
    latency_ms: float
    part: str = ""  # dev | heldout
    scores: dict[str, float | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def paired_retrieval(ours: list[QuestionResult], base: list[QuestionResult]) -> dict[str, dict[str, float | None]]:
    """Both configurations scored at equal item counts: per question, each de-duplicated list is cut to the shorter."""
    sums: dict[str, dict[str, list[float]]] = {"ours": defaultdict(list), "baseline": defaultdict(list)}
    items = []
    by_id = {r.q.id: r for r in base}
    for r in ours:
        b = by_id.get(r.q.id)
        relevant = set(r.q.expected_programs) | set(r.q.expected_sources)
        if b is None or not relevant:
            continue
        a_items, b_items = dedupe(r.retrieved), dedupe(b.retrieved)
        n = min(len(a_items), len(b_items), 10)
        items.append(n)
        for who, lst in (("ours", a_items), ("baseline", b_items)):
            for key, v in retrieval_scores(relevant, lst[:n]).items():
                if v is not None:
                    sums[who][key].append(v)
    out = {who: {k: sum(v) / len(v) if v else None for k, v in d.items()} for who, d in sums.items()}
    for d in out.values():
        d["items"] = sum(items) / len(items) if items else None
    return out


def retrieval_scores(relevant: set[str], retrieved: list[str]) -> dict[str, float | None]:
    if not relevant:
        return {"recall@5": None, "recall@10": None, "mrr": None, "ndcg@10": None}
    uniq = dedupe(retrieved)
    top5, top10 = set(uniq[:5]), set(uniq[:10])
    rr = next((1.0 / (i + 1) for i, it in enumerate(uniq) if it in relevant), 0.0)
    dcg = sum(1.0 / math.log2(i + 2) for i, it in enumerate(uniq[:10]) if it in relevant)
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), 10)))
    return {"recall@5": len(relevant & top5) / len(relevant), "recall@10": len(relevant & top10) / len(relevant),
            "mrr": rr, "ndcg@10": dcg / idcg}


def _lines_citing(answer: str, n: int) -> list[str]:
    return [ln for ln in answer.split("\n") if f"[{n}]" in ln]


def citation_precision(ans: Answer, chunk_texts: dict[str, list[str]], question: str) -> float | None:
    """Share of citations whose quote is an exact passage of the cited source and supports the line citing it."""
    if not ans.citations:
        return None
    good = 0
    for c in ans.citations:
        in_source = any(c.quote in text for text in chunk_texts.get(c.source, []))
        lines = _lines_citing(ans.answer, c.n)
        supports = bool(lines)
        for ln in lines:
            bare = strip_markers(ln)
            figs_ok = not figures.unsupported(bare, [c.quote, question] + [q.quote for q in ans.citations
                                                                         if f"[{q.n}]" in ln])
            words = set(tokenize(bare))
            shared = len(words & set(tokenize(c.quote))) / max(1, min(len(words), 12))
            supports = supports and figs_ok and (shared >= 0.2 or c.quote in ln)
        good += int(in_source and supports)
    return good / len(ans.citations)


def answer_language(ans: Answer) -> str:
    """The language of the answer's own words (verbatim quotes and cited document titles removed)."""
    text = ans.answer
    for c in ans.citations:  # quotes are shown verbatim (facts-file tags dropped, list lines indented)
        shown = SOURCE_TAG.sub("", c.quote).replace("\n", "\n  ")
        text = text.replace(c.quote, " ").replace(shown, " ").replace(c.title, " ")
    for p in ans.programs:
        text = text.replace(p.name, " ")
    return detect(strip_markers(text), default=ans.language)


def score(res: QuestionResult, chunk_texts: dict[str, list[str]]) -> None:
    q, ans = res.q, res.answer
    relevant = set(q.expected_programs) | set(q.expected_sources)
    res.scores.update(retrieval_scores(relevant, res.retrieved))
    shown = [p.id for p in ans.programs] + [c.program_id or "" for c in ans.citations]
    if q.expected_programs and not q.should_abstain:
        res.scores["program_hit"] = len(set(q.expected_programs) & set(shown)) / len(set(q.expected_programs))
    else:
        res.scores["program_hit"] = None
    if q.required_facts or q.forbidden:
        ok_req = [bool(re.search(p, ans.answer)) for p in q.required_facts]
        bad = [p for p in q.forbidden if re.search(p, ans.answer)]
        res.scores["fact_accuracy"] = float(all(ok_req) and not bad)
        res.problems += [f"missing fact /{p}/" for p, ok in zip(q.required_facts, ok_req, strict=True) if not ok]
        res.problems += [f"forbidden /{p}/ present" for p in bad]
    else:
        res.scores["fact_accuracy"] = None
    res.scores["citation_precision"] = citation_precision(ans, chunk_texts, q.question)
    res.scores["abstained"] = float(ans.abstained)
    res.scores["language_match"] = float(answer_language(ans) == q.expected_lang and ans.language == q.expected_lang)
    if not res.scores["language_match"]:
        res.problems.append(f"answered in {answer_language(ans)} (declared {ans.language}), expected {q.expected_lang}")
    if ans.abstained != q.should_abstain:
        res.problems.append("abstained wrongly" if ans.abstained else "should have abstained")
    if res.scores.get("program_hit") is not None and (res.scores["program_hit"] or 0) < 1:
        res.problems.append(f"programs shown {[p.id for p in ans.programs]} miss {q.expected_programs}")


METRICS = ["recall@5", "recall@10", "mrr", "ndcg@10", "program_hit", "fact_accuracy", "citation_precision",
           "abstention_precision", "abstention_recall", "language_match", "latency_p50_ms",
           "latency_p95_ms"]


def aggregate(results: list[QuestionResult]) -> dict[str, float | None]:
    def mean(key: str) -> float | None:
        vals = [r.scores[key] for r in results if r.scores.get(key) is not None]
        return sum(v for v in vals if v is not None) / len(vals) if vals else None

    out: dict[str, float | None] = {k: mean(k) for k in ("recall@5", "recall@10", "mrr", "ndcg@10", "program_hit",
                                                           "fact_accuracy", "citation_precision", "language_match")}
    abstained = [r for r in results if r.answer.abstained]
    should = [r for r in results if r.q.should_abstain]
    out["abstention_precision"] = (sum(r.q.should_abstain for r in abstained) / len(abstained)) if abstained else None
    out["abstention_recall"] = (sum(r.answer.abstained for r in should) / len(should)) if should else None
    lat = sorted(r.latency_ms for r in results)
    out["latency_p50_ms"] = median(lat) if lat else None
    out["latency_p95_ms"] = lat[min(len(lat) - 1, int(round(0.95 * (len(lat) - 1))))] if lat else None
    out["n"] = float(len(results))
    return out
