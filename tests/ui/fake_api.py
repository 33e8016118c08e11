"""A tiny stand-in for the Boussole API on loopback: canned answers in the exact API shapes, requests recorded."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from assistant.api.routes.programs import summary as program_summary
from assistant.api.schemas import FeedbackCreated, FeedbackRequest, ProgramList, ProgramSummary
from assistant.briefing.profile import CompanyProfile
from assistant.models import Answer, Citation, FollowUp, Profile, ProgramFit
from common.records import Program, load_program
from tests.conftest import CORPUS, free_port

PROGRAM_IDS = ("nrc-irap", "medteq-impact", "mitacs-accelerate", "partenaria-medteq-2023")
BRIEFING_MD = "# Note d'information — Société Éole\n\n<!-- end of header -->\n| Programme | Montant |\n|---|---|\n| PARI CNRC<br>NRC IRAP | 50 000 $ [1] |\n"
PDF = b"%PDF-1.4\n% fake briefing\n"
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Boussole//fake//FR\r\nBEGIN:VEVENT\r\nUID:nrc-irap@boussole\r\n"
       "DTSTAMP:20261122T100000Z\r\nDTSTART;VALUE=DATE:20270115\r\nSUMMARY:PARI CNRC — date limite\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")


def programs() -> dict[str, Program]:
    return {pid: load_program(CORPUS / "programs" / f"{pid}.yaml") for pid in PROGRAM_IDS}


def summary(p: Program) -> ProgramSummary:
    return program_summary(p)


def canned_answer(session_id: str = "s-1", message_id: str = "m-1") -> Answer:
    """A French answer about two programs, with two citations (names in the answer language, as the API gives)."""
    return Answer(
        answer=("Deux programmes conviennent à une medtech en série A au Québec.\n\n"
                "- **PARI CNRC** : jusqu'à 50 000 $ pour un petit projet [1].\n"
                "- **Programme Impact de MEDTEQ+** : jusqu'à 40 % du projet [2]."),
        language="fr",
        profile=Profile(language="fr", stage="series_a", sectors=["medtech"], needs=["non_dilutive"], region="QC"),
        programs=[
            ProgramFit(id="nrc-irap", name="PARI CNRC", kind="grant", fit="eligible",
                       reasons=["stades visés : série A ✓", "moins de 500 employés ✓"], amount="jusqu'à 50 000 $ par projet",
                       intake="continuous", last_confirmed="2025-12-01", applicant="company",
                       how_to_apply="Appeler le PARI au 1-877-994-4727 pour être jumelé à un conseiller.",
                       as_of="2026-11-01", url="https://nrc.canada.ca/en/support-technology-innovation"),
            ProgramFit(id="medteq-impact", name="Programme Impact de MEDTEQ+", kind="grant", fit="check",
                       reasons=["partenaire requis : à vérifier"], amount="40 % des coûts admissibles par projet", intake="unknown",
                       applicant="company_with_academic_partner", as_of="2026-11-01",
                       url="https://www.medteq.ca/en/programme/impact/"),
            ProgramFit(id="partenaria-medteq-2023", name="PARTENAR-IA (2023)", kind="grant", fit="check",
                       reasons=["entreprise constituée en société : à vérifier"], amount="montant non publié",
                       intake="calls", last_confirmed="2026-04-09", last_deadline="2023-10-13",
                       applicant="company_with_academic_partner", how_to_apply="Suivre la page officielle de MEDTEQ+.",
                       as_of="2026-11-01", url="https://www.medteq.ca/en/"),
        ],
        citations=[
            Citation(n=1, source="corpus/programs/nrc-irap.yaml", title="Everything you need to know about IRAP",
                     url="https://www.boast.ai/irap", quote="Petits projets : jusqu'à 50 000 $.", program_id="nrc-irap"),
            Citation(n=2, source="corpus/reports/medteq.pdf", title="Rapport annuel MEDTEQ+", url=None, page=12,
                     quote="MEDTEQ+ finance jusqu'à 40 % du projet.", program_id="medteq-impact"),
        ],
        session_id=session_id, message_id=message_id)


@dataclass
class FakeApi:
    """What the fake answers, and what it was sent."""

    url: str = ""
    chats: list[dict[str, Any]] = field(default_factory=list)
    feedback: list[dict[str, Any]] = field(default_factory=list)
    briefings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    list_queries: list[dict[str, str]] = field(default_factory=list)
    chat_status: int = 200
    chat_detail: str = "the index is being rebuilt"
    calendars: list[dict[str, str]] = field(default_factory=list)
    follow_up: FollowUp | None = None

    def reset(self) -> None:
        self.chats.clear()
        self.feedback.clear()
        self.briefings.clear()
        self.list_queries.clear()
        self.chat_status = 200
        self.chat_detail = "the index is being rebuilt"
        self.calendars.clear()
        self.follow_up = None


def build_app(state: FakeApi) -> FastAPI:
    app = FastAPI()
    records = programs()

    @app.post("/chat")
    async def chat(request: Request) -> JSONResponse:
        body = await request.json()
        state.chats.append(body)
        if state.chat_status != 200:
            return JSONResponse({"detail": state.chat_detail}, status_code=state.chat_status)
        answer = canned_answer(session_id="s-1", message_id=f"m-{len(state.chats)}")
        answer.follow_up = state.follow_up
        return JSONResponse(answer.model_dump(mode="json"))

    @app.get("/programs")
    def list_programs(request: Request) -> JSONResponse:
        q = dict(request.query_params)
        state.list_queries.append(q)
        found = [p for p in records.values() if _matches(p, q)]
        limit, offset = int(q.get("limit", 50)), int(q.get("offset", 0))
        body = ProgramList(total=len(found), limit=limit, offset=offset,
                           items=[summary(p) for p in found[offset:offset + limit]])
        return JSONResponse(body.model_dump(mode="json"))

    @app.get("/programs/calendar.ics")
    def calendar(request: Request) -> Response:
        state.calendars.append(dict(request.query_params))
        return Response(ICS, media_type="text/calendar; charset=utf-8")

    @app.get("/programs/{program_id}")
    def get_program(program_id: str) -> JSONResponse:
        prog = records.get(program_id)
        if prog is None:
            return JSONResponse({"detail": f"unknown program: {program_id}"}, status_code=404)
        return JSONResponse(prog.model_dump(mode="json"))

    @app.post("/feedback", status_code=201)
    def add_feedback(body: FeedbackRequest) -> FeedbackCreated:
        state.feedback.append(body.model_dump(exclude_none=True))
        return FeedbackCreated(id=len(state.feedback), created="2026-11-22T10:00:00")

    @app.post("/briefings")
    async def briefing(request: Request) -> Response:
        accept = request.headers.get("accept", "")
        body = await request.json()
        state.briefings.append((accept, body))
        try:
            CompanyProfile.model_validate(body)  # the real request model: a field it does not know is a 422
        except ValidationError as exc:
            return JSONResponse({"detail": str(exc.errors()[0]["msg"])}, status_code=422)
        if "application/pdf" in accept:
            return Response(PDF, media_type="application/pdf")
        if "text/calendar" in accept:
            return Response(ICS, media_type="text/calendar; charset=utf-8")
        return Response(BRIEFING_MD, media_type="text/markdown; charset=utf-8")

    return app


def _matches(p: Program, q: dict[str, str]) -> bool:
    if q.get("kind") and p.kind != q["kind"]:
        return False
    if q.get("stage") and q["stage"] not in p.stages:
        return False
    if q.get("sector") and q["sector"] not in p.sectors and "all" not in p.sectors:
        return False
    if q.get("status") and p.intake.status != q["status"]:
        return False
    needle = q.get("q", "").casefold()
    return not needle or any(needle in n.casefold() for n in (p.id, p.name.fr, p.name.en, *p.aliases))


class FakeServer:
    """uvicorn serving the fake in a daemon thread on a free loopback port."""

    def __init__(self) -> None:
        self.state = FakeApi()
        port = free_port()
        self.state.url = f"http://127.0.0.1:{port}"
        config = uvicorn.Config(build_app(self.state), host="127.0.0.1", port=port, log_level="warning",
                                lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> FakeServer:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("the fake API did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
