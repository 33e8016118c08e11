"""The one place where errors become HTTP answers: domain errors → 4xx/5xx with a clear `detail`, never a trace or path."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.api.logs import request_id_var
from common.errors import (
    BoussoleError,
    DatabaseUnavailable,
    IndexNotReady,
    InputError,
    MessageNotFound,
    ProgramNotFound,
    StoreUnavailable,
)

log = logging.getLogger("boussole.api")

_PATH = re.compile(r"(?<![\w:/.])(?:[A-Za-z]:)?[/\\](?:[\w.~-]+[/\\])+[\w.~-]*")
STORE_DOWN = "the vector store does not answer (is the Chroma server running?); try again shortly"
NO_INDEX = "no index is loaded yet: run `boussole ingest`, then try again"
DB_DOWN = "the session database does not answer or is unreadable (corrupt?); see the server log"


def scrub(text: str, limit: int = 300) -> str:
    """One line, at most `limit` characters, with file-system paths replaced by '<path>'."""
    line = " ".join(str(text).split())
    return _PATH.sub("<path>", line)[:limit]


def internal_error(request_id: str | None = None) -> JSONResponse:
    rid = request_id or request_id_var.get()
    return JSONResponse({"detail": "internal error", "request_id": rid}, status_code=500)


def _json(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


async def on_boussole_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, InputError):
        return _json(422, scrub(str(exc)))
    if isinstance(exc, ProgramNotFound | MessageNotFound):
        return _json(404, scrub(str(exc), 200))
    if isinstance(exc, DatabaseUnavailable):
        log.warning("session database unavailable: %s", exc)
        return _json(503, DB_DOWN, {"Retry-After": "30"})
    if isinstance(exc, StoreUnavailable):
        log.warning("store unavailable: %s", exc)
        return _json(503, STORE_DOWN, {"Retry-After": "5"})
    if isinstance(exc, IndexNotReady):
        log.warning("index not ready: %s", exc)
        return _json(503, NO_INDEX, {"Retry-After": "30"})
    log.error("%s: %s", type(exc).__name__, exc)
    return internal_error()


def _loc(loc: Any) -> list[str | int]:
    return [p if isinstance(p, int) else str(p) for p in loc]


def _readable(err: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body",)) or "body"
    if err.get("type") == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == r"\S":
        return f"{where}: empty or only spaces"
    if err.get("type") == "json_invalid":
        return f"the request body is not valid JSON ({scrub(str(err.get('ctx', {}).get('error', 'decode error')), 80)})"
    return f"{where}: {scrub(str(err.get('msg', 'invalid value')), 160)}"


async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
    """422 with a readable sentence in `detail`, plus each error's location and message (never the input echoed)."""
    errors = list(exc.errors()) if isinstance(exc, RequestValidationError) else []
    detail = "; ".join(_readable(e) for e in errors[:5]) or "invalid request"
    issues = [{"loc": _loc(e.get("loc", ())), "msg": scrub(str(e.get("msg", "")), 160), "type": str(e.get("type"))}
              for e in errors[:20]]
    return JSONResponse({"detail": detail, "errors": issues}, status_code=422)


def _unparsable(cause: BaseException | None) -> str:
    """Why FastAPI could not parse a body: nested too deeply for the JSON parser, or bytes that are not UTF-8 JSON."""
    if isinstance(cause, RecursionError):
        return "the request body is nested too deeply (JSON arrays or objects hundreds of levels deep)"
    if isinstance(cause, UnicodeDecodeError):
        return "the request body is not valid JSON (UTF-8 expected)"
    return "the request body is not valid JSON"


async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else "error"
    if exc.status_code == 400 and "parsing the body" in detail:  # FastAPI could not decode the body
        return JSONResponse({"detail": _unparsable(exc.__cause__), "errors": []}, status_code=422)
    return JSONResponse({"detail": scrub(detail)}, status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(BoussoleError, on_boussole_error)
