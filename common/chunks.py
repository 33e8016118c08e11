"""The one typed model of a chunk's metadata: written by ingest (loaders, chunking), read by the assistant."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

Flat = dict[str, str | int | float | bool]


class ChunkMeta(BaseModel):
    """What every chunk carries besides its text. Empty strings, not None, where a field does not apply (a vector
    store keeps only flat scalar values)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    source: str = ""  # the file, relative to the corpus ("corpus/programs/nrc-irap.yaml")
    title: str = ""
    section: str = ""
    page: int = 0  # 1-based PDF page, 0 when the file has no pages
    language: str = "fr"
    doc_kind: str = "document"  # program | report | policy | document
    url: str = ""
    content_hash: str = ""
    file_hash: str = ""
    suspicious: bool = False  # instruction-like text: retrieved, never quoted
    # program records
    program_id: str = ""
    name_fr: str = ""
    name_en: str = ""
    part: str = ""  # overview | eligibility | facts | intake | apply
    kind: str = ""
    region: str = ""  # space-separated region codes
    intake: str = ""
    applicant: str = ""
    instrument: str = ""
    as_of: str = ""
    status_line: str = ""  # the intake status sentence of the overview and intake parts, as written in the text
    # report and policy digests
    digest_id: str = ""
    published: str = ""
    publisher: str = ""
    aliases: str = ""  # " | "-separated other names of the document
    programs: str = ""  # space-separated ids of the program records the digest speaks of (its front matter)

    def flat(self) -> Flat:
        """The metadata as stored (chunks.jsonl, manifest, vector store)."""
        return self.model_dump()

    @classmethod
    def read(cls, raw: dict[str, Any]) -> ChunkMeta:
        """Metadata read back from storage; fields of another version are left out."""
        return cls.model_validate({k: v for k, v in raw.items() if k in cls.model_fields and v is not None})

    def alias_list(self) -> list[str]:
        return self.aliases.split(" | ") if self.aliases else []

    def program_list(self) -> list[str]:
        return self.programs.split()
