"""Each loader on small real files, and every kind of bad input reported by name with its reason."""

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from common.chunks import ChunkMeta
from common.errors import LoaderError, RecordError
from ingest.chunk import chunk_document
from ingest.loaders import load
from tests.helpers import RECORD, make_pdf


def test_pdf_keeps_accents_and_pages(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "etude.pdf", ["Stratégie québécoise : « œuvre » et santé numérique.",
                                            "Deuxième page : financement de l'innovation."])
    doc = load(pdf, pdf.read_bytes())
    assert [s.page for s in doc.sections] == [1, 2]
    assert "« œuvre »" in doc.sections[0].text and "Deuxième" in doc.sections[1].text
    assert doc.sections[0].language == "fr"
    chunks = chunk_document(doc, "docs/etude.pdf", "h")
    assert {c.meta.page for c in chunks} == {1, 2}


def test_markdown_headings_become_sections(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("# Title\n\nIntro text here.\n\n## Funding\n\nGrants up to $5,000.\n\n### Details\n\nMore.\n")
    doc = load(md, md.read_bytes())
    assert doc.title == "Title"
    assert [s.section for s in doc.sections] == ["", "Funding", "Funding > Details"]
    assert doc.sections[1].language == "en"


def test_html_keeps_main_text_only(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>T</title><script>var x=1;</script></head><body><nav>Menu Accueil</nav>"
                    "<main><h1>Programme</h1><p>Une aide pour les PME.</p><h2>Montant</h2><p>Jusqu'à 10 000 $.</p>"
                    "</main><footer>Droits réservés</footer></body></html>", encoding="utf-8")
    doc = load(page, page.read_bytes())
    text = " ".join(s.text for s in doc.sections)
    assert "Une aide pour les PME." in text and "10 000 $" in text
    assert "Menu" not in text and "Droits" not in text and "var x" not in text
    assert doc.sections[-1].section == "Montant"


def test_plain_text_and_language(tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("The program funds research projects with a partner.\n\nIt is open to SMEs.", encoding="utf-8")
    doc = load(f, f.read_bytes())
    assert doc.sections[0].language == "en" and "open to SMEs" in doc.sections[0].text


def test_program_record_renders_both_languages(tmp_path: Path) -> None:
    f = tmp_path / "test-programme.yaml"
    f.write_text(RECORD, encoding="utf-8")
    doc = load(f, f.read_bytes())
    assert doc.doc_kind == "program" and doc.program_id == "test-programme"
    langs = {s.language for s in doc.sections}
    assert langs == {"fr", "en"}
    facts_fr = next(s for s in doc.sections if s.language == "fr" and s.meta.get("part") == "facts")
    assert "Jusqu'à 25 000 $ par projet." in facts_fr.text


def test_program_chunks_carry_typed_metadata_with_the_status_line(tmp_path: Path) -> None:
    f = tmp_path / "test-programme.yaml"
    f.write_text(RECORD, encoding="utf-8")
    chunks = chunk_document(load(f, f.read_bytes()), "corpus/programs/test-programme.yaml", "h")
    overview = [c for c in chunks if c.meta.part == "overview"]
    assert {c.meta.language for c in overview} == {"fr", "en"}
    for c in overview:
        assert isinstance(c.meta, ChunkMeta) and c.meta.program_id == "test-programme"
        assert c.meta.status_line.startswith(("Statut :", "Status:")) and c.meta.status_line in c.text.split("\n")
    assert all(c.meta.status_line == "" for c in chunks if c.meta.part in ("facts", "eligibility", "apply"))
    assert ChunkMeta.read({**overview[0].meta.flat(), "from_another_version": 1}) == overview[0].meta


def _encrypted_pdf(tmp_path: Path) -> Path:
    src = make_pdf(tmp_path / "plain.pdf", ["Confidentiel"])
    writer = PdfWriter()
    for page in PdfReader(src).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = tmp_path / "locked.pdf"
    with out.open("wb") as fh:
        writer.write(fh)
    return out


@pytest.mark.parametrize(
    "name,content,reason",
    [
        ("corrupt.pdf", b"%PDF-1.4\n this is not really a pdf \x00\x01", "corrupt"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"   \n\n ", "empty file"),
        ("latin1.txt", "Québec économie".encode("latin-1"), "not UTF-8"),
        ("bad.yaml", b"id: [unclosed", "cannot read YAML"),
        ("invalid.yaml", b"id: Not A Slug\nname: {fr: a, en: b}\n", "invalid.yaml"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_input_is_reported_by_name(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(LoaderError) as err:
        load(f, content)
    assert reason in str(err.value) and name in str(err.value) and "\n" not in str(err.value)


def test_encrypted_pdf(tmp_path: Path) -> None:
    f = _encrypted_pdf(tmp_path)
    with pytest.raises(LoaderError, match="encrypted"):
        load(f, f.read_bytes())


def test_record_failing_validation_names_the_field(tmp_path: Path) -> None:
    f = tmp_path / "test-programme.yaml"
    f.write_text(RECORD.replace("kind: grant", "kind: lottery"), encoding="utf-8")
    with pytest.raises(RecordError, match="kind"):
        load(f, f.read_bytes())


DIGEST = """---
id: demo-study
title: "A demo study of AI in health (2020)"
language: en
kind: report
source: {title: "Demo study", publisher: "Demo Cluster", published: "2020", url: "https://example.org/study"}
as_of: 2026-11-01
programs: [nrc-irap, sred]
---
# Demo study

## Survey results
- 40% already use AI;
- 36% plan to.
"""


def test_digest_sections_are_headed_and_carry_the_declared_programs(tmp_path: Path) -> None:
    md = tmp_path / "demo-study.en.md"
    md.write_text(DIGEST)
    chunks = chunk_document(load(md, md.read_bytes()), "corpus/reports/demo-study.en.md", "h")
    assert [c.text.splitlines()[0] for c in chunks] == ["Demo study — Survey results"]  # figure lines keep context
    assert chunks[0].meta.program_list() == ["nrc-irap", "sred"]
    assert ChunkMeta.read(chunks[0].meta.flat()).programs == "nrc-irap sred"
