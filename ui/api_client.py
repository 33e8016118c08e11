"""A small typed HTTP client for the Boussole API; every failure becomes one of three clear exceptions."""

from __future__ import annotations

import secrets
from typing import Any, Literal
from urllib.parse import quote

import httpx
from pydantic import ValidationError

from assistant.api.schemas import ProgramList, ProgramSummary
from assistant.models import Answer
from common.records import Program
from common.settings import get_settings

Rating = Literal["up", "down"]
BriefingFormat = Literal["markdown", "pdf", "ics"]
ACCEPT = {"markdown": "text/markdown", "pdf": "application/pdf", "ics": "text/calendar"}
PAGE = 200
CLIENT_KEY_HEADER = "X-Client-Key"
_SESSION_KEY = "_boussole_client_key"
_PROCESS_KEY = secrets.token_urlsafe(16)


def session_key() -> str:
    """A random key per UI session (kept in Streamlit's session state), sent as X-Client-Key so that the API, which
    sees every UI user at the UI's one address, rate-limits each user apart; outside Streamlit, one key per process."""
    try:
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx

        if get_script_run_ctx(suppress_warning=True) is not None:
            return str(st.session_state.setdefault(_SESSION_KEY, secrets.token_urlsafe(16)))
    except Exception:  # no Streamlit, or not inside a script run
        pass
    return _PROCESS_KEY


class ApiError(Exception):
    """The API answered, but not with what was asked (4xx/5xx or an unexpected body)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status}: {detail}")
        self.status = status
        self.detail = detail


class ApiUnavailable(Exception):
    """The API cannot be reached (refused, DNS, network)."""


class ApiTimeout(ApiUnavailable):
    """The API did not answer in time."""


def _detail(resp: httpx.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return (resp.text or resp.reason_phrase).strip()[:300]
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail)[:300] if detail else resp.reason_phrase


class ApiClient:
    """Calls the API at `base_url`; one short-lived connection per call."""

    def __init__(self, base_url: str, timeout: float = 15.0, chat_timeout: float = 120.0, connect_timeout: float = 2.0,
                 transport: httpx.BaseTransport | None = None, client_key: str | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_key = client_key or session_key()
        self.timeout = timeout
        self.chat_timeout = chat_timeout
        self.connect_timeout = connect_timeout
        self.transport = transport

    def _request(self, method: str, path: str, *, timeout: float | None = None, **kw: Any) -> httpx.Response:
        try:
            limit = httpx.Timeout(timeout or self.timeout, connect=self.connect_timeout)
            with httpx.Client(base_url=self.base_url, timeout=limit, transport=self.transport,
                              headers={CLIENT_KEY_HEADER: self.client_key}) as client:
                resp = client.request(method, path, **kw)
        except httpx.TimeoutException as exc:
            raise ApiTimeout(f"{self.base_url} did not answer in time") from exc
        except (httpx.TransportError, httpx.InvalidURL) as exc:
            raise ApiUnavailable(f"{self.base_url} cannot be reached: {exc}") from exc
        if resp.status_code >= 400:
            raise ApiError(resp.status_code, _detail(resp))
        return resp

    def _json(self, method: str, path: str, **kw: Any) -> Any:
        resp = self._request(method, path, **kw)
        try:
            return resp.json()
        except ValueError as exc:
            raise ApiError(resp.status_code, "the answer is not JSON") from exc

    def chat(self, message: str, session_id: str | None = None, profile: dict[str, Any] | None = None,
             lang: str | None = None) -> Answer:
        body: dict[str, Any] = {"message": message}
        if session_id:
            body["session_id"] = session_id
        if profile:
            body["profile"] = profile
        if lang:
            body["lang"] = lang
        data = self._json("POST", "/chat", json=body, timeout=self.chat_timeout)
        try:
            return Answer.model_validate(data)
        except ValidationError as exc:
            raise ApiError(200, "unexpected answer shape") from exc

    def programs(self, **filters: str | None) -> list[ProgramSummary]:
        """Every program matching the filters (kind, stage, sector, status, q), all pages."""
        params: dict[str, str | int] = {k: v for k, v in filters.items() if v}
        items: list[ProgramSummary] = []
        while True:
            data = self._json("GET", "/programs", params={**params, "limit": PAGE, "offset": len(items)})
            try:
                page = ProgramList.model_validate(data)
            except ValidationError as exc:
                raise ApiError(200, "unexpected program list shape") from exc
            items.extend(page.items)
            if not page.items or len(items) >= page.total:
                return items

    def program(self, program_id: str) -> Program:
        data = self._json("GET", f"/programs/{quote(program_id, safe='')}")
        try:
            return Program.model_validate(data)
        except ValidationError as exc:
            raise ApiError(200, "unexpected program record shape") from exc

    def feedback(self, session_id: str, message_id: str, rating: Rating, reason: str | None = None,
                 comment: str | None = None) -> None:
        body: dict[str, Any] = {"session_id": session_id, "message_id": message_id, "rating": rating}
        if reason:
            body["reason"] = reason
        if comment and comment.strip():
            body["comment"] = comment.strip()
        self._request("POST", "/feedback", json=body)

    def calendar(self, ids: list[str], lang: str) -> bytes:
        """GET /programs/calendar.ics: the known deadlines of these programs, as an iCalendar file."""
        resp = self._request("GET", "/programs/calendar.ics", params={"ids": ",".join(ids), "lang": lang},
                             headers={"Accept": "text/calendar"})
        if not resp.headers.get("content-type", "").startswith("text/calendar"):
            raise ApiError(resp.status_code, "the calendar is not text/calendar")
        return resp.content

    def health(self) -> dict[str, Any]:
        resp = self._request("GET", "/health")
        data = resp.json()
        return data if isinstance(data, dict) else {}

    def briefing(self, company: dict[str, Any], fmt: BriefingFormat = "markdown") -> bytes:
        """The briefing for a company profile: Markdown text (UTF-8), PDF bytes, or the shortlist's deadlines (.ics)."""
        resp = self._request("POST", "/briefings", json=company, headers={"Accept": ACCEPT[fmt]},
                             timeout=self.chat_timeout)
        if fmt == "markdown" and resp.headers.get("content-type", "").startswith("application/json"):
            data = resp.json()
            text = data.get("markdown") if isinstance(data, dict) else None
            if not isinstance(text, str):
                raise ApiError(resp.status_code, "unexpected briefing shape")
            return text.encode("utf-8")
        return resp.content


def default_client() -> ApiClient:
    """A client for BOUSSOLE_API_URL."""
    return ApiClient(get_settings().api_url)
