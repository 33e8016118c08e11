"""GET /programs (filtered summaries), GET /programs/calendar.ics (deadlines) and GET /programs/{id} (one record)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from assistant.answer.amounts import company_amount
from assistant.answer.calendar import MEDIA_TYPE, build_calendar
from assistant.api.deps import AssistantDep
from assistant.api.schemas import ErrorBody, ProgramList, ProgramSummary, ValidationErrorBody
from assistant.models import Lang
from common.errors import ProgramNotFound
from common.lang import fold
from common.records import Bilingual, Program
from common.vocab import Intake, Kind, Sector, Stage

router = APIRouter(tags=["programs"])


def matches(p: Program, kind: Kind | None, stage: Stage | None, sector: Sector | None, status: Intake | None,
            q: str | None) -> bool:
    if (kind and p.kind != kind) or (stage and stage not in p.stages) or (status and p.intake.status != status):
        return False
    if sector and sector not in p.sectors and Sector.all not in p.sectors:
        return False
    if q:
        needle = fold(q.strip())
        names = [p.id, *p.all_names()]
        return any(needle in fold(n) for n in names)
    return True


def summary(p: Program) -> ProgramSummary:
    confirmed = p.intake.last_confirmed
    return ProgramSummary(id=p.id, name=p.name, operator=p.operator, kind=p.kind, stages=p.stages, sectors=p.sectors,
                          regions=p.regions, applicant=p.applicant, instrument=p.instrument,
                          amount=Bilingual(fr=company_amount(p, "fr"), en=company_amount(p, "en")),
                          intake=p.intake.status,
                          next_deadline=p.intake.next_deadline.isoformat() if p.intake.next_deadline else None,
                          last_deadline=p.intake.last_deadline.isoformat() if p.intake.last_deadline else None,
                          accepting=p.accepting(date.today()),
                          last_confirmed=confirmed.date.isoformat() if confirmed else None,
                          how_to_apply=p.how_to_apply, summary=p.summary, url=str(p.url), as_of=p.as_of.isoformat())


@router.get("/programs", response_model=ProgramList, summary="List programs",
            responses={422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
def list_programs(bot: AssistantDep, kind: Kind | None = None, stage: Stage | None = None,
                  sector: Sector | None = None,
                  status: Annotated[Intake | None, Query(description="Intake status")] = None,
                  q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias")] = None,
                  limit: Annotated[int, Query(ge=1, le=200)] = 50,
                  offset: Annotated[int, Query(ge=0, le=100_000)] = 0) -> ProgramList:
    programs = sorted(bot.retriever.snapshot.programs.values(), key=lambda p: p.id)
    found = [p for p in programs if matches(p, kind, stage, sector, status, q)]
    return ProgramList(total=len(found), limit=limit, offset=offset,
                       items=[summary(p) for p in found[offset:offset + limit]])


@router.get("/programs/calendar.ics", summary="The known next deadlines of some programs, as an iCalendar file",
            response_class=Response,
            responses={200: {"content": {"text/calendar": {"schema": {"type": "string"}}},
                             "description": "One all-day event per known next deadline (none: an empty calendar)"},
                       404: {"model": ErrorBody}, 422: {"model": ValidationErrorBody}, 503: {"model": ErrorBody}})
def programs_calendar(bot: AssistantDep,
                      ids: Annotated[str, Query(max_length=4000, description="Program ids, comma-separated")],
                      lang: Lang = "fr") -> Response:
    programs = bot.retriever.snapshot.programs
    wanted = list(dict.fromkeys(x.strip() for x in ids.split(",") if x.strip()))
    unknown = [x for x in wanted if x not in programs]
    if unknown:
        shown = ", ".join(x[:30] for x in unknown[:5]) + (f" (+{len(unknown) - 5} more)" if len(unknown) > 5 else "")
        raise ProgramNotFound(f"unknown program id(s): {shown}; the ids are listed by GET /programs")
    return Response(build_calendar([programs[x] for x in wanted], lang), media_type=MEDIA_TYPE,
                    headers={"Content-Disposition": 'attachment; filename="boussole-deadlines.ics"'})


@router.get("/programs/{program_id}", summary="One program record, in both languages",
            responses={200: {"description": "The program record (see corpus/programs/*.yaml)"},
                       404: {"model": ErrorBody}, 503: {"model": ErrorBody}})
def get_program(program_id: str, bot: AssistantDep) -> dict[str, Any]:
    prog = bot.retriever.snapshot.programs.get(program_id)
    if prog is None:
        raise ProgramNotFound(f"unknown program: {program_id[:80]}")
    return prog.model_dump(mode="json")
