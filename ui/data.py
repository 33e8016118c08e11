"""Cached reads of the program catalog through the API (program names in both languages, full records)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.api.schemas import ProgramSummary
from common.records import Program
from ui.api_client import ApiClient, ApiError, ApiUnavailable, default_client

TTL_S = 300
REACH_S = 1.0


@st.cache_data(ttl=TTL_S, show_spinner=False)
def program_list(base_url: str, kind: str | None = None, stage: str | None = None, sector: str | None = None,
                 status: str | None = None, q: str | None = None) -> list[ProgramSummary]:
    return ApiClient(base_url).programs(kind=kind, stage=stage, sector=sector, status=status, q=q)


@st.cache_data(ttl=TTL_S, show_spinner=False)
def program_record(base_url: str, program_id: str) -> dict[str, Any]:
    """The record as JSON (a Program holds generic models, which pickle cannot cache)."""
    return ApiClient(base_url).program(program_id).model_dump(mode="json")


@st.cache_data(ttl=15, show_spinner=False)
def reachable(base_url: str) -> bool:
    """Whether the API answers within REACH_S (a degraded 503 still counts: it is there), so a fresh page says at once
    when it is down or hung."""
    try:
        ApiClient(base_url, timeout=REACH_S, connect_timeout=REACH_S).health()
    except ApiUnavailable:
        return False
    except ApiError:
        return True
    return True


def programs(**filters: str | None) -> list[ProgramSummary]:
    """The programs matching the filters (raises ApiUnavailable / ApiError)."""
    return program_list(default_client().base_url, **filters)


def record(program_id: str) -> Program:
    return Program.model_validate(program_record(default_client().base_url, program_id))


def names(lang: str) -> dict[str, str]:
    """Program id → name in `lang`; empty when the catalog cannot be read (callers fall back to the answer's name)."""
    try:
        return {p.id: p.name.get(lang) for p in programs()}
    except (ApiUnavailable, ApiError):
        return {}


def try_record(program_id: str) -> Program | None:
    try:
        return record(program_id)
    except (ApiUnavailable, ApiError):
        return None


@st.cache_data(ttl=TTL_S, show_spinner=False)
def _calendar(base_url: str, ids: tuple[str, ...], lang: str) -> bytes:
    return ApiClient(base_url).calendar(list(ids), lang)


def calendar(ids: tuple[str, ...], lang: str) -> bytes:
    """The .ics of these programs' known deadlines (raises ApiUnavailable / ApiError)."""
    return _calendar(default_client().base_url, ids, lang)
