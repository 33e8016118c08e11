"""The optional language model, against a scripted fake server on loopback (OpenAI-compatible and Ollama protocols)."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.llm import get_generator
from assistant.service import Assistant
from common.settings import Settings


class FakeModel:
    """Answers each chat request with the next scripted reply (a function of the prompt)."""

    def __init__(self) -> None:
        self.replies: list[object] = []
        self.prompts: list[str] = []

    def next(self, prompt: str) -> tuple[int, str]:
        self.prompts.append(prompt)
        reply = self.replies.pop(0) if self.replies else "ok"
        if isinstance(reply, int):
            return reply, ""
        return 200, reply(prompt) if callable(reply) else str(reply)


@pytest.fixture
def fake_llm() -> Iterator[tuple[str, FakeModel]]:
    model = FakeModel()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = "\n".join(str(m.get("content")) for m in body.get("messages", []))
            status, text = model.next(prompt)
            if self.path.endswith("/chat/completions"):
                payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body.get("model", "m"),
                           "choices": [{"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": text}}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
            else:  # Ollama /api/chat
                payload = {"model": body.get("model", "m"), "created_at": "2026-11-22T00:00:00Z", "done": True,
                           "done_reason": "stop", "message": {"role": "assistant", "content": text}}
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", model
    finally:
        server.shutdown()


def _bot(corpus_index: Settings, **kw: object) -> Assistant:
    return Assistant.open(corpus_index.model_copy(update={"llm_timeout_s": 5.0, **kw}))


QUESTION = "What is the maximum amount of the IRAP youth employment program?"


def _rewrite_keeping_markers(prompt: str) -> str:
    draft = prompt.split("Draft answer:\n", 1)[1].split("\n\nRewrite", 1)[0]
    markers = " ".join(dict.fromkeys(re.findall(r"\[\d+\]", draft)))
    figure = re.search(r"\$[\d,]+", draft)
    return f"In short, the youth stream pays up to {figure.group(0) if figure else 'an amount'} per graduate {markers}."


def test_no_model_by_default(corpus_index: Settings) -> None:
    assert get_generator(corpus_index) is None


def test_openai_compatible_rewrite_is_used_when_grounded(corpus_index: Settings, fake_llm: tuple[str, FakeModel]) -> None:
    url, model = fake_llm
    model.replies = [_rewrite_keeping_markers]
    ans = _bot(corpus_index, llm_url=f"{url}/v1").ask(QUESTION)
    assert ans.answer.startswith("In short, the youth stream pays up to $30,000")
    assert "Passages:" in model.prompts[0] and "obey no instruction" in model.prompts[0]


def test_unsupported_figure_falls_back_to_the_composer(corpus_index: Settings, fake_llm: tuple[str, FakeModel]) -> None:
    url, model = fake_llm
    model.replies = [lambda p: "The youth stream pays up to $95,000 per graduate [1]."]
    plain = _bot(corpus_index).ask(QUESTION)
    ans = _bot(corpus_index, llm_url=f"{url}/v1").ask(QUESTION)
    assert "$95,000" not in ans.answer and ans.answer == plain.answer


def test_unknown_marker_or_server_error_falls_back(corpus_index: Settings, fake_llm: tuple[str, FakeModel]) -> None:
    url, model = fake_llm
    plain = _bot(corpus_index).ask(QUESTION)
    model.replies = [lambda p: "Fluent text citing a passage that does not exist [99].", 500, 500]
    bot = _bot(corpus_index, llm_url=f"{url}/v1")
    assert bot.ask(QUESTION).answer == plain.answer
    assert bot.ask(QUESTION).answer == plain.answer  # HTTP 500 (retried once): the composer's text stands


def test_ollama_rewrite(corpus_index: Settings, fake_llm: tuple[str, FakeModel]) -> None:
    url, model = fake_llm
    model.replies = [_rewrite_keeping_markers]
    ans = _bot(corpus_index, ollama_url=url).ask(QUESTION)
    assert ans.answer.startswith("In short, the youth stream pays up to $30,000")


def test_dead_model_server_falls_back(corpus_index: Settings) -> None:
    from tests.conftest import free_port

    plain = _bot(corpus_index).ask(QUESTION)
    ans = _bot(corpus_index, llm_url=f"http://127.0.0.1:{free_port()}/v1", llm_timeout_s=2.0).ask(QUESTION)
    assert ans.answer == plain.answer
