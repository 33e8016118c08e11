"""Settings errors of issue 17: one line naming the variable and never its value; guessable or padded admin tokens."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from assistant.api.app import create_app
from assistant.cli import main
from common.settings import Settings


@pytest.mark.parametrize(("variable", "value"), [
    ("BOUSSOLE_ADMIN_TOKEN", "changeme"),
    ("BOUSSOLE_ADMIN_TOKEN", "short-Zq8-value"),
    ("BOUSSOLE_ADMIN_TOKEN", "aaaaaaaaaaaaaaaaaaaa"),
    ("BOUSSOLE_API_PORT", "abc-port-value"),
    ("BOUSSOLE_RETRIEVAL_MODE", "fancy-mode-value"),
    ("BOUSSOLE_CORS_ORIGINS", "not-json-value"),
])
def test_invalid_variable_is_one_line_naming_it_never_its_value(variable: str, value: str,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(variable, value)
    code = main(["corpus", "check"])
    out = capsys.readouterr()
    lines = out.err.strip().splitlines()
    assert code == 2 and len(lines) == 1, out.err
    assert variable in lines[0]
    assert value not in out.err + out.out and "Traceback" not in out.err


@pytest.mark.parametrize("token", ["aaaaaaaaaaaaaaaa", "abababababababab", "0000000011111111"])
def test_weak_admin_tokens_are_refused(token: str) -> None:
    with pytest.raises(ValidationError, match="predictable"):
        Settings(_env_file=None, admin_token=token)  # type: ignore[call-arg, arg-type]


@pytest.mark.parametrize("token", ["a-real-token-of-enough-length", "3f9c2a71d04be865", "Vq3h_TtV0zN8pXr2Lw9cKa"])
def test_random_tokens_are_accepted(token: str) -> None:
    s = Settings(_env_file=None, admin_token=token)  # type: ignore[call-arg, arg-type]
    assert s.admin_token is not None and s.admin_token.get_secret_value() == token


def test_token_with_spaces_is_stripped_and_can_log_in(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("BOUSSOLE_ADMIN_TOKEN", "  Vq3h_TtV0zN8pXr2Lw9cKa \n")
    s = Settings(_env_file=None, rate_limit_per_minute=0)  # type: ignore[call-arg]
    assert s.admin_token is not None and s.admin_token.get_secret_value() == "Vq3h_TtV0zN8pXr2Lw9cKa"
    with TestClient(create_app(s), raise_server_exceptions=False) as client:
        r = client.get("/admin/reindex", headers={"Authorization": "Bearer Vq3h_TtV0zN8pXr2Lw9cKa"})
    assert r.status_code == 200, r.text
