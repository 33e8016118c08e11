"""`create_app()`: the FastAPI application — routers, error handlers, middleware, and the Assistant loaded once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.cors import CORSMiddleware

from assistant.api import handlers
from assistant.api.logs import install_record_factory
from assistant.api.middleware import BodyLimitMiddleware, RateLimitMiddleware, RequestContextMiddleware
from assistant.api.routes import admin, briefings, chat, feedback, health, programs, search
from assistant.api.runtime import Services
from assistant.service import Assistant
from common.settings import Settings, get_settings

log = logging.getLogger("boussole.api")
DESCRIPTION = ("Boussole finds the funding and support programs that fit an AI × life-sciences company in Québec, "
               "and answers in French or English with sources.")
NO_TELEMETRY = {"tracing": False, "metrics": False, "logs": False, "operation_spans": False}


def _lifespan(services: Services) -> Callable[[FastAPI], Any]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if services.loaded is None:  # load the embedder and indexes once, before the first request
            await run_in_threadpool(services.try_load)
        services.watcher.start()  # follow snapshots published by a writer in another process
        yield
        await run_in_threadpool(services.close)

    return lifespan


def _openapi_with_limits(app: FastAPI, settings: Settings) -> Callable[[], dict[str, Any]]:
    """The generated schema, with the configured message length limit written into ChatRequest."""
    base = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = base()
            props = schema.get("components", {}).get("schemas", {}).get("ChatRequest", {}).get("properties", {})
            if "message" in props:
                props["message"]["maxLength"] = settings.max_message_chars
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi


def create_app(settings: Settings | None = None, assistant: Assistant | None = None) -> FastAPI:
    """The API. The SQL store opens now (a corrupt SQLite file fails here with StoreError); the Assistant is the one
    given (its loaded retriever is shared) or is loaded once at start-up."""
    settings = settings or (assistant.settings if assistant is not None else get_settings())
    install_record_factory()
    services = Services.build(settings, assistant)
    app = FastAPI(title="Boussole API", version="0.1.0", description=DESCRIPTION, lifespan=_lifespan(services),
                  telemetry=NO_TELEMETRY)  # type: ignore[arg-type]
    app.state.services = services
    for module in (chat, search, programs, briefings, feedback, health, admin):
        app.include_router(module.router)
    handlers.install(app)
    # add_middleware wraps: the last added is the outermost
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_request_bytes)
    app.add_middleware(RateLimitMiddleware, per_minute=settings.rate_limit_per_minute,
                       key_from=settings.client_key_from)
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["Content-Type", "Authorization", "Accept", "X-Request-ID", "X-Client-Key"],
                       expose_headers=["X-Request-ID", "Retry-After"], max_age=600)
    app.add_middleware(RequestContextMiddleware)
    app.openapi = _openapi_with_limits(app, settings)  # type: ignore[method-assign]
    return app
