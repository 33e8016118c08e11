"""POST /briefings: the advisor briefing for a company profile, as Markdown (default), PDF (Accept: application/pdf) or
the shortlist's deadline calendar (Accept: text/calendar); the X-Shortlist header gives the shortlisted program ids."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header
from fastapi.responses import Response

from assistant.answer.calendar import MEDIA_TYPE, build_calendar
from assistant.api.deps import AssistantDep
from assistant.api.schemas import ErrorBody, ValidationErrorBody
from assistant.briefing.build import CompanyProfile, build_briefing
from assistant.briefing.pdf import render_pdf
from common.lang import fold

router = APIRouter(tags=["briefings"])
PDF = "application/pdf"
MARKDOWN = "text/markdown"
CALENDAR = "text/calendar"


def preferred(accept: str | None) -> str:
    """The format Accept prefers among Markdown, PDF and calendar (by q-value; ties go to the one listed first);
    Markdown when it names none of them."""
    best: dict[str, float] = {MARKDOWN: -1.0}
    for i, part in enumerate((accept or "").split(",")):
        media, _, params = part.strip().partition(";")
        q = re.search(r"q=([01](?:\.[0-9]{0,3})?)", params)
        weight = float(q.group(1)) if q else 1.0
        if media.strip().lower() in (PDF, MARKDOWN, CALENDAR) and weight > 0:
            best[media.strip().lower()] = max(best.get(media.strip().lower(), -1.0), weight - i * 1e-6)
    return max(best, key=lambda m: best[m])



def filename(company: str, ext: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(company)).strip("-")[:60] or "company"
    return f"briefing-{slug}.{ext}"


@router.post("/briefings", summary="Build an advisor briefing (Markdown; PDF or .ics calendar by Accept)",
             response_class=Response,
             responses={200: {"content": {MARKDOWN: {"schema": {"type": "string"}},
                                          PDF: {"schema": {"type": "string", "format": "binary"}},
                                          CALENDAR: {"schema": {"type": "string"}}},
                              "description": "The briefing"},
                        422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
def create_briefing(company: CompanyProfile, bot: AssistantDep,
                    accept: Annotated[str | None, Header()] = None) -> Response:
    briefing = build_briefing(bot, company)
    ids = {"X-Shortlist": ",".join(briefing.shortlist)}  # for GET /programs/calendar.ics?ids=…
    fmt = preferred(accept)
    if fmt == PDF:
        return Response(render_pdf(briefing), media_type=PDF, headers={
            **ids, "Content-Disposition": f'attachment; filename="{filename(company.name, "pdf")}"'})
    if fmt == CALENDAR:
        programs = bot.retriever.snapshot.programs
        ics = build_calendar([programs[i] for i in briefing.shortlist if i in programs], company.language)
        return Response(ics, media_type=MEDIA_TYPE, headers={
            **ids, "Content-Disposition": f'attachment; filename="{filename(company.name, "ics")}"'})
    return Response(briefing.markdown, media_type=f"{MARKDOWN}; charset=utf-8", headers={
        **ids, "Content-Disposition": f'inline; filename="{filename(company.name, "md")}"'})
