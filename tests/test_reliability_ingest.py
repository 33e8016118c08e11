"""Ingest faults of issue 17: links out of the corpus, secret files, loader crashes, caps, lost vectors, broken snapshot
and manifest, junk bytes, failure lines that name their folder."""

from __future__ import annotations

import json
import shutil
import zlib
from pathlib import Path

import pytest
from chromadb.api.client import SharedSystemClient

from assistant.cli import main
from assistant.retrieval.snapshot import open_snapshot
from common.errors import StoreError
from ingest.embed import get_embedder
from ingest.index import ingest, layout_for, store_for
from tests.conftest import make_settings
from tests.helpers import RECORD

DOC = "# Programme {n}\n\n## Financement\n\nLe programme {n} finance des projets en santé numérique, volet {n}.\n"


def _docs(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc-{i}.md").write_text(DOC.format(n=i), encoding="utf-8")
    return folder


def _texts(settings) -> str:  # type: ignore[no-untyped-def]
    snap = open_snapshot(settings)
    return "\n".join(r.text for r in snap.chunks.values())


def _bomb_pdf(path: Path) -> Path:
    """A small PDF whose one content stream inflates to 80 MB (over pypdf's decompression limit)."""
    stream = zlib.compress(b"BT /F1 12 Tf (A) Tj ET " + b" " * 80_000_000, 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_symlink_out_of_the_corpus_is_skipped_with_one_warning(isolated_env: Path, tmp_path: Path) -> None:
    root = tmp_path / "site"
    corpus = _docs(root / "corpus" / "reports")
    (root / ".env").write_text("BOUSSOLE_ADMIN_TOKEN=Zq8-top-secret-value-42\n", encoding="utf-8")
    secret = tmp_path / "outside.txt"
    secret.write_text("root:x:0:0:outside-the-corpus:/root:/bin/bash\n", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "notes.md").symlink_to(root / ".env")
    (corpus / "alias.md").symlink_to(corpus / "doc-0.md")  # inside the corpus: allowed
    s = make_settings(isolated_env)
    rep = ingest([root / "corpus"], s, progress=False)
    assert rep.added == 4 and not rep.failed, rep
    names = " ".join(w for _, w in rep.warnings)
    assert "corpus/reports/passwd.txt" in names and "corpus/reports/notes.md" in names
    assert len(rep.warnings) == 2 and all("\n" not in w for _, w in rep.warnings)
    text = _texts(s)
    assert "outside-the-corpus" not in text and "top-secret" not in text
    rep = ingest([corpus / "passwd.txt"], s, progress=False)  # the link itself, given as a single file
    assert rep.added == 0 and rep.warnings
    assert "outside-the-corpus" not in _texts(s)


def test_secret_looking_files_are_never_indexed(isolated_env: Path, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "corpus")
    (folder / "id_rsa.txt").write_text("not really a key but named like one\n", encoding="utf-8")
    (folder / "deploy.pem.txt").write_text("named like a certificate key\n", encoding="utf-8")
    (folder / "handover.txt").write_text(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----\n",
        encoding="utf-8")
    (folder / ".env.md").write_text("# env\n\nSECRET=1\n", encoding="utf-8")
    s = make_settings(isolated_env)
    rep = ingest([folder], s, progress=False)
    assert rep.added == 3, rep
    rep = ingest([folder / ".env.md"], s, progress=False)
    assert rep.added == 0 and rep.warnings
    text = _texts(s)
    assert "PRIVATE KEY" not in text and "named like" not in text and "SECRET=1" not in text


def test_a_loader_crash_is_that_files_failure_and_the_rest_index(isolated_env: Path, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "corpus" / "reports")
    _bomb_pdf(folder / "bomb.pdf")
    s = make_settings(isolated_env)
    rep = ingest([tmp_path / "corpus"], s, progress=False)
    assert rep.added == 3
    assert len(rep.failed) == 1
    source, reason = rep.failed[0]
    assert source == "corpus/reports/bomb.pdf" and reason.startswith("corpus/reports/bomb.pdf: ")
    assert "\n" not in reason


def test_text_and_chunk_caps_fail_the_file_with_one_line(isolated_env: Path, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "corpus")
    (folder / "huge.txt").write_text("Le programme finance la recherche. " * 2000, encoding="utf-8")  # 70,000 chars
    (folder / "many.md").write_text("\n\n".join(f"## Partie {i}\n\nTexte {i}." for i in range(300)), encoding="utf-8")
    s = make_settings(isolated_env, max_text_chars=50_000, max_chunks_per_file=200)
    rep = ingest([folder], s, progress=False)
    assert rep.added == 3
    reasons = dict(rep.failed)
    assert "text" in reasons["corpus/huge.txt"] and "BOUSSOLE_MAX_TEXT_CHARS" in reasons["corpus/huge.txt"]
    assert "chunks" in reasons["corpus/many.md"] and "BOUSSOLE_MAX_CHUNKS_PER_FILE" in reasons["corpus/many.md"]


def test_record_fields_are_capped(isolated_env: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "programs"
    folder.mkdir(parents=True)
    (folder / "test-programme.yaml").write_text(RECORD, encoding="utf-8")
    big = RECORD.replace("id: test-programme", "id: big-programme").replace(
        "en: A test grant for startups.", "en: " + "A" * 1_000_000)
    (folder / "big-programme.yaml").write_text(big, encoding="utf-8")
    s = make_settings(isolated_env)
    rep = ingest([tmp_path / "corpus"], s, progress=False)
    assert rep.added == 1
    (source, reason), = rep.failed
    assert source == "corpus/programs/big-programme.yaml" and "summary.en" in reason and "BOUSSOLE_MAX_FIELD_CHARS" in reason
    assert list(open_snapshot(s).programs) == ["test-programme"]


def test_deleted_vector_folder_is_noticed_and_reembedded(isolated_env: Path, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "corpus")
    s = make_settings(isolated_env)
    first = ingest([folder], s, progress=False)
    shutil.rmtree(isolated_env / "chroma")
    SharedSystemClient.clear_system_cache()  # as a new process would: no Chroma client cached on the deleted folder
    rep = ingest([folder], s, progress=False)
    assert rep.embedded == first.chunks and rep.skipped == 3
    assert any("re-embedded" in w for _, w in rep.warnings)
    emb = get_embedder(s.embedder, s.threads)
    assert store_for(s, emb).count() == first.chunks
    assert ingest([folder], s, progress=False).embedded == 0  # in step again


@pytest.mark.parametrize("victim", ["chunks.jsonl", "bm25"])
def test_ingest_repairs_a_truncated_snapshot(isolated_env: Path, tmp_path: Path, victim: str) -> None:
    folder = _docs(tmp_path / "corpus")
    s = make_settings(isolated_env)
    ingest([folder], s, progress=False)
    lay = layout_for(s)
    gen = lay.root / lay.current.read_text().strip()
    files = [gen / victim] if (gen / victim).is_file() else sorted(p for p in (gen / victim).rglob("*") if p.is_file())
    for f in files:
        f.write_bytes(f.read_bytes()[: max(1, f.stat().st_size // 2)])
    with pytest.raises(StoreError):
        open_snapshot(s)
    rep = ingest([folder], s, progress=False)
    assert any("snapshot" in w for _, w in rep.warnings)
    assert len(open_snapshot(s).chunks) == rep.chunks


def test_corrupt_manifest_is_one_line_and_rebuild_fixes_it(isolated_env: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = _docs(tmp_path / "corpus")
    s = make_settings(isolated_env)
    ingest([folder], s, progress=False)
    version = open_snapshot(s).version
    manifest = layout_for(s).manifest
    raw = bytearray(manifest.read_bytes())
    page = int.from_bytes(raw[16:18], "big")  # the schema page stays readable; the tables' pages are garbage
    raw[page:] = bytes((i * 37 + 11) % 256 for i in range(len(raw) - page))
    manifest.write_bytes(bytes(raw))
    for side in (manifest.with_name("manifest.sqlite-wal"), manifest.with_name("manifest.sqlite-shm")):
        side.unlink(missing_ok=True)
    capsys.readouterr()
    code = main(["ingest", str(folder), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 4 and len(err.splitlines()) == 1 and "--rebuild" in err and "Traceback" not in err
    assert open_snapshot(s).version == version  # the old snapshot still serves
    assert main(["ingest", str(folder), "--quiet", "--rebuild"]) == 0
    assert len(open_snapshot(s).chunks) == 3
    assert main(["ingest", str(folder), "--quiet"]) == 0


def test_control_bytes_file_is_refused(isolated_env: Path, tmp_path: Path) -> None:
    folder = _docs(tmp_path / "corpus")
    (folder / "junk.md").write_bytes(b"# Titre\n\n" + bytes(range(0, 9)) * 2000 + b"\x00\x01\x02" * 3000)
    rep = ingest([folder], make_settings(isolated_env), progress=False)
    assert rep.added == 3
    (source, reason), = rep.failed
    assert source == "corpus/junk.md" and "control" in reason


def test_failure_lines_name_the_folder(isolated_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _docs(tmp_path / "corpus" / "reports")
    (folder / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "corpus" / "policies").mkdir()
    (tmp_path / "corpus" / "policies" / "empty.md").write_text("", encoding="utf-8")
    code = main(["ingest", str(tmp_path / "corpus"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "corpus/reports/empty.md" in err and "corpus/policies/empty.md" in err


def test_meta_records_checksums(isolated_env: Path, tmp_path: Path) -> None:
    s = make_settings(isolated_env)
    ingest([_docs(tmp_path / "corpus")], s, progress=False)
    lay = layout_for(s)
    meta = json.loads((lay.root / lay.current.read_text().strip() / "meta.json").read_text())
    assert "chunks.jsonl" in meta["checksums"]
