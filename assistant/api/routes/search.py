"""GET /search: ranked passages (hybrid retrieval), optionally limited to programs of a kind, stage or sector."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import AssistantDep
from assistant.api.schemas import ErrorBody, Passage, SearchResponse, ValidationErrorBody
from assistant.models import Lang
from assistant.retrieval.snapshot import ChunkRow
from common.errors import InputError
from common.records import Program
from common.vocab import Kind, Sector, Stage

router = APIRouter(tags=["search"])


def chunk_filter(programs: dict[str, Program], kind: Kind | None, stage: Stage | None, sector: Sector | None,
                 lang: Lang | None) -> Callable[[ChunkRow], bool] | None:
    """Keep chunks in `lang`; with kind/stage/sector, only program chunks whose record matches."""
    if not (kind or stage or sector or lang):
        return None

    def keep(row: ChunkRow) -> bool:
        if lang and row.meta.language != lang:
            return False
        if kind or stage or sector:
            prog = programs.get(row.meta.program_id)
            if prog is None or (kind and prog.kind != kind) or (stage and stage not in prog.stages):
                return False
            if sector and sector not in prog.sectors and Sector.all not in prog.sectors:
                return False
        return True

    return keep


def to_passage(row: ChunkRow, score: float) -> Passage:
    m = row.meta
    return Passage(id=row.id, score=round(score, 6), text=row.text, source=m.source, title=m.title,
                   section=m.section, page=m.page or None, language=m.language, program_id=m.program_id or None,
                   url=m.url or None)


@router.get("/search", response_model=SearchResponse, summary="Search the indexed passages",
            responses={422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
def search(bot: AssistantDep, q: Annotated[str, Query(min_length=1, max_length=2000)],
           k: Annotated[int, Query(ge=1, le=50)] = 10, kind: Kind | None = None, stage: Stage | None = None,
           sector: Sector | None = None, lang: Lang | None = None) -> SearchResponse:
    if not q.strip():
        raise InputError("q: the query is empty")
    where = chunk_filter(bot.retriever.snapshot.programs, kind, stage, sector, lang)
    hits = bot.retrieval_for(q.strip(), k=k, where=where)  # the answers' own retrieval: never instruction-like text
    return SearchResponse(query=q, k=k, results=[to_passage(h.row, h.score) for h in hits])
