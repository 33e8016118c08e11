"""Digests of reports and policies: their front matter, and splitting it from the Markdown body."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

import yaml
from pydantic import HttpUrl, field_validator, model_validator

from common.records import check_slug
from common.shapes import Strict


class DigestSource(Strict):
    title: str
    publisher: str
    published: str  # the date the source document shows ("2019", "2022-05-12")
    url: HttpUrl | None = None
    document: str | None = None  # a file we hold when there is no public URL (e.g. the seed study)
    ids: list[str] = []  # ids of the facts-file sources this digest draws on

    @model_validator(mode="after")
    def _located(self) -> DigestSource:
        if not self.url and not self.document:
            raise ValueError("a digest source needs a url or a document")
        return self


class Digest(Strict):
    """Front matter of a report or policy digest (Markdown) in corpus/reports or corpus/policies."""

    id: str
    title: str
    language: Literal["fr", "en"]
    kind: Literal["report", "policy", "announcement", "guide"]
    source: DigestSource
    as_of: dt.date
    programs: list[str] = []  # ids of program records the digest talks about
    aliases: list[str] = []  # names people use for the document ("étude InVivo", "SQRI2"), matched in questions
    translation: bool = False  # this file is our rendering of the digest in the other language

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        return check_slug(v)


FRONT_MATTER_RE = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, object] | None, str]:
    """(front matter mapping or None, body) of a Markdown text."""
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return None, text
    meta = yaml.safe_load(m.group(1))
    return (meta if isinstance(meta, dict) else None), text[m.end():]
