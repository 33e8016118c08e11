"""Bad input and abuse: readable 422s, 404, 413, 429, CORS, request ids in headers and logs, no trace or path."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.conftest import FR_QUESTION

UI_ORIGIN = "http://127.0.0.1:8501"
LEAKS = ("Traceback", 'File "', "/work/", "/tmp/", "/home/", ".py\"", "site-packages")


def assert_clean(r: httpx.Response) -> None:
    """An error body: JSON with a string `detail`, and nothing from the inside of the server."""
    assert r.headers["content-type"].startswith("application/json"), r.text
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]
    for leak in LEAKS:
        assert leak not in r.text, (leak, r.text)


BAD_CHAT = [
    ({"message": "x" * 2001}, "2000"),
    ({"message": ""}, "message"),
    ({"message": "   "}, "empty"),
    ({"message": 42}, "message"),
    ({"message": ["a"]}, "message"),
    ({}, "message"),
    ({"message": "ok", "lang": "de"}, "lang"),
    ({"message": "ok", "profile": {"stage": "unicorn"}}, "stage"),
    ({"message": "ok", "profile": {"employees": -3}}, "employees"),
    ({"message": "ok", "profile": "big"}, "profile"),
    ({"message": "ok", "session_id": 12}, "session_id"),
    ({"message": "ok", "extra": True}, "extra"),
]


@pytest.mark.parametrize(("body", "mentions"), BAD_CHAT)
def test_chat_bad_input_is_a_readable_422(client: TestClient, body: dict[str, object], mentions: str) -> None:
    r = client.post("/chat", json=body)
    assert r.status_code == 422, r.text
    assert_clean(r)
    assert mentions in r.json()["detail"]


def test_long_message_limit_is_configurable_and_documented(make_client: Callable[..., TestClient]) -> None:
    c = make_client(max_message_chars=50)
    assert c.post("/chat", json={"message": "x" * 51}).status_code == 422
    schema = c.get("/openapi.json").json()
    assert schema["components"]["schemas"]["ChatRequest"]["properties"]["message"]["maxLength"] == 50


@pytest.mark.parametrize("raw", [b"{bad json", b'{"message": "a",}', b"", b"\xff\xfe", b"\xff", b'{"message": "\xe9"}',
                                 b"[1, 2]", b"null"])
def test_malformed_json_is_422(client: TestClient, raw: bytes) -> None:
    r = client.post("/chat", content=raw, headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert_clean(r)


def test_invalid_json_detail_says_so(client: TestClient) -> None:
    r = client.post("/chat", content=b"{bad json", headers={"Content-Type": "application/json"})
    assert "not valid JSON" in r.json()["detail"]


def test_body_over_64_kb_is_413(client: TestClient) -> None:
    r = client.post("/chat", content=b'{"message": "' + b"a" * 70_000 + b'"}',
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert_clean(r)

    def chunks():  # no Content-Length: the limit still holds
        for _ in range(20):
            yield b"a" * 4096

    r = client.post("/feedback", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_clean(client.get("/nope"))
    assert client.get("/nope").status_code == 404
    r = client.get("/chat")
    assert r.status_code == 405
    assert_clean(r)


def test_rate_limit_answers_429_with_retry_after(make_client: Callable[..., TestClient]) -> None:
    c = make_client(rate_limit_per_minute=3)
    codes = [c.get("/programs", params={"limit": 1}).status_code for _ in range(3)]
    assert codes == [200, 200, 200]
    r = c.get("/programs")
    assert r.status_code == 429
    assert_clean(r)
    assert 1 <= int(r.headers["retry-after"]) <= 60
    assert c.get("/health").status_code == 200  # probes are never limited


def test_cors_preflight_allows_the_ui_only(client: TestClient) -> None:
    ok = client.options("/chat", headers={"Origin": UI_ORIGIN, "Access-Control-Request-Method": "POST",
                                          "Access-Control-Request-Headers": "content-type"})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == UI_ORIGIN
    bad = client.options("/chat", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert bad.status_code >= 400 and "access-control-allow-origin" not in bad.headers
    simple = client.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers
    assert client.get("/health", headers={"Origin": UI_ORIGIN}).headers["access-control-allow-origin"] == UI_ORIGIN


def test_request_id_is_echoed_or_made(client: TestClient) -> None:
    made = client.get("/health").headers["x-request-id"]
    assert len(made) >= 16
    assert client.get("/health", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    odd = client.get("/health", headers={"X-Request-ID": "bad id\twith spaces"}).headers["x-request-id"]
    assert odd != "bad id\twith spaces"
    assert client.get("/nope").headers["x-request-id"]
    assert client.post("/chat", json={}).headers["x-request-id"]


def test_request_id_in_every_log_line(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    r = client.post("/chat", json={"message": FR_QUESTION}, headers={"X-Request-ID": "trace-me-42"})
    assert r.status_code == 200
    mine = [rec for rec in caplog.records if getattr(rec, "request_id", None) == "trace-me-42"]
    assert any("POST /chat 200" in rec.getMessage() for rec in mine)
    assert all(hasattr(rec, "request_id") for rec in caplog.records)


def test_unexpected_error_is_a_bare_500(client: TestClient, app_of: Callable[[TestClient], FastAPI]) -> None:
    def boom() -> None:
        raise RuntimeError("secret at /work/main/assistant/x.py line 3")

    app_of(client).add_api_route("/boom", boom)
    r = client.get("/boom", headers={"X-Request-ID": "boom-1"})
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error", "request_id": "boom-1"}
    assert_clean(r)


def test_error_bodies_never_leak(client: TestClient) -> None:
    responses = [
        client.get("/programs/..%2F..%2Fetc%2Fpasswd"),
        client.get("/programs/" + "/tmp/x"),
        client.post("/chat", json={"message": "x", "session_id": "/tmp/../../work/"}),
        client.post("/feedback", json={"session_id": "/tmp/a", "message_id": "/work/b", "rating": "up"}),
        client.post("/briefings", json={}),
        client.post("/admin/reindex"),
        client.get("/search", params={"q": "/work/main"}),
    ]
    for r in responses:
        if r.status_code >= 400:
            assert_clean(r)
        assert r.status_code < 500


def test_rate_limiter_window_slides() -> None:
    from assistant.api.middleware import RateLimiter

    lim = RateLimiter(2)
    assert lim.hit("a", now=0.0) is None and lim.hit("a", now=1.0) is None
    assert lim.hit("a", now=2.0) == pytest.approx(58.0)
    assert lim.hit("b", now=2.0) is None  # per client
    assert lim.hit("a", now=60.5) is None  # the first hit left the window
    assert RateLimiter(0).hit("a") is None  # 0 = no limit
