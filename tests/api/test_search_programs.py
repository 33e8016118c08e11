"""GET /search and GET /programs[/{id}] over the real index: ranking, filters, pagination, 404."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from assistant.retrieval.snapshot import open_snapshot
from common.records import Program
from common.settings import Settings


@pytest.fixture(scope="module")
def programs(corpus_index: Settings) -> dict[str, Program]:
    return open_snapshot(corpus_index).programs


def test_search_returns_ranked_passages(client: TestClient) -> None:
    r = client.get("/search", params={"q": "crédit d'impôt recherche et développement", "k": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["k"] == 5 and 1 <= len(body["results"]) <= 5
    scores = [p["score"] for p in body["results"]]
    assert scores == sorted(scores, reverse=True)
    first = body["results"][0]
    assert set(first) >= {"id", "score", "text", "source", "title", "section", "page", "language", "program_id", "url"}
    assert first["source"].startswith("corpus/") and first["text"]


def test_search_filters_by_program_record(client: TestClient, programs: dict[str, Program]) -> None:
    r = client.get("/search", params={"q": "financement entreprise santé", "k": 20, "kind": "grant",
                                      "stage": "seed", "sector": "medtech"})
    results = r.json()["results"]
    assert results, "some seed medtech grants are indexed"
    for p in results:
        prog = programs[p["program_id"]]
        assert prog.kind == "grant" and "seed" in prog.stages
        assert {"medtech", "all"} & {str(s) for s in prog.sectors}


def test_search_language_filter(client: TestClient) -> None:
    results = client.get("/search", params={"q": "artificial intelligence strategy", "lang": "en", "k": 10}).json()
    assert results["results"] and all(p["language"] == "en" for p in results["results"])


@pytest.mark.parametrize("params", [{"q": ""}, {"q": "x", "k": 0}, {"q": "x", "k": 51}, {"q": "x", "k": "ten"},
                                    {"q": "x", "kind": "lottery"}, {"q": "x", "lang": "de"}, {}, {"q": "   "}])
def test_search_bad_input(client: TestClient, params: dict[str, object]) -> None:
    r = client.get("/search", params=params)
    assert r.status_code == 422 and isinstance(r.json()["detail"], str)


def test_programs_list_and_pagination(client: TestClient, programs: dict[str, Program]) -> None:
    page1 = client.get("/programs", params={"limit": 10}).json()
    assert page1["total"] == len(programs) and len(page1["items"]) == 10 and page1["offset"] == 0
    page2 = client.get("/programs", params={"limit": 10, "offset": 10}).json()
    assert not {p["id"] for p in page1["items"]} & {p["id"] for p in page2["items"]}
    tail = client.get("/programs", params={"offset": len(programs)}).json()
    assert tail["items"] == [] and tail["total"] == len(programs)
    first = page1["items"][0]
    assert set(first["name"]) == {"fr", "en"} and set(first["summary"]) == {"fr", "en"}


def test_programs_filters(client: TestClient, programs: dict[str, Program]) -> None:
    r = client.get("/programs", params={"kind": "tax_credit", "limit": 200}).json()
    assert r["total"] == sum(p.kind == "tax_credit" for p in programs.values()) > 0
    assert all(p["kind"] == "tax_credit" for p in r["items"])
    closed = client.get("/programs", params={"status": "closed", "limit": 200}).json()
    assert all(p["intake"] == "closed" for p in closed["items"])
    assert closed["total"] == sum(p.intake.status == "closed" for p in programs.values())
    seed = client.get("/programs", params={"stage": "seed", "sector": "biotech", "limit": 200}).json()
    for item in seed["items"]:
        assert "seed" in item["stages"] and ({"biotech", "all"} & set(item["sectors"]))


def test_programs_q_is_accent_insensitive(client: TestClient, programs: dict[str, Program]) -> None:
    accented = next(p for p in programs.values() if any(c in p.name.fr for c in "éèàç"))
    word = next(w for w in accented.name.fr.split() if any(c in w for c in "éèàç"))
    plain = word.translate(str.maketrans("éèàçÉ", "eeacE")).upper()
    ids = {p["id"] for p in client.get("/programs", params={"q": plain, "limit": 200}).json()["items"]}
    assert accented.id in ids
    assert client.get("/programs", params={"q": "zzz-no-such-program"}).json() == {
        "total": 0, "limit": 50, "offset": 0, "items": []}


def test_program_record_in_both_languages(client: TestClient, programs: dict[str, Program]) -> None:
    pid = sorted(programs)[0]
    r = client.get(f"/programs/{pid}")
    assert r.status_code == 200
    rec = r.json()
    assert rec["id"] == pid and set(rec["name"]) == {"fr", "en"} and set(rec["eligibility"]) == {"fr", "en"}
    assert Program.model_validate(rec) == programs[pid]


def test_unknown_program_is_404(client: TestClient) -> None:
    r = client.get("/programs/no-such-program")
    assert r.status_code == 404 and r.json() == {"detail": "unknown program: no-such-program"}


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 201}, {"offset": -1}, {"kind": "x"}, {"status": "maybe"}])
def test_programs_bad_input(client: TestClient, params: dict[str, object]) -> None:
    assert client.get("/programs", params=params).status_code == 422


def test_search_runs_the_retrieval_answers_use(client: TestClient) -> None:
    q = "Which grants fit a seed-stage medtech startup in Quebec?"
    services = client.app.state.services  # type: ignore[attr-defined]
    bot = services.load()
    answer_ids = bot.ask(q).retrieved  # the answer's fits' passages first, then every hit of its search
    hits = client.get("/search", params={"q": q, "k": 10}).json()["results"]
    ids = [h["id"] for h in hits]
    assert ids and ids == [h.row.id for h in bot.retrieval_for(q, k=10)] and set(ids) <= set(answer_ids)
