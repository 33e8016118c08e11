"""Programs reserved to a university's community, and programs whose first purpose (data, immigration, export…) the
asker does not ask for."""

from __future__ import annotations

import pytest

from assistant.answer.match import check, institution_reason
from assistant.answer.rank import W_AFFILIATION, W_COMMUNITY, W_GATE, W_NEED, W_PRIMARY_NEED, score_program
from assistant.models import Profile
from assistant.service import Assistant
from assistant.understand.profile import infer
from common.records import Program, load_programs
from common.vocab import Institution, Need
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")


def _p(pid: str) -> Program:
    return PROGRAMS[pid]


@pytest.mark.parametrize(("text", "named"), [
    ("Je suis postdoctorante à l'Université Laval et je veux fonder une entreprise.", [Institution.laval]),
    ("We're a McGill spin-off in medical imaging.", [Institution.mcgill]),
    ("Jeune pousse medtech issue de l'ÉTS : on cherche des labos.", [Institution.ets]),
    ("Notre équipe vient de l'UdeS et de Polytechnique Montréal.", [Institution.polytechnique, Institution.sherbrooke]),
    ("Our startup is based in Laval and sells to clinics in Sherbrooke.", []),  # cities, not their universities
    ("Une PME de Montréal en santé numérique.", []),
])
def test_the_universities_a_message_names(text: str, named: list[Institution]) -> None:
    assert infer(text).institutions == named


def test_a_program_for_another_universitys_community_is_not_a_fit() -> None:
    x1 = _p("mcgill-x1-accelerator")
    laval = check(x1, Profile(institutions=[Institution.laval]), "en")
    assert laval.fit == "not_eligible"
    assert any(r.verdict == "fail" and "McGill" in r.text and "Laval" in r.text for r in laval.reasons)
    reason = institution_reason(x1, Profile(institutions=[Institution.mcgill]), "fr")
    assert reason is not None and reason.verdict == "ok" and "McGill" in reason.text
    unknown = institution_reason(x1, Profile(), "en")
    assert unknown is not None and unknown.verdict == "unknown"
    assert institution_reason(_p("nrc-irap"), Profile(institutions=[Institution.laval]), "en") is None


def test_a_community_that_may_take_outsiders_is_to_check_not_ruled_out() -> None:
    millenium = _p("udem-millenium-quebecor")  # « des projets externes peuvent aussi être soutenus »
    assert millenium.rules.institutions is not None and millenium.rules.institutions.uncertain
    reason = institution_reason(millenium, Profile(institutions=[Institution.mcgill]), "en")
    assert reason is not None and reason.verdict == "unknown"


def test_a_reserved_program_ranks_lower_until_the_asker_names_its_university() -> None:
    jab = _p("polytechnique-incubateur-jab")
    needs = {Need.accelerator: 1.0}
    plain = score_program(jab, Profile(), 0.0, needs)
    member = score_program(jab, Profile(institutions=[Institution.polytechnique]), 0.0, needs)
    assert member - plain == pytest.approx(-W_AFFILIATION + W_COMMUNITY)  # named: ranked up as a group she is in


def test_a_program_for_another_purpose_ranks_lower_when_the_asker_states_her_needs() -> None:
    isq = _p("isq-data-access")  # data first: a research partnership question is not a data question
    research = score_program(isq, Profile(needs=[Need.collaborative_research]), 0.0, {Need.collaborative_research: 1.0})
    data = score_program(isq, Profile(needs=[Need.data_access]), 0.0, {Need.data_access: 1.0})
    unstated = score_program(isq, Profile(), 0.0, {Need.collaborative_research: 1.0})
    # gated, it loses the credit for the needs it shares too (2026-12-05): at least W_GATE below
    assert unstated - research >= -W_GATE and data > research
    permit = _p("global-talent-stream")  # a foreign hire's permit does not answer « embaucher des stagiaires »
    interns = score_program(permit, Profile(needs=[Need.talent]), 0.0, {Need.talent: 1.0})
    foreign = score_program(permit, Profile(needs=[Need.talent, Need.immigration]), 0.0,
                            {Need.talent: 1.0, Need.immigration: 1.0})
    assert foreign - interns == pytest.approx(-W_GATE + W_NEED + W_PRIMARY_NEED)  # gated: no credit for talent
    plain = score_program(permit, Profile(), 0.0, {Need.talent: 1.0})  # no need stated: nothing is gated
    assert plain - interns == pytest.approx(-W_GATE + W_NEED)


@pytest.mark.parametrize(("question", "lang"), [
    ("Nous sommes une PME de 40 employés à Montréal en santé numérique, on veut embaucher des stagiaires.", "fr"),
    ("We're a 40-person digital health SME in Montréal and want to hire interns.", "en"),
])
def test_interns_are_not_answered_with_foreign_hiring_programs(assistant_bot: Assistant, question: str,
                                                               lang: str) -> None:
    shown = [p.id for p in assistant_bot.ask(question).programs]
    assert shown and not {"global-talent-stream", "conge-fiscal-chercheurs-etrangers"} & set(shown[:4])


@pytest.mark.parametrize("question", [
    "We're a seed-stage AI startup with 8 people in Québec and want to run a research project with a university lab.",
    "Notre jeune pousse en IA veut mener un projet de recherche en collaboration avec un laboratoire universitaire.",
])
def test_a_research_partnership_question_is_not_answered_with_data_access(assistant_bot: Assistant,
                                                                          question: str) -> None:
    shown = [p.id for p in assistant_bot.ask(question).programs]
    assert shown and not {"isq-data-access", "cartagene", "chum-citadel"} & set(shown)


@pytest.mark.parametrize("question", [
    "Je suis postdoctorante à l'Université Laval et je veux fonder une entreprise en imagerie médicale. Par où commencer?",
    "I'm a Université Laval postdoc and want to found a company around my medical imaging invention. Where do I start?",
])
def test_a_laval_postdoc_is_not_sent_to_mcgills_accelerator(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.programs and "mcgill-x1-accelerator" not in [p.id for p in ans.programs]


def test_interns_and_rd_credits_get_both_and_no_foreign_researcher_holiday(assistant_bot: Assistant) -> None:
    shown = [p.id for p in assistant_bot.ask(
        "Chez Biomira à Québec (pharma, 40 employés, rentable), on veut embaucher deux stagiaires en science des "
        "données et réclamer nos crédits R-D. Qu'est-ce qui s'applique?").programs]
    assert {"cric", "sred"} <= set(shown) and "conge-fiscal-chercheurs-etrangers" not in shown, shown
