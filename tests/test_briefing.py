"""Advisor briefings: Markdown and PDF for three sample profiles, every figure grounded, the CLI and POST /briefings."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from icalendar import Calendar
from pypdf import PdfReader

from assistant.briefing.build import CompanyProfile, build_briefing, load_profile
from assistant.briefing.doc import Briefing, Table
from assistant.briefing.pdf import render_pdf
from common import figures
from common.errors import InputError
from common.settings import Settings, get_settings
from tests.conftest import ARTIFACTS, FIXTURES

SAMPLES = FIXTURES / "briefing"
PROFILES = {"fr": SAMPLES / "epicea-fr.yaml", "en": SAMPLES / "northshore-en.yaml", "none": SAMPLES / "bistro-nothing.yaml"}
HEADER_END = "<!-- end of header"  # the documented marker after the metadata block (date, as-of range)

Built = tuple[CompanyProfile, Briefing, bytes]


@pytest.fixture(scope="module")
def built(assistant_bot: Any) -> dict[str, Built]:
    out: dict[str, Built] = {}
    for key, path in PROFILES.items():
        company = load_profile(path)
        briefing = build_briefing(assistant_bot, company)
        out[key] = (company, briefing, render_pdf(briefing))
    return out


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


# ---- the grounding check, written again here on purpose (independent of assistant.briefing.doc) ---------------------
def body_text(markdown: str) -> str:
    """The body after the header block, without link targets, URLs and [n] markers."""
    head, sep, body = markdown.partition(HEADER_END)
    assert sep, "the header block must end with its marker"
    body = body.split("-->", 1)[1]
    body = re.sub(r"\]\(https?://[^)\s]+\)", "]", body)
    body = re.sub(r"<?https?://[^\s>)|]+>?", " ", body)
    return re.sub(r"\s*\[\d+\]", "", body)


def profile_support(company: CompanyProfile) -> list[str]:
    out = [company.name, company.project, company.region or "", *company.sectors, *company.needs]
    if company.employees is not None:
        out.append(str(company.employees))
    out += [f"${v:,.0f}" for v in (company.revenue, company.budget) if v is not None]
    return out


def check_derived(briefing: Briefing, company: CompanyProfile) -> list[str]:
    """Each worked-example figure: its operation recomputed, its inputs found in the profile, a quote or earlier."""
    ops = {"share": lambda a: a[0] * a[1] / 100, "min": min, "sum": sum, "sub": lambda a: a[0] - a[1]}
    quoted: set[tuple[str, str]] = set()
    for c in briefing.citations:
        quoted |= figures.keys(c.quote)
    known = {company.budget} if company.budget else set()
    problems = []
    for d in briefing.derived:
        if abs(ops[d.op](d.args) - d.value) > 0.005:
            problems.append(f"{d.op}{d.args} != {d.value}")
        for a in d.args:
            if a not in known and ("any", figures._fmt(a)) not in quoted:
                problems.append(f"input {a} of {d.op} is neither stated nor computed before")
        if figures.extract(d.text)[0].value != figures._fmt(d.value):
            problems.append(f"{d.text!r} does not write {d.value}")
        known.add(d.value)
    return problems


def unsupported_figures(briefing: Briefing, company: CompanyProfile, programs: dict[str, Any]) -> list[str]:
    support = [c.quote for c in briefing.citations] + [c.title for c in briefing.citations]
    support += [c.source for c in briefing.citations] + [str(c.page) for c in briefing.citations if c.page]
    support += [n for p in programs.values() for n in (p.name.fr, p.name.en)] + profile_support(company)
    support += [d.text for d in briefing.derived]
    return [f.text for f in figures.unsupported(body_text(briefing.markdown), support)]


# ---- tests ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["fr", "en", "none"])
def test_markdown_and_pdf_are_produced(built: dict[str, Built], key: str) -> None:
    company, briefing, pdf = built[key]
    md = briefing.markdown
    assert md.startswith(f"# {briefing.title} — {company.name}")
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    text = pdf_text(pdf)
    assert company.name in text, "the company name with its accents must survive in the PDF text"
    assert f"Page 1/{len(reader.pages)}" in text
    for name in briefing.shortlist_names:
        assert flat(name) in text, f"{name!r} is not in the PDF"
    if key != "none":
        assert [s.key for s in briefing.sections] == ["summary", "profile", "shortlist", "combining", "ecosystem",
                                                      "verify"]
        assert briefing.shortlist and len(briefing.shortlist) == len(set(briefing.shortlist))
        assert briefing.citations and [c.n for c in briefing.citations] == list(range(1, len(briefing.citations) + 1))
        assert all(f"[{c.n}]" in md for c in briefing.citations)


def test_french_briefing_is_in_french_with_accents(built: dict[str, Built]) -> None:
    company, briefing, pdf = built["fr"]
    text = pdf_text(pdf)
    assert "Santé Numérique Épicéa inc." in text
    for heading in ("En bref", "Profil tel que compris", "Programmes retenus", "Combiner les programmes",
                    "Contexte de l'écosystème", "À vérifier avant la rencontre", "Sources"):
        assert f"## {heading}" in briefing.markdown and heading in text
    assert "400\u00a0000\u00a0$" in briefing.markdown  # the budget, the French way (no-break spaces)
    table = next(b for s in briefing.sections if s.key == "shortlist" for b in s.blocks if isinstance(b, Table))
    assert len(table.rows) == len(briefing.shortlist)
    assert all(row[-1].startswith("[fiche](http") for row in table.rows)


def test_english_briefing_covers_each_need(built: dict[str, Built], assistant_bot: Any) -> None:
    company, briefing, _ = built["en"]
    programs = assistant_bot.retriever.snapshot.programs
    assert "## Shortlist" in briefing.markdown and "Worked example on the stated budget of $2,000,000" in briefing.markdown
    for need in company.known_needs():
        assert any(need in programs[pid].needs for pid in briefing.shortlist), f"no program for {need}"
    kinds = [programs[pid].kind.value for pid in briefing.shortlist]
    combining = next(s for s in briefing.sections if s.key == "combining")
    order = [t for b in combining.blocks if hasattr(b, "items") for _, t in b.items if " — " in t and "**" in t]
    assert order, "a suggested order is given"
    if "equity" in kinds:  # venture capital comes last in the suggested order
        assert "venture capital" in order[-1]


@pytest.mark.parametrize("key", ["fr", "en", "none"])
def test_every_figure_is_grounded(built: dict[str, Built], key: str, assistant_bot: Any) -> None:
    company, briefing, _ = built[key]
    assert briefing.unsupported == []
    assert unsupported_figures(briefing, company, assistant_bot.retriever.snapshot.programs) == []
    assert check_derived(briefing, company) == []


def test_worked_example_caps_at_the_lowest_stacking_cap(built: dict[str, Built]) -> None:
    company, briefing, _ = built["fr"]
    caps = [d for d in briefing.derived if d.op == "share" and d.args[0] == company.budget]
    assert caps, "the budget is multiplied by a cited cost share"
    combining = next(s for s in briefing.sections if s.key == "combining")
    text = "\n".join(t for b in combining.blocks for t in ([b.text] if hasattr(b, "text") else []))
    assert "Plafond de cumul le plus bas" in text or "Aucun plafond de cumul" in text


def test_nothing_fits_says_so(built: dict[str, Built]) -> None:
    company, briefing, pdf = built["none"]
    assert briefing.shortlist == [] and briefing.citations == [] and briefing.derived == []
    assert "No program in the corpus fits this profile" in briefing.markdown
    assert "restaurant" in briefing.markdown and "outside the corpus scope" in briefing.markdown
    assert not any(isinstance(b, Table) for s in briefing.sections for b in s.blocks)
    assert [s.key for s in briefing.sections] == ["profile", "shortlist"]
    assert "No program in the corpus fits this profile" in pdf_text(pdf)


def test_stale_records_and_past_deadlines_are_listed(assistant_bot: Any) -> None:
    company = load_profile(PROFILES["fr"])
    later = build_briefing(assistant_bot, company, today=dt.date(2028, 6, 1))
    verify = next(s for s in later.sections if s.key == "verify")
    lines = [t for b in verify.blocks if hasattr(b, "items") for _, t in b.items]
    assert sum("fiche de plus d'un an" in t for t in lines) == len(later.shortlist)
    assert later.unsupported == [] and check_derived(later, company) == []


def test_profile_normalization_and_validation(tmp_path: Path) -> None:
    c = CompanyProfile(name="X", stage="Series A", sectors=["santé numérique", "Medtech", "restaurant"],
                       needs=["non-dilutive", "capital de risque"], region="Québec City")
    assert c.stage is not None and c.stage.value == "series_a"
    assert [s.value for s in c.known_sectors()] == ["digital_health", "medtech"] and c.unknown_terms() == ["restaurant"]
    assert [n.value for n in c.known_needs()] == ["non_dilutive", "equity"]
    assert c.region_code() == "capitale-nationale"
    assert CompanyProfile(name="X", region="Montréal").region_code() == "montreal"
    assert CompanyProfile(name="X", region="Ontario").region_code() == "ON"
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\nemployees: -3\n", encoding="utf-8")
    with pytest.raises(InputError, match="employees"):
        load_profile(bad)
    bad.write_text("name: X\nlanguage: de\n", encoding="utf-8")
    with pytest.raises(InputError, match="language"):
        load_profile(bad)


def test_cli_writes_both_formats(corpus_index: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.cli import main

    monkeypatch.setenv("BOUSSOLE_DATA_DIR", str(corpus_index.data_dir))
    monkeypatch.setenv("BOUSSOLE_CORPUS_DIR", str(corpus_index.corpus_dir))
    get_settings.cache_clear()
    md, pdf = tmp_path / "brief.md", tmp_path / "brief.pdf"
    assert main(["brief", "--profile", str(PROFILES["fr"]), "--out", str(pdf)]) == 0
    assert main(["brief", "--profile", str(PROFILES["fr"]), "--out", str(md), "--lang", "en"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "Santé Numérique Épicéa inc." in pdf_text(pdf.read_bytes())
    assert md.read_text(encoding="utf-8").startswith("# Advisor briefing — Santé Numérique Épicéa inc.")
    assert main(["brief", "--profile", str(PROFILES["fr"]), "--out", str(tmp_path / "brief.docx")]) == 1
    cal = Calendar.from_ical((tmp_path / "brief.ics").read_bytes())  # the shortlist's deadlines, beside the PDF
    assert cal.get("version") == "2.0"
    assert all(ev.get("dtstart").params.get("VALUE") == "DATE" for ev in cal.walk("VEVENT"))


def test_post_briefings(corpus_index: Settings, assistant_bot: Any, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from assistant.api.app import create_app

    settings = Settings(_env_file=None, **{**corpus_index.model_dump(),  # type: ignore[call-arg]
                                           "database_url": f"sqlite:///{tmp_path / 'api.sqlite'}",
                                           "rate_limit_per_minute": 0})
    data = yaml.safe_load(PROFILES["fr"].read_text(encoding="utf-8"))
    with TestClient(create_app(settings, assistant_bot)) as client:
        r = client.post("/briefings", json=data, headers={"Accept": "application/pdf"})
        assert r.status_code == 200, r.text
        assert r.content.startswith(b"%PDF") and r.headers["content-type"] == "application/pdf"
        assert r.headers["content-disposition"].startswith("attachment;")
        for accept in ({"Accept": "text/markdown"}, {}):
            r = client.post("/briefings", json=data, headers=accept)
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
            assert r.text.startswith("# Note d'information — Santé Numérique Épicéa inc.")
        r = client.post("/briefings", json=data, headers={"Accept": "text/calendar"})
        assert r.status_code == 200 and r.headers["content-type"] == "text/calendar; charset=utf-8"
        assert Calendar.from_ical(r.content).get("version") == "2.0"
        shortlist = r.headers["x-shortlist"].split(",")
        assert len(shortlist) >= 5
        r = client.get("/programs/calendar.ics", params={"ids": r.headers["x-shortlist"], "lang": "fr"})
        assert r.status_code == 200 and Calendar.from_ical(r.content).get("version") == "2.0"
        for bad in ({**data, "name": ""}, {**data, "language": "de"}, {**data, "employees": -1}, {**data, "x": 1}):
            r = client.post("/briefings", json=bad)
            assert r.status_code == 422, bad


@pytest.mark.parametrize("key, name", [("fr", "briefing-epicea-fr"), ("en", "briefing-northshore-en")])
def test_sample_rendered_for_review(built: dict[str, Built], key: str, name: str) -> None:
    """Writes the sample to tests/artifacts (git-ignored) and, with pdftoppm, pages 1 to 3 as PNG to look at."""
    _, briefing, pdf = built[key]
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.pdf").write_bytes(pdf)
    (ARTIFACTS / f"{name}.md").write_text(briefing.markdown, encoding="utf-8")
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm is not installed (apt-get install -y poppler-utils)")
    for old in ARTIFACTS.glob(f"{name}-p*.png"):
        old.unlink()
    subprocess.run([exe, "-r", "80", "-png", "-f", "1", "-l", "3", str(ARTIFACTS / f"{name}.pdf"),
                    str(ARTIFACTS / f"{name}-p")], check=True, timeout=60)
    for png in ARTIFACTS.glob(f"{name}-p-*.png"):  # pdftoppm writes name-p-1.png (or -01): renamed name-p1.png
        png.rename(ARTIFACTS / f"{name}-p{int(png.stem.rsplit('-', 1)[1])}.png")
    assert sorted(p.name for p in ARTIFACTS.glob(f"{name}-p*.png")) == [f"{name}-p{n}.png" for n in (1, 2, 3)]


def test_an_unknown_term_written_many_times_is_reported_once() -> None:
    from assistant.briefing.profile import CompanyProfile

    company = CompanyProfile(name="X", sectors=["Estrie-CHUS"] * 11, needs=["Estrie-CHUS", "non_dilutive"])
    assert company.unknown_terms() == ["Estrie-CHUS"]


@pytest.mark.parametrize(("written", "value"), [("federal", "federal"), ("Fédéral", "federal"), ("Québec", "quebec"),
                                                ("provincial", "quebec"), ("Municipal", "municipal")])
def test_a_briefing_profile_can_ask_for_one_governments_programs(written: str, value: str) -> None:
    assert CompanyProfile(name="X", government=written).to_profile().government == value


def test_a_briefing_for_one_government_shortlists_only_its_programs(assistant_bot: Any, tmp_path: Path) -> None:
    """As in the chat (« de l'aide fédérale »): the advisor asks for federal programs only, the profile section says
    so, and every shortlisted program is the federal government's; a value outside the vocabulary is one clear line."""
    data = yaml.safe_load(PROFILES["en"].read_text(encoding="utf-8"))
    company = CompanyProfile.model_validate({**data, "government": "federal"})
    briefing = build_briefing(assistant_bot, company)
    programs = assistant_bot.retriever.snapshot.programs
    assert briefing.shortlist and all("federal" in programs[pid].government for pid in briefing.shortlist)
    assert "One government's programs only: Federal" in flat(briefing.markdown).replace("**", "")
    everyone = build_briefing(assistant_bot, load_profile(PROFILES["en"]))
    assert any("federal" not in programs[pid].government for pid in everyone.shortlist)
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: X\ngovernment: Ontario\n", encoding="utf-8")
    with pytest.raises(InputError, match="government.*accepted values: federal, quebec, municipal"):
        load_profile(bad)
