"""The one Settings class: every knob, read from BOUSSOLE_* environment variables or a .env file."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDERS = {"changeme", "change-me", "changethis", "secret", "password", "token", "admin", "xxx", "todo"}


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
    retrieval_mode: Literal["hybrid", "bm25", "dense", "naive"] = Field(
        "hybrid", description="hybrid (BM25 + dense fused) | bm25 | dense | naive (plain LangChain Chroma similarity)")
    favour_kinds: bool = Field(True, description="Favour program records for 'which program' questions, digests for report ones")
    chunk_size: int = Field(900, description="Target characters per chunk")
    chunk_overlap: int = Field(120, description="Characters shared by neighbouring chunks")
    max_file_mb: float = Field(50.0, description="Files larger than this are refused at ingest")
    snapshot_poll_s: float = Field(
        2.0, description="Seconds between an API process's checks for a snapshot published by another process; "
                         "0 = only when a request comes")

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
    admin_token: SecretStr | None = Field(None, description="Bearer token for POST /admin/reindex; unset = endpoint off")
    max_message_chars: int = Field(2000, description="Longest chat message accepted")
    answer_concurrency: int = Field(
        default_factory=lambda: os.cpu_count() or 2,
        description="Answers computed at once; others wait their turn in order (fair tail latency under load)")
    rate_limit_per_minute: int = Field(120, description="Requests per minute per client before 429; 0 = no limit")
    max_request_bytes: int = Field(65536, description="Largest request body the API accepts before 413")
    default_language: str = Field("fr", description="Language used when a question gives no clue")

    @field_validator("admin_token")
    @classmethod
    def _no_placeholder(cls, v: SecretStr | None) -> SecretStr | None:
        if v is None:
            return None
        raw = v.get_secret_value().strip()
        if not raw:
            return None
        if raw.lower() in PLACEHOLDERS or len(raw) < 16:
            raise ValueError("BOUSSOLE_ADMIN_TOKEN is a placeholder or shorter than 16 characters; set a real secret")
        return v

    @field_validator("threads")
    @classmethod
    def _positive(cls, v: int) -> int:
        return max(1, v)

    @property
    def sqlite_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'boussole.sqlite').resolve()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
