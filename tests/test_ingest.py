"""Ingest is re-runnable: unchanged files embed nothing, changed ones replace their chunks, removed ones leave."""

from pathlib import Path

import pytest

from assistant.retrieval.retrieve import Retriever
from common.settings import Settings
from ingest.embed import get_embedder
from ingest.index import ingest, layout_for, store_for
from ingest.manifest import Manifest
from tests.conftest import make_settings
from tests.helpers import RECORD, make_pdf


def _docs(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "programs").mkdir(exist_ok=True)
    (folder / "programs" / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    (folder / "guide.md").write_text("# Guide\n\n## Export\n\nCanExport aide les PME à exporter en Europe.\n",
                                     encoding="utf-8")
    make_pdf(folder / "etude.pdf", ["Étude sur la santé numérique au Québec.", "Les jeunes pousses en IA."])
    return folder


def _state(settings: Settings) -> tuple[set[str], set[str]]:
    emb = get_embedder(settings.embedder, settings.threads)
    m = Manifest(layout_for(settings, emb).manifest)
    try:
        return m.chunk_ids(), store_for(settings, emb).all_ids()
    finally:
        m.close()


def test_rerun_embeds_nothing(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    first = ingest([docs], s, progress=False)
    assert (first.added, first.failed, first.embedded > 0) == (3, [], True)
    second = ingest([docs], s, progress=False)
    assert (second.skipped, second.added, second.updated, second.embedded) == (3, 0, 0, 0)
    manifest_ids, store_ids = _state(s)
    assert manifest_ids == store_ids and len(store_ids) == first.chunks


def test_changed_file_replaces_its_chunks(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    ingest([docs], s, progress=False)
    (docs / "guide.md").write_text("# Guide\n\n## Export\n\nMitacs finance des stages en Allemagne.\n", encoding="utf-8")
    rep = ingest([docs], s, progress=False)
    assert (rep.updated, rep.skipped) == (1, 2) and rep.embedded >= 1
    r = Retriever.open(s)
    texts = " ".join(c.text for c in r.snapshot.chunks.values())
    assert "Allemagne" in texts and "CanExport" not in texts
    manifest_ids, store_ids = _state(s)
    assert manifest_ids == store_ids


def test_removed_file_leaves_both_indexes(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    ingest([docs], s, progress=False)
    (docs / "guide.md").unlink()
    rep = ingest([docs], s, progress=False)
    assert rep.deleted == 1
    r = Retriever.open(s)
    assert all("guide.md" not in c.meta.source for c in r.snapshot.chunks.values())
    assert r.search("CanExport exporter Europe", k=5, mode="bm25") == []
    manifest_ids, store_ids = _state(s)
    assert manifest_ids == store_ids


def test_bad_files_are_reported_and_the_rest_indexed(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env, max_file_mb=1)
    docs = _docs(tmp_path / "docs")
    ingest([docs], s, progress=False)
    before = Retriever.open(s).search("santé numérique", k=3)
    (docs / "corrupt.pdf").write_bytes(b"%PDF-1.4 garbage")
    (docs / "empty.txt").write_bytes(b"")
    (docs / "latin1.txt").write_bytes("Québec".encode("latin-1"))
    with (docs / "huge.txt").open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.truncate(200 * 1024 * 1024)
    (docs / "programs" / "broken.yaml").write_text("id: broken\nname: {fr: x}\n", encoding="utf-8")
    (docs / "new.md").write_text("# Nouveau\n\nUn accélérateur pour les medtechs.\n", encoding="utf-8")
    rep = ingest([docs], s, progress=False)
    failed = dict(rep.failed)
    assert set(failed) == {"docs/corrupt.pdf", "docs/empty.txt", "docs/latin1.txt", "docs/huge.txt",
                           "docs/programs/broken.yaml"}
    assert "too large" in failed["docs/huge.txt"] and "not UTF-8" in failed["docs/latin1.txt"]
    assert rep.added == 1
    after = Retriever.open(s)
    assert [h.row.id for h in after.search("santé numérique", k=3)][:1] == [h.row.id for h in before][:1]
    assert after.search("accélérateur medtechs", k=1, mode="bm25")[0].source == "docs/new.md"


def test_failing_file_keeps_its_previous_chunks(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    docs = _docs(tmp_path / "docs")
    ingest([docs], s, progress=False)
    (docs / "programs" / "test-programme.yaml").write_text("id: test-programme\nkind: nope\n", encoding="utf-8")
    rep = ingest([docs], s, progress=False)
    assert [src for src, _ in rep.failed] == ["docs/programs/test-programme.yaml"]
    r = Retriever.open(s)
    assert "test-programme" in r.snapshot.programs


def test_cli_exit_code_and_summary(isolated_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assistant.cli import main

    docs = _docs(tmp_path / "docs")
    (docs / "empty.txt").write_bytes(b"")
    assert main(["ingest", str(docs), "--quiet"]) == 1
    out = capsys.readouterr()
    assert "failed: docs/empty.txt: empty file" in out.err  # the line names the folder too
    assert "files seen 4 / added 3" in out.out and "failed 1" in out.out


def test_switching_embedder_uses_its_own_collection(isolated_env: Path, tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    a = make_settings(isolated_env)
    b = make_settings(isolated_env, embedder="e5-multilingual")
    ra = ingest([docs], a, progress=False)
    rb = ingest([docs], b, progress=False)
    assert rb.embedded == rb.chunks == ra.chunks  # re-embedded, not mixed
    assert Retriever.open(b).snapshot.meta["dim"] == 384 and Retriever.open(a).snapshot.meta["dim"] == 512


def test_changed_processing_reprocesses_files_but_reembeds_only_changed_chunks(isolated_env: Path, tmp_path: Path) -> None:
    docs = _docs(tmp_path / "docs")
    ingest([docs], make_settings(isolated_env), progress=False)
    rep = ingest([docs], make_settings(isolated_env, chunk_overlap=60), progress=False)
    assert rep.updated == 3 and rep.skipped == 0
    assert rep.embedded == 0  # these small files chunk the same way: nothing new to embed
