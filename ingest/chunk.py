"""Split loaded documents into chunks that respect headings, each with its full metadata and a stable id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

from common.chunks import ChunkMeta
from common.safety import is_suspicious
from ingest.loaders import LoadedDoc


@dataclass(frozen=True)
class Chunk:
    id: str
    text: str
    meta: ChunkMeta

    def to_row(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "meta": self.meta.flat()}


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def make_splitter(size: int, overlap: int) -> RecursiveCharacterTextSplitter:
    # imported only when a file changed: keeps no-change runs fast
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        chunk_size=size, chunk_overlap=overlap, separators=["\n\n", "\n- ", "\n", ". ", "; ", ", ", " ", ""]
    )


def chunk_document(doc: LoadedDoc, source: str, file_hash: str, size: int = 900, overlap: int = 120) -> list[Chunk]:
    """Chunks of one document; a section is split only when longer than `size`, and never across headings."""
    splitter = make_splitter(size, overlap)
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for sec in doc.sections:
        pieces = [sec.text] if len(sec.text) <= size else splitter.split_text(sec.text)
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            content_hash = sha256(piece)
            n = seen.get(content_hash, 0)
            seen[content_hash] = n + 1
            cid = sha256(f"{source}\0{content_hash}\0{n}")[:32]
            fields: dict[str, Any] = {
                "source": source, "title": doc.title, "section": sec.section, "page": sec.page or 0,
                "language": sec.language or "fr", "doc_kind": doc.doc_kind, "program_id": doc.program_id,
                "url": doc.url, "content_hash": content_hash, "file_hash": file_hash,
                "suspicious": is_suspicious(piece),
            }
            meta = ChunkMeta(**{**fields, **doc.meta, **sec.meta})  # a section's own fields win
            chunks.append(Chunk(id=cid, text=piece, meta=meta))
    return chunks
