"""POST /feedback: a thumbs up or down (with an optional reason and comment) on one answer, stored for triage."""

from __future__ import annotations

from fastapi import APIRouter, status
from starlette.concurrency import run_in_threadpool

from assistant.api.deps import SessionsDep
from assistant.api.schemas import ErrorBody, FeedbackCreated, FeedbackRequest, ValidationErrorBody

router = APIRouter(tags=["feedback"])


@router.post("/feedback", response_model=FeedbackCreated, status_code=status.HTTP_201_CREATED,
             summary="Rate an answer",
             responses={404: {"model": ErrorBody}, 422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
async def add_feedback(body: FeedbackRequest, sessions: SessionsDep) -> FeedbackCreated:
    comment = body.comment.strip() if body.comment else None
    row = await run_in_threadpool(sessions.add_feedback, body.session_id, body.message_id, body.rating, body.reason,
                                  comment or None)
    return FeedbackCreated(id=row.id, created=row.created.isoformat(timespec="seconds"))
