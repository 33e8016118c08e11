"""What an advisor hands to a client: page-one summary, the chat's ranking with the stated needs, no internal text,
human region names, one amount per program, partner money never counted, and hand-written profile files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from assistant.answer.evidence import CitationBook
from assistant.answer.match import check
from assistant.briefing.build import CompanyProfile, build_briefing, load_profile
from assistant.briefing.doc import Briefing, Table, block_texts
from assistant.briefing.sections import Ctx, combining
from common.errors import InputError
from tests.conftest import FIXTURES

EPICEA = FIXTURES / "briefing" / "epicea-fr.yaml"
INTERNAL = re.compile(r"corpus/|\.ya?ml\b|\.md\b|Version du corpus|Corpus version|\b[0-9a-f]{12}\b|Il ne faut|"
                      r"must not claim|funding\.per_company|intake\.status")


@pytest.fixture(scope="module")
def epicea(assistant_bot: Any) -> Briefing:
    return build_briefing(assistant_bot, load_profile(EPICEA))


def rows_of(b: Briefing, key: str) -> list[list[str]]:
    return next(x for s in b.sections if s.key == key for x in s.blocks if isinstance(x, Table)).rows


def test_shortlist_serves_the_stated_needs(epicea: Briefing, assistant_bot: Any) -> None:
    programs = assistant_bot.retriever.snapshot.programs
    ids = set(epicea.shortlist)
    assert {"mitacs-accelerate", "nrc-irap", "nrc-irap-yep", "cric", "sred"} <= ids, epicea.shortlist
    today = dt.date.today()
    for pid in ids:  # never a closed call, never a program a company cannot apply to
        assert not programs[pid].ended(today) and programs[pid].company_can_apply(), pid
    assert "infoway" not in ids


def test_page_one_is_a_summary(epicea: Briefing) -> None:
    assert epicea.sections[0].key == "summary"
    rows = rows_of(epicea, "summary")
    assert 3 <= len(rows) <= 5
    assert [r[0].strip("*") for r in rows] == epicea.shortlist_names[:len(rows)]
    assert all(r[1] and r[2] and r[3] for r in rows)  # amount, status, next step


def test_no_internal_text(epicea: Briefing) -> None:
    md = epicea.markdown
    assert not INTERNAL.search(md), INTERNAL.search(md)
    assert "Faits vérifiés au" in md and re.search(r"\d{1,2}(er)? [a-zéû]+ 20\d\d", md)


def test_same_amount_in_summary_table_and_section(epicea: Briefing) -> None:
    table = {r[0].split("\n")[0].strip("*"): r[2] for r in rows_of(epicea, "shortlist")}
    summary = {r[0].strip("*"): r[1] for r in rows_of(epicea, "summary")}
    md = epicea.markdown
    for name, amount in table.items():
        assert summary.get(name, amount) == amount, name
        section = md.split(f"### {name}\n", 1)[1].split("\n### ", 1)[0]
        assert f"Montant pour l'entreprise : {amount}" in section, name
    mitacs = table["Mitacs Accélération"]
    assert "7\u00a0500\u00a0$" in mitacs and "non précisé" not in mitacs


def test_partner_money_is_never_counted(assistant_bot: Any) -> None:
    programs = assistant_bot.retriever.snapshot.programs
    company = load_profile(EPICEA)
    m = check(programs["medteq-impact"], company.to_profile(), "fr")
    ctx = Ctx(lang="fr", book=CitationBook(), composer=assistant_bot.composer, today=dt.date.today())
    text = "\n".join(t for b in combining(ctx, [m], 400000.0) for t in block_texts(b))
    assert ctx.derived == [], "no budget × share for money paid to the academic partners"
    assert "non compté" in text and "160\u00a0000" not in text


@pytest.mark.parametrize("region, shown", [("QC", "Québec (province)"), ("MTL", "Montréal"),
                                           ("montreal", "Montréal"), ("Sherbrooke", "Sherbrooke")])
def test_region_is_a_human_name(region: str, shown: str) -> None:
    assert CompanyProfile(name="X", region=region).region_name("fr") == shown


def test_profile_file_accepts_common_names(tmp_path: Path) -> None:
    f = tmp_path / "p.yaml"
    f.write_text("name: X\ndescription: Un outil d'IA\nneeds: [non_dilutive_funding, talent]\n", encoding="utf-8")
    c = load_profile(f)
    assert c.project == "Un outil d'IA" and c.needs == ["non_dilutive", "talent"]
    f.write_text("name: X\nabout: An AI tool\n", encoding="utf-8")
    assert load_profile(f).project == "An AI tool"


@pytest.mark.parametrize("body, words", [
    ("name: X\ncolour: blue\n", ["colour: unknown field", "accepted fields: name, language", "description"]),
    ("name: X\nstage: mega\n", ["stage: 'mega' is not accepted", "accepted values: pre_seed, seed"]),
    ("name: X\nlanguage: de\n", ["language: 'de' is not accepted", "accepted values: fr, en"]),
    ("- just\n- a list\n", ["accepted fields: name"]),
])
def test_profile_errors_say_what_is_accepted(tmp_path: Path, body: str, words: list[str]) -> None:
    f = tmp_path / "p.yaml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_profile(f)
    line = str(err.value)
    assert "\n" not in line and all(w in line for w in words), line


def test_readme_profile_example_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = readme.split("## Advisor briefings", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    f = tmp_path / "company.yaml"
    f.write_text(example, encoding="utf-8")
    c = load_profile(f)
    assert c.name == "Santé Numérique Épicéa inc." and c.project and c.budget == 400000


def test_ecosystem_one_figure_per_subject_and_no_writer_notes(assistant_bot: Any,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.briefing import sections
    from assistant.models import Citation

    quotes = ["Scale AI a obtenu un financement de 23,4 millions $ du MTESS pour 2019-2023.",
              "Scale AI : 15 millions $.", "Grappes d'innovation mondiales, y compris Scale AI : 125 millions $.",
              "Il ne faut donc pas affirmer qu'il existe des subventions de 25 000 $ pour les jeunes pousses en IA.",
              "Les investissements en IA au Québec ont atteint 1,2 milliard $."]
    ctx = Ctx(lang="fr", book=CitationBook(), composer=assistant_bot.composer, today=dt.date.today())
    ctx.book.items = [Citation(n=i + 1, source=f"corpus/reports/r{i}.fr.md", title=f"Étude {i}", quote=q)
                      for i, q in enumerate(quotes)]
    monkeypatch.setattr(sections, "eco_bullets", lambda c, q: [f"{x} [{i + 1}]" for i, x in enumerate(quotes)])
    text = "\n".join(t for b in sections.ecosystem(ctx, ["x"]) for t in block_texts(b))
    assert "23,4 millions $" in text and "15 millions $" not in text and "125 millions $" not in text
    assert text.count("d'autres sources du corpus donnent d'autres montants pour Scale AI") == 1
    assert "Il ne faut" not in text and "25 000 $" not in text
    assert "1,2 milliard $" in text
