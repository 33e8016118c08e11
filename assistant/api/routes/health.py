"""GET /health (what is loaded, and whether the stores answer) and GET /ready (200 only when chat can answer)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from assistant.api.deps import ServicesDep
from assistant.api.handlers import NO_INDEX, STORE_DOWN
from assistant.api.runtime import Services
from assistant.api.schemas import Health, Ready
from common.errors import BoussoleError, IndexNotReady, StoreUnavailable

router = APIRouter(tags=["health"])


def check(services: Services) -> Health:
    """Load the index if needed and ping the vector store and the session database."""
    settings = services.settings
    db = "ok" if services.sessions.ping() else "unavailable"
    detail: str | None = None
    store = "unavailable"
    try:
        loaded = services.load()
        loaded.retriever.refresh()
        loaded.retriever.snapshot.store.ping()
        store = "ok"
    except StoreUnavailable:
        detail = STORE_DOWN
    except IndexNotReady:
        store, detail = "ok", NO_INDEX
    except BoussoleError:
        detail = "the index cannot be loaded; see the server log"
    bot = services.loaded
    snap = bot.retriever.snapshot if bot else None
    if db != "ok":
        detail = detail or "the session database does not answer"
    ok = snap is not None and store == "ok" and db == "ok" and detail is None
    return Health(status="ok" if ok else "degraded", index_loaded=snap is not None,
                  chunks=len(snap.chunks) if snap else 0, programs=len(snap.programs) if snap else 0,
                  corpus_version=snap.version if snap else None,
                  embedder=snap.embedder.name if snap else settings.embedder, store=store,
                  database=db,
                  generator=bot.generator.name if bot and bot.generator else "none", detail=detail)


@router.get("/health", response_model=Health, summary="Service health (503 when degraded)",
            responses={503: {"model": Health}})
def health(services: ServicesDep) -> JSONResponse:
    h = check(services)
    return JSONResponse(h.model_dump(mode="json"), status_code=200 if h.status == "ok" else 503)


@router.get("/ready", response_model=Ready, summary="Ready to answer (503 otherwise)", responses={503: {"model": Ready}})
def ready(services: ServicesDep) -> JSONResponse:
    h = check(services)
    body = Ready(ready=h.status == "ok", detail=h.detail)
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=200 if body.ready else 503)
