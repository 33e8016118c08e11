"""Small real documents made by the tests themselves (PDFs with accents, sample records), and a conversation asked."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from assistant.models import Answer
from assistant.service import Assistant

FONT = Path(__file__).resolve().parent.parent / "assistant" / "briefing" / "fonts" / "DejaVuSans.ttf"


def make_pdf(path: Path, pages: list[str], title: str = "Document de test") -> Path:
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=12)
    pdf.set_title(title)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


RECORD = """id: test-programme
schema: 2
name: {fr: Programme d'essai, en: Test program}
operator: {fr: Organisme d'essai, en: Test operator}
url: https://example.org/programme
applicant: company
instrument: grant
kind: grant
stages: [seed]
sectors: [medtech]
needs: [non_dilutive]
regions: [QC]
summary: {fr: Une subvention d'essai pour les jeunes pousses., en: A test grant for startups.}
eligibility: {fr: PME québécoises., en: Québec SMEs.}
how_to_apply: {fr: Remplir le formulaire en ligne de l'organisme., en: Fill in the operator's online form.}
rules:
  max_employees: {value: 50, source: T1}
funding:
  per_company:
    - {max: 25000, unit: per_project, source: T1}
  program_budget:
    - {label: {fr: Enveloppe totale, en: Total envelope}, value: 2000000, source: T1}
facts:
  - {fr: "Jusqu'à 25 000 $ par projet.", en: "Up to $25,000 per project.", source: T1}
  - {fr: "Au plus 50 employés.", en: "At most 50 employees.", source: T1}
  - {fr: "Enveloppe totale de 2 millions $.", en: "A total envelope of $2 million.", source: T1}
intake:
  status: continuous
  last_confirmed: {date: 2026-10-01, source: T1}
sources:
  - {id: T1, url: "https://example.org/source", title: Source d'essai, kind: official, published: "2026"}
as_of: 2026-11-01
"""


def last_answer(bot: Assistant, turns: list[str]) -> Answer:
    """The answer to the last of `turns`, asked in one conversation."""
    session = None
    for turn in turns:
        ans = bot.ask(turn, session_id=session)
        session = ans.session_id
    return ans
