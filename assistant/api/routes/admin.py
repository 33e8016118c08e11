"""POST /admin/reindex (start the incremental ingest in the background) and GET /admin/reindex (its last run)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from assistant.api.deps import AdminDep, ReindexerDep
from assistant.api.handlers import scrub
from assistant.api.schemas import ErrorBody, FailedFile, ReindexStarted, ReindexStatus

router = APIRouter(prefix="/admin", tags=["admin"],
                   responses={401: {"model": ErrorBody}, 404: {"model": ErrorBody, "description": "No admin token set"}})


@router.post("/reindex", response_model=ReindexStarted, status_code=status.HTTP_202_ACCEPTED,
             summary="Re-ingest the corpus folder in the background", responses={409: {"model": ErrorBody}})
def start_reindex(_: AdminDep, reindexer: ReindexerDep) -> ReindexStarted:
    if not reindexer.start():
        raise HTTPException(status.HTTP_409_CONFLICT, "a reindex is already running")
    return ReindexStarted(status="started")


@router.get("/reindex", response_model=ReindexStatus, summary="The last (or current) reindex")
def reindex_status(_: AdminDep, reindexer: ReindexerDep) -> ReindexStatus:
    run = reindexer.status()
    return ReindexStatus(running=run.running, started=run.started, finished=run.finished, summary=run.summary,
                         version=run.version, error=scrub(run.error) if run.error else None,
                         failed=[FailedFile(source=scrub(s), reason=scrub(r)) for s, r in run.failed])
