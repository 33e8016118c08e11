"""Shared objects injected into routes as `Annotated[..., Depends(...)]` aliases, and the admin token check."""

from __future__ import annotations

import hmac
import math
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.api.reindex import Reindexer
from assistant.api.runtime import Services
from assistant.api.store import SqlSessions
from assistant.service import Assistant
from common.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="BOUSSOLE_ADMIN_TOKEN")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_settings(services: Annotated[Services, Depends(get_services)]) -> Settings:
    return services.settings


def get_sessions(services: Annotated[Services, Depends(get_services)]) -> SqlSessions:
    return services.sessions


def get_assistant(services: Annotated[Services, Depends(get_services)]) -> Assistant:
    """The loaded Assistant with the newest published snapshot (503 through the error handlers when none)."""
    bot = services.load()
    bot.retriever.refresh()
    return bot


def get_reindexer(services: Annotated[Services, Depends(get_services)]) -> Reindexer:
    return services.reindexer


def require_admin(request: Request, services: Annotated[Services, Depends(get_services)],
                  creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """404 when no admin token is configured (the endpoint is off), 401 when the bearer token is missing or wrong,
    429 once an address has failed BOUSSOLE_ADMIN_FAILURES_PER_MINUTE times in a minute (even with the right token)."""
    settings = services.settings
    if settings.admin_token is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Not Found")
    address = request.client.host if request.client else "unknown"
    wait = services.admin_failures.peek(address)
    if wait is not None:
        retry = str(max(1, math.ceil(wait)))
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, f"too many failed admin logins; retry in {retry} s",
                            headers={"Retry-After": retry})
    expected = settings.admin_token.get_secret_value().encode()
    given = (creds.credentials if creds and creds.scheme.lower() == "bearer" else "").encode()
    if not hmac.compare_digest(given, expected):
        services.admin_failures.hit(address)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing or wrong admin token",
                            headers={"WWW-Authenticate": "Bearer"})


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionsDep = Annotated[SqlSessions, Depends(get_sessions)]
AssistantDep = Annotated[Assistant, Depends(get_assistant)]
ReindexerDep = Annotated[Reindexer, Depends(get_reindexer)]
AdminDep = Annotated[None, Depends(require_admin)]
