"""R&D as what the money is for: read from the message, declared by the records that pay for it, weighed in the list."""

from __future__ import annotations

import pytest

from assistant.answer.asked import GENERIC_FUNDING, UNSTATED, asked_needs
from assistant.answer.rank import W_PURPOSE, score_program
from assistant.answer.shortlist import grants_only, needs_to_cover
from assistant.models import Profile
from assistant.service import Assistant
from assistant.understand.profile import infer
from common.labels import label
from common.records import load_programs
from common.vocab import Instrument, Need
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")


@pytest.mark.parametrize("text", [
    "On cherche des subventions pour notre R-D, pas de prêts.",
    "We're looking for grants for our R&D.",
    "Which R&D tax credits can we claim?",
    "Du financement pour nos travaux de recherche et développement",
    "support for research and experimental development",
    "des crédits pour la recherche-développement",
])
def test_r_and_d_named_is_what_the_money_is_for(text: str) -> None:
    assert Need.rd in infer(text).needs


@pytest.mark.parametrize("text", [
    "We finished our R&D and now want to export to the US.",
    "Après avoir complété la R-D, on veut exporter aux États-Unis.",
    "Pas de R-D chez nous : on cherche un prêt de fonds de roulement.",
    "We need a loan for working capital.",
])
def test_r_and_d_done_or_denied_is_not_asked(text: str) -> None:
    assert Need.rd not in infer(text).needs


def test_grants_for_r_and_d_are_still_grants_asked_alone_with_tax_credits_beside() -> None:
    """« des subventions pour notre R-D »: the R&D says what the grants pay, and tax credits stand beside them as they
    do for grants asked alone."""
    profile = infer("On cherche des subventions pour notre R-D, pas de prêts.")
    assert grants_only(profile.needs)
    assert Need.tax_credit in needs_to_cover(profile, {})
    assert not grants_only([Need.non_dilutive, Need.talent])


def test_the_r_and_d_credits_declare_r_and_d_and_the_payroll_credits_do_not() -> None:
    """What a record serves is declared, not guessed from its words: SR&ED and the CRIC pay for R&D; the e-business
    credits pay software salaries whatever the work."""
    assert all(Need.rd in PROGRAMS[pid].needs for pid in ("sred", "cric", "nrc-irap"))
    assert all(Need.rd not in PROGRAMS[pid].needs for pid in ("cdae", "cdaeia", "bdc-loans"))
    assert all(p.needs[0] is not Need.rd for p in PROGRAMS.values())  # a purpose beside each program's first need


def test_the_r_and_d_need_has_both_labels() -> None:
    assert label("need", "rd", "fr").startswith("Recherche et développement")
    assert label("need", "rd", "en").startswith("Research and development")


@pytest.mark.parametrize("question", [
    "Bonjour, je suis la fondatrice de Cardiomap, une jeune pousse de Sherbrooke (6 employés, incorporée en 2025) qui "
    "développe un logiciel d'IA pour lire les ECG. On cherche des subventions pour notre R-D, pas de prêts. Quoi viser?",
    "Hi, I'm the founder of Cardiomap, a Sherbrooke startup (6 employees, incorporated in 2025) building AI software "
    "to read ECGs. We're looking for grants for our R&D, no loans. What should we target?",
])
def test_grants_for_r_and_d_show_the_r_and_d_credits(assistant_bot: Assistant, question: str) -> None:
    """R&D grants asked: the first fits hold a federal or Québec R&D credit, and no loan."""
    ans = assistant_bot.ask(question)
    ids = [p.id for p in ans.programs[:6]]
    assert {"sred", "cric"} & set(ids), ids
    assert all(PROGRAMS[i].instrument not in {Instrument.loan, Instrument.loan_guarantee} for i in ids)


@pytest.mark.parametrize("text", [
    "On veut commercialiser nos résultats de R-D à l'étranger.",
    "We want to commercialize our R&D results abroad.",
])
def test_r_and_d_results_to_sell_are_not_r_and_d_asked(text: str) -> None:
    needs = infer(text).needs
    assert Need.rd not in needs and Need.export in needs


@pytest.mark.parametrize("text", [
    "Nous voulons mener un projet de R-D avec le centre collégial de transfert de technologie de la région.",
    "We want to run a project with the college technology transfer centre in our region.",
])
def test_a_college_transfer_centre_is_a_research_partner_not_an_incubator(text: str) -> None:
    needs = infer(text).needs
    assert Need.collaborative_research in needs and Need.accelerator not in needs


@pytest.mark.parametrize("text", [
    "Nous avons 15 employés et notre homologation de Santé Canada (classe II) est obtenue. Nous cherchons à financer "
    "la suite de notre R-D.",
    "Our Health Canada licence was granted last month; we want funding for more R&D.",
])
def test_an_approval_said_obtained_after_it_is_held_not_sought(text: str) -> None:
    needs = infer(text).needs
    assert Need.regulatory not in needs and Need.rd in needs


@pytest.mark.parametrize(("query", "weight"), [("We do quite a bit of R&D.", UNSTATED),
                                               ("Quel financement pour nos travaux de R-D?", 1.0)])
def test_r_and_d_alone_asks_money_for_it(query: str, weight: float) -> None:
    """R&D says what money is for, not which kind: every kind is weighed, fully when funding is named."""
    needs = asked_needs(Profile(needs=[Need.rd]), query)
    assert needs[Need.rd] == 1.0
    assert {n: needs[n] for n in GENERIC_FUNDING} == {n: w * weight for n, w in GENERIC_FUNDING.items()}


def test_a_program_that_pays_for_the_r_and_d_asked_ranks_above_one_of_the_same_kind_that_does_not() -> None:
    """Two programs alike but for R&D among their needs: R&D grants asked, the one paying for R&D scores W_PURPOSE
    more; grants asked for no purpose, they score the same."""
    irap = PROGRAMS["nrc-irap"]
    plain = irap.model_copy(update={"needs": [n for n in irap.needs if n is not Need.rd]})
    profile = infer("Des subventions pour notre R-D?")
    needs = asked_needs(profile, "Des subventions pour notre R-D?")
    assert score_program(irap, profile, 0.5, needs) - score_program(plain, profile, 0.5, needs) == \
        pytest.approx(W_PURPOSE)
    grants = {Need.non_dilutive: 1.0}
    assert score_program(irap, Profile(), 0.5, grants) == pytest.approx(score_program(plain, Profile(), 0.5, grants))


@pytest.mark.parametrize("text", [
    "On a deux besoins : du financement pour notre recherche et développement, pis embaucher un étudiant.",
    "We have two needs: funding for our research and development, and hiring a graduate student.",
])
def test_funding_for_research_and_development_is_money_asked_in_both_languages(text: str) -> None:
    needs = infer(text).needs
    assert {Need.non_dilutive, Need.rd, Need.talent} <= set(needs)

