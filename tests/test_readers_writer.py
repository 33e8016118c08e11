"""One writer, many readers: the writer lock, superseded generations kept for readers elsewhere, and the API's
snapshot watcher picking up an ingest done by another writer without any request."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import ingest.publish as publish_module
from assistant.api.app import create_app
from assistant.retrieval.snapshot import open_snapshot
from common.errors import WriterBusy
from ingest.index import ingest, layout_for
from ingest.lock import LOCK_NAME, writer_lock
from tests.conftest import make_settings
from tests.helpers import RECORD


def _docs(folder: Path) -> Path:
    (folder / "programs").mkdir(parents=True, exist_ok=True)
    (folder / "programs" / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    (folder / "guide.md").write_text("# Guide\n\nCanExport aide les PME à exporter en Europe.\n", encoding="utf-8")
    return folder


def test_a_second_writer_is_refused_and_the_lock_is_released(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    with writer_lock(isolated_env):
        with pytest.raises(WriterBusy, match=r"another ingest is already writing .* \(pid \d+ on .*, since "):
            ingest([docs], s, progress=False)
        assert [p.name for p in isolated_env.iterdir()] == [LOCK_NAME]  # refused before touching anything
    assert ingest([docs], s, progress=False).added == 2  # released after the block


def test_a_killed_writer_leaves_no_stale_lock(isolated_env: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; sys.path.insert(0, sys.argv[1]); from pathlib import Path; from ingest.lock import "
        "writer_lock\nwith writer_lock(Path(sys.argv[2])):\n    print('held', flush=True); time.sleep(60)"),
        str(Path(__file__).resolve().parent.parent), str(isolated_env)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(WriterBusy, match=f"pid {holder.pid} on"), writer_lock(isolated_env):
            pass
    finally:
        holder.kill()
        holder.wait(timeout=10)
    with writer_lock(isolated_env):  # kill -9 released it
        assert (isolated_env / LOCK_NAME).exists()


def test_a_superseded_generation_stays_readable_for_a_while(isolated_env: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    lay = layout_for(s)
    first = ingest([docs], s, progress=False).version
    (docs / "guide.md").write_text("# Guide\n\nMitacs finance des stages en Allemagne.\n", encoding="utf-8")
    second = ingest([docs], s, progress=False).version
    assert first != second and lay.generation(first).is_dir()  # a reader that read CURRENT just before can load it
    assert open_snapshot(s).version == second
    monkeypatch.setattr(publish_module, "GENERATION_GRACE_S", 0.0)
    (docs / "guide.md").write_text("# Guide\n\nLe CRIC rembourse une part des salaires.\n", encoding="utf-8")
    third = ingest([docs], s, progress=False).version
    assert sorted(p.name for p in lay.root.glob("gen-*")) == [f"gen-{third}"]  # past the grace period: swept


def test_the_api_follows_a_writer_elsewhere_without_a_request(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env, snapshot_poll_s=0.2, database_url=f"sqlite:///{tmp_path / 'api.sqlite'}")
    docs = _docs(tmp_path / "docs")
    ingest([docs], s, progress=False)
    with TestClient(create_app(s)) as client:
        services = client.app.state.services  # type: ignore[attr-defined]
        before = services.loaded.retriever.snapshot.version
        (docs / "guide.md").write_text("# Guide\n\nMitacs finance des stages en Allemagne.\n", encoding="utf-8")
        after = ingest([docs], s, progress=False).version  # the writer, not this app's reindexer
        deadline = time.monotonic() + 10
        while services.loaded.retriever.snapshot.version != after and time.monotonic() < deadline:
            time.sleep(0.1)
        assert before != after and services.loaded.retriever.snapshot.version == after
