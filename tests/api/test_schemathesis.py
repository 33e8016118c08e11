"""Property-based requests from the OpenAPI schema (schemathesis): no operation answers a 5xx, bounded for CI."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from tests.api.conftest import ADMIN_TOKEN

LEAKS = ("Traceback", "/work/", "/tmp/", "site-packages")
EXAMPLES = 30  # per operation, valid and invalid requests mixed: well under a minute for the whole API


def fuzz(op: schemathesis.APIOperation, statuses: dict[str, set[int]], failures: list[str]) -> None:
    """Send EXAMPLES generated requests (valid and invalid) to one operation; record 5xx answers and leaks."""

    @given(case=st.one_of(op.as_strategy(GenerationMode.POSITIVE), op.as_strategy(GenerationMode.NEGATIVE)))
    @settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.generate], database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        response = case.call()
        statuses.setdefault(f"{op.method.upper()} {op.path}", set()).add(response.status_code)
        where = f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:200]}"
        if response.status_code >= 500:
            failures.append(where)
        elif response.status_code >= 400 and any(leak in response.text for leak in LEAKS):
            failures.append("leak: " + where)

    run()


def test_openapi_schema_fuzz_has_no_server_errors(make_client: Callable[..., TestClient]) -> None:
    # admin on: random tokens must get 401 and never start a run (failed logins are not limited here: see
    # test_failed_admin_logins_are_limited_apart)
    client = make_client(admin_token=ADMIN_TOKEN, admin_failures_per_minute=100_000)
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/chat", "/search", "/programs", "/programs/{program_id}", "/feedback",
                                              "/briefings", "/health", "/ready", "/admin/reindex"}
    statuses: dict[str, set[int]] = {}
    failures: list[str] = []
    for op in operations:
        fuzz(op, statuses, failures)
    assert not failures, failures[:5]
    assert {200, 422} <= statuses["POST /chat"] and {200, 422} <= statuses["GET /search"]
    assert statuses["POST /admin/reindex"] == {401}
    assert client.get("/admin/reindex", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).json()["started"] is None


@pytest.mark.parametrize("path", ["/docs", "/openapi.json"])
def test_docs_are_served(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200
