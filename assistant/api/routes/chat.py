"""POST /chat: one question → the Answer, as JSON or as Server-Sent Events (meta, deltas, done)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from assistant.api.deps import AssistantDep, SessionsDep, SettingsDep
from assistant.api.schemas import ChatRequest, ErrorBody, ValidationErrorBody
from assistant.models import Answer
from common.errors import InputError

router = APIRouter(tags=["chat"])

SSE_DOC = ("`event: meta` {session_id, message_id}, then `event: delta` {text} pieces whose concatenation is the "
           "answer, then `event: done` with the full Answer JSON.")
# A stream of events, described per event as OpenAPI 3.2 does for text/event-stream (`itemSchema`).
SSE_EVENT = {"type": "object", "required": ["event", "data"], "properties": {
    "event": {"type": "string", "enum": ["meta", "delta", "done"]},
    "data": {"type": "string", "contentMediaType": "application/json",
             "description": "meta: {session_id, message_id}; delta: {text}; done: the Answer"}}}


def answer_gate(request: Request, size: int) -> asyncio.Semaphore:
    """One FIFO semaphore per app, created on first use."""
    gate = getattr(request.app.state, "answer_gate", None)
    if gate is None:
        gate = request.app.state.answer_gate = asyncio.Semaphore(max(1, size))
    return gate


def _event(name: str, data: object) -> str:
    return f"event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def sse_events(answer: Answer) -> Iterator[str]:
    """The answer as SSE: meta, the text line by line, then the whole Answer."""
    yield _event("meta", {"session_id": answer.session_id, "message_id": answer.message_id})
    for piece in answer.answer.splitlines(keepends=True) or [""]:
        yield _event("delta", {"text": piece})
    yield _event("done", answer.model_dump(mode="json"))


@router.post("/chat", response_model=Answer, summary="Ask a question",
             responses={200: {"content": {"text/event-stream": {"itemSchema": SSE_EVENT}}, "description": SSE_DOC},
                        422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
async def chat(body: ChatRequest, request: Request, bot: AssistantDep, sessions: SessionsDep, settings: SettingsDep,
               stream: bool = Query(False, description="Stream Server-Sent Events (same as Accept: text/event-stream)"),
               ) -> Response:
    if len(body.message) > settings.max_message_chars:
        raise InputError(f"message: at most {settings.max_message_chars} characters")
    session_id = body.session_id
    # Answers are CPU-bound: a FIFO gate sized to the cores keeps them from thrashing the GIL, so under load requests
    # are served in arrival order instead of some starving for seconds.
    async with answer_gate(request, settings.answer_concurrency):
        if session_id and await run_in_threadpool(sessions.load, session_id) is None:
            session_id = None  # unknown or expired session: start a new one
        answer = await run_in_threadpool(bot.ask, body.message, session_id, body.profile, body.lang)
    if stream or "text/event-stream" in request.headers.get("accept", ""):
        return StreamingResponse(sse_events(answer), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
    return JSONResponse(answer.model_dump(mode="json"))
