"""ASGI middleware: request id + access log + last-resort 500, per-client rate limit, request body size limit."""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Iterable, Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.handlers import internal_error
from assistant.api.logs import new_request_id, request_id_var

log = logging.getLogger("boussole.api")
UNLIMITED_PATHS = frozenset({"/health", "/ready"})
CLIENT_KEY = re.compile(rb"[A-Za-z0-9_-]{8,64}")


async def _send_json(send: Send, status: int, body: Mapping[str, object], headers: list[tuple[bytes, bytes]]) -> None:
    payload = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), *headers]})
    await send({"type": "http.response.body", "body": payload})


class RequestContextMiddleware:
    """Outermost: gives each request an id (X-Request-ID in and out, in every log line), logs one access line, and
    turns any exception that escaped the handlers into a bare 500 with the request id."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        rid = new_request_id(headers.get(b"x-request-id", b"").decode("latin-1"))
        token = request_id_var.set(rid)
        started = time.perf_counter()
        status = [0]

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message = {**message, "headers": [*message.get("headers", []), (b"x-request-id", rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if not status[0]:
                await internal_error(rid)(scope, receive, send_with_id)
        finally:
            ms = (time.perf_counter() - started) * 1000
            log.info("%s %s %s %.0f ms", scope.get("method"), scope.get("path"), status[0] or "-", ms)
            request_id_var.reset(token)


class RateLimiter:
    """Sliding one-minute window per key, in memory; `hit` returns the seconds to wait when over the limit."""

    MAX_KEYS = 10_000

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str, now: float | None = None) -> float | None:
        if self.per_minute <= 0:
            return None
        now = time.monotonic() if now is None else now
        window = self._hits.get(key)
        if window is None:
            if len(self._hits) >= self.MAX_KEYS:
                self._prune(now)
            window = self._hits[key] = deque()
        while window and now - window[0] >= 60.0:
            window.popleft()
        if len(window) >= self.per_minute:
            return max(0.0, 60.0 - (now - window[0]))
        window.append(now)
        return None

    def peek(self, key: str, now: float | None = None) -> float | None:
        """The seconds to wait if `key` is over the limit now, without counting a hit."""
        window = self._hits.get(key)
        if self.per_minute <= 0 or not window:
            return None
        now = time.monotonic() if now is None else now
        recent = [t for t in window if now - t < 60.0]
        return max(0.0, 60.0 - (now - recent[0])) if len(recent) >= self.per_minute else None

    def _prune(self, now: float) -> None:
        for k in [k for k, w in self._hits.items() if not w or now - w[-1] >= 60.0]:
            del self._hits[k]
        while len(self._hits) >= self.MAX_KEYS:  # still full: drop the oldest keys
            del self._hits[next(iter(self._hits))]


def client_key(scope: Scope, key_from: frozenset[str]) -> str:
    """Whom a request counts against: its address (X-Forwarded-For is resolved by uvicorn, from trusted proxies only);
    from the UI's addresses, the address and the X-Client-Key of the UI session that sent it."""
    client = scope.get("client")
    host = client[0] if client else "unknown"
    if host in key_from:
        given = dict(scope.get("headers") or []).get(b"x-client-key", b"")
        if CLIENT_KEY.fullmatch(given):
            return f"{host}|{given.decode()}"
    return host


class RateLimitMiddleware:
    """429 with Retry-After once a client has sent `per_minute` requests in the last minute (probes exempt)."""

    def __init__(self, app: ASGIApp, per_minute: int, key_from: Iterable[str] = ()) -> None:
        self.app = app
        self.limiter = RateLimiter(per_minute)
        self.key_from = frozenset(key_from)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        wait = self.limiter.hit(client_key(scope, self.key_from))
        if wait is None:
            await self.app(scope, receive, send)
            return
        retry = str(max(1, math.ceil(wait)))
        await _send_json(send, 429, {"detail": f"too many requests; retry in {retry} s"}, [(b"retry-after", retry.encode())])


class BodyLimitMiddleware:
    """413 when a request body is larger than `max_bytes` (declared or actually sent); the body is buffered here."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        too_big = {"detail": f"request body larger than {self.max_bytes} bytes"}
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_json(send, 413, too_big, [(b"connection", b"close")])
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await _send_json(send, 413, too_big, [(b"connection", b"close")])
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
