"""POST /briefings: the advisor briefing for a company profile, as Markdown (default) or PDF (Accept: application/pdf)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

from assistant.api.deps import AssistantDep
from assistant.api.schemas import ErrorBody, ValidationErrorBody
from assistant.briefing.build import CompanyProfile, build_briefing
from assistant.briefing.pdf import render_pdf
from common.lang import fold

router = APIRouter(tags=["briefings"])
PDF = "application/pdf"
MARKDOWN = "text/markdown"


def wants_pdf(accept: str | None) -> bool:
    """True when Accept prefers application/pdf to text/markdown (by q-value; ties go to the one listed first)."""
    best: dict[str, float] = {}
    for i, part in enumerate((accept or "").split(",")):
        media, _, params = part.strip().partition(";")
        q = re.search(r"q=([01](?:\.[0-9]{0,3})?)", params)
        weight = float(q.group(1)) if q else 1.0
        if media.strip().lower() in (PDF, MARKDOWN) and weight > 0:
            best.setdefault(media.strip().lower(), weight - i * 1e-6)
    return PDF in best and best[PDF] > best.get(MARKDOWN, -1.0)


def filename(company: str, ext: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(company)).strip("-")[:60] or "company"
    return f"briefing-{slug}.{ext}"


@router.post("/briefings", summary="Build an advisor briefing (Markdown, or PDF with Accept: application/pdf)",
             response_class=Response,
             responses={200: {"content": {MARKDOWN: {"schema": {"type": "string"}},
                                          PDF: {"schema": {"type": "string", "format": "binary"}}},
                              "description": "The briefing"},
                        422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
def create_briefing(company: CompanyProfile, bot: AssistantDep,
                    accept: Annotated[str | None, Header()] = None) -> Response:
    briefing = build_briefing(bot, company)
    if wants_pdf(accept):
        return Response(render_pdf(briefing), media_type=PDF,
                        headers={"Content-Disposition": f'attachment; filename="{filename(company.name, "pdf")}"'})
    return Response(briefing.markdown, media_type=f"{MARKDOWN}; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="{filename(company.name, "md")}"'})
