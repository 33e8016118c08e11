"""GET /health (what is loaded, whether the stores answer, whether every passage has its vector) and GET /ready
(200 only when chat can answer)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from assistant.api.deps import ServicesDep
from assistant.api.handlers import DB_DOWN, NO_INDEX, STORE_DOWN
from assistant.api.runtime import Services
from assistant.api.schemas import Health, Ready
from common.errors import BoussoleError, IndexNotReady, StoreUnavailable

router = APIRouter(tags=["health"])


def vector_gap(services: Services) -> tuple[int | None, str | None]:
    """(vectors in the store, a sentence when the loaded snapshot has passages without one); quiet during a reindex,
    which deletes old vectors before it publishes."""
    bot = services.loaded
    if bot is None:
        return None, None
    snap = bot.retriever.snapshot
    vectors = snap.store.count()
    if vectors >= len(snap.chunks) or services.reindexer.status().running:
        return vectors, None
    return vectors, (f"the vector store holds {vectors} vectors for {len(snap.chunks)} passages: search is keyword-only "
                     "for the rest; run `boussole ingest` to re-embed them")


def check(services: Services) -> tuple[Health, bool]:
    """Load the index if needed, ping the vector store, read the session database; (health, ready to chat)."""
    settings = services.settings
    db_problem = services.sessions.check()
    db = "ok" if db_problem is None else "unavailable"
    detail: str | None = None
    store = "unavailable"
    vectors: int | None = None
    gap: str | None = None
    try:
        loaded = services.load()
        loaded.retriever.refresh()
        loaded.retriever.snapshot.store.ping()
        store = "ok"
        vectors, gap = vector_gap(services)
    except StoreUnavailable:
        detail = STORE_DOWN
    except IndexNotReady:
        store, detail = "ok", NO_INDEX
    except BoussoleError:
        detail = "the index cannot be loaded; see the server log"
    bot = services.loaded
    snap = bot.retriever.snapshot if bot else None
    if db != "ok":
        detail = detail or DB_DOWN
    ready = snap is not None and store == "ok" and db == "ok" and detail is None
    detail = detail or gap
    return Health(status="ok" if ready and gap is None else "degraded", index_loaded=snap is not None,
                  chunks=len(snap.chunks) if snap else 0, vectors=vectors, programs=len(snap.programs) if snap else 0,
                  corpus_version=snap.version if snap else None,
                  embedder=snap.embedder.name if snap else settings.embedder, store=store,
                  database=db,
                  generator=bot.generator.name if bot and bot.generator else "none", detail=detail), ready


@router.get("/health", response_model=Health, summary="Service health (503 when degraded)",
            responses={503: {"model": Health}})
def health(services: ServicesDep) -> JSONResponse:
    h, _ = check(services)
    return JSONResponse(h.model_dump(mode="json"), status_code=200 if h.status == "ok" else 503)


@router.get("/ready", response_model=Ready, summary="Ready to answer (503 otherwise)", responses={503: {"model": Ready}})
def ready(services: ServicesDep) -> JSONResponse:
    h, ok = check(services)
    body = Ready(ready=ok, detail=None if ok else h.detail)
    return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=200 if body.ready else 503)
