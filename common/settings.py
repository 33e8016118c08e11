"""The one Settings class: every knob, read from BOUSSOLE_* environment variables or a .env file."""

from __future__ import annotations

import math
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

from common.errors import ConfigError

PLACEHOLDERS = {"changeme", "change-me", "changethis", "secret", "password", "token", "admin", "xxx", "todo"}
# 16 characters drawn evenly from 8 symbols. A random 16-hex-character token scores about 54 by this estimate,
# `secrets.token_urlsafe(16)` about 90; 'aaaaaaaaaaaaaaaa' scores 0 and 'abababababababab' 16.
MIN_TOKEN_BITS = 48.0


def token_bits(token: str) -> float:
    """A token's entropy estimate: its length times the Shannon entropy of its characters (0 for 'aaaa…')."""
    counts = Counter(token)
    return -len(token) * sum(c / len(token) * math.log2(c / len(token)) for c in counts.values())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BOUSSOLE_", env_file=".env", extra="ignore")

    # Where things live
    data_dir: Path = Field(Path(".boussole"), description="Folder for the Chroma store, the manifest, BM25 and SQLite")
    corpus_dir: Path = Field(Path("corpus"), description="The shipped corpus, ingested by default")

    # Retrieval
    embedder: str = Field("use-multilingual", description="use-multilingual | e5-multilingual | sentence-transformers:<path-or-name>")
    threads: int = Field(default_factory=lambda: os.cpu_count() or 2, description="Threads for the embedder")
    chroma_url: str | None = Field(None, description="Chroma server URL (http://127.0.0.1:8765); unset = embedded Chroma")
    collection_prefix: str = Field("boussole", description="Prefix of the Chroma collection name")
    search_ef: int = Field(2000, ge=10, description="HNSW search breadth of the vector store: at or above the number "
                                                    "of passages, dense search is exact and the same in every process")
    retrieval_mode: Literal["hybrid", "bm25", "dense", "naive"] = Field(
        "hybrid", description="hybrid (BM25 + dense fused) | bm25 | dense | naive (plain LangChain Chroma similarity)")
    favour_kinds: bool = Field(True, description="Favour program records for 'which program' questions, digests for report ones")
    chunk_size: int = Field(900, description="Target characters per chunk")
    chunk_overlap: int = Field(120, description="Characters shared by neighbouring chunks")
    max_file_mb: float = Field(50.0, description="Files larger than this are refused at ingest")
    snapshot_poll_s: float = Field(
        2.0, description="Seconds between an API process's checks for a snapshot published by another process; "
                         "0 = only when a request comes")
    # Caps against hostile or broken files (issue 17). The largest shipped file is 14 KB of text (28 chunks) and the
    # longest record field 677 characters: the caps are far above any real document and far below what breaks ingest.
    max_text_chars: int = Field(
        2_000_000, gt=0, description="Most characters of text extracted from one file (about 600 dense pages); "
        "extraction stops and the file fails beyond it")
    max_chunks_per_file: int = Field(
        3_000, gt=0, description="Most chunks one file may make (a file at the text cap makes about 2,600)")
    max_field_chars: int = Field(
        4_000, gt=0, description="Longest text field of a program record (6x the longest shipped field)")

    # Sessions and feedback
    database_url: str | None = Field(
        None, description="SQLAlchemy URL (postgresql+psycopg://… needs the postgres extra); unset = SQLite file in data_dir")

    # Optional language model (never required)
    llm_url: str | None = Field(None, description="OpenAI-compatible base URL (…/v1) of a chat model")
    llm_model: str = Field("gpt-4o-mini", description="Model name sent to the OpenAI-compatible endpoint")
    llm_api_key: SecretStr = Field(SecretStr("not-needed"), description="API key for the OpenAI-compatible endpoint")
    ollama_url: str | None = Field(None, description="Ollama base URL (http://127.0.0.1:11434)")
    ollama_model: str = Field("llama3.1", description="Ollama model name")
    llm_timeout_s: float = Field(30.0, description="Seconds before the language model is given up on")

    # API and UI
    api_host: str = Field("127.0.0.1", description="Address the API listens on")
    api_port: int = Field(8000, description="Port the API listens on")
    api_url: str = Field("http://127.0.0.1:8000", description="Where the UI finds the API")
    ui_port: int = Field(8501, description="Port of the Streamlit UI")
    cors_origins: list[str] = Field(
        default_factory=lambda: ["http://127.0.0.1:8501", "http://localhost:8501"], description="Origins allowed by CORS"
    )
    admin_token: SecretStr | None = Field(
        None, description="Bearer token for POST /admin/reindex (16+ characters, not guessable; spaces around it are "
        "stripped); unset = endpoint off")
    max_message_chars: int = Field(2000, description="Longest chat message accepted")
    answer_concurrency: int = Field(
        default_factory=lambda: os.cpu_count() or 2,
        description="Answers computed at once; others wait their turn in order (fair tail latency under load)")
    rate_limit_per_minute: int = Field(120, description="Requests per minute per client before 429; 0 = no limit")
    admin_failures_per_minute: int = Field(
        5, ge=1, description="Failed admin logins per minute per address before 429 (counted apart from requests)")
    trusted_proxies: list[str] = Field(
        default_factory=list, description="Addresses whose X-Forwarded-For is trusted (your reverse proxy); "
        "empty = trust none")
    client_key_from: list[str] = Field(
        default_factory=lambda: ["127.0.0.1", "::1"], description="Addresses (the UI's) whose X-Client-Key header "
        "gives each of their users a limit of their own")
    max_request_bytes: int = Field(65536, description="Largest request body the API accepts before 413")
    default_language: str = Field("fr", description="Language used when a question gives no clue")

    @field_validator("admin_token")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None:
            return None
        raw = v.get_secret_value().strip()  # a token read with spaces or a newline around it could never log in
        if not raw:
            return None
        if raw.lower() in PLACEHOLDERS or len(raw) < 16:
            raise ValueError("a placeholder or shorter than 16 characters; set a real secret")
        if token_bits(raw) < MIN_TOKEN_BITS:
            raise ValueError("too predictable (repeated characters); use e.g. `openssl rand -hex 32`")
        return SecretStr(raw)

    @field_validator("threads")
    @classmethod
    def _positive(cls, v: int) -> int:
        return max(1, v)

    @property
    def sqlite_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'boussole.sqlite').resolve()}"


def _config_error(exc: ValidationError | SettingsError) -> ConfigError:
    """One line naming the variable (and why), never its value."""
    if isinstance(exc, SettingsError):  # a list or other JSON value that does not parse
        field = str(exc).split('"')[1] if str(exc).count('"') >= 2 else ""
        name = f"BOUSSOLE_{field.upper()}" if field else "a BOUSSOLE_* variable"
        return ConfigError(f"{name}: not valid JSON for this setting")
    errs = exc.errors(include_input=False, include_url=False)
    loc = errs[0].get("loc") if errs else None
    name = f"BOUSSOLE_{str(loc[0]).upper()}" if loc else "a BOUSSOLE_* variable"
    msg = str(errs[0].get("msg") if errs else "invalid value").removeprefix("Value error, ")
    more = f" (and {len(errs) - 1} more)" if len(errs) > 1 else ""
    return ConfigError(f"{name}: {msg}{more}")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment; ConfigError (one line naming the variable) when one is invalid."""
    try:
        return Settings()
    except (ValidationError, SettingsError) as exc:
        raise _config_error(exc) from None
