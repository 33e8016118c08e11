"""The one Settings class: prefix, placeholder secrets refused, and its documentation kept in step."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from common.settings import Settings
from tests.conftest import ROOT


def test_env_prefix_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUSSOLE_EMBEDDER", "e5-multilingual")
    s = Settings(_env_file=None)  # type: ignore[call-arg]
    assert s.embedder == "e5-multilingual" and s.chroma_url is None and s.llm_url is None and s.admin_token is None


@pytest.mark.parametrize("token", ["changeme", "secret", "short"])
def test_placeholder_admin_token_is_refused(token: str) -> None:
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(_env_file=None, admin_token=token)  # type: ignore[call-arg, arg-type]


def test_real_admin_token_is_kept() -> None:
    s = Settings(_env_file=None, admin_token="a-real-token-of-enough-length")  # type: ignore[call-arg, arg-type]
    assert s.admin_token is not None


def test_every_setting_is_documented() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in Settings.model_fields:
        var = f"BOUSSOLE_{name.upper()}"
        assert f"# {var}=" in example, f"{var} missing from .env.example (run scripts/env_docs.py)"
        assert f"`{var}`" in readme, f"{var} missing from the README table (run scripts/env_docs.py)"


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("BOUSSOLE_DEFAULT_LANGUAGE=en\n", encoding="utf-8")
    assert Settings(_env_file=env).default_language == "en"  # type: ignore[call-arg]
