"""Ingest and query open no network connection beyond loopback (no model hub, no telemetry)."""

from pathlib import Path

from assistant.retrieval.retrieve import Retriever
from ingest.index import ingest
from tests.conftest import NetworkGuard, make_settings
from tests.helpers import RECORD


def test_ingest_and_query_stay_offline(isolated_env: Path, tmp_path: Path, network_guard: NetworkGuard) -> None:
    docs = tmp_path / "docs"
    (docs / "programs").mkdir(parents=True)
    (docs / "programs" / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    s = make_settings(isolated_env)
    rep = ingest([docs], s, progress=False)
    assert rep.failed == [] and rep.chunks > 0
    hits = Retriever.open(s).search("subvention medtech", k=3)
    assert hits and hits[0].program_id == "test-programme"
    assert network_guard.outside() == []
