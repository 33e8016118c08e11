"""A list asked in more ways, a program the company belongs to as context, a stay abroad as export, a city as the
company's home rather than its government, and every need kept among the first fits when one is added."""

from __future__ import annotations

import re

import pytest

from assistant.answer.match import check
from assistant.answer.shortlist import cover_needs, family
from assistant.models import Profile
from assistant.service import Assistant
from assistant.understand.intent import asks_list
from assistant.understand.level import asked_government
from assistant.understand.profile import infer
from common.lang import fold
from common.records import load_programs
from common.vocab import Government, Need, Sector, Stage
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")


def test_adding_a_missing_need_does_not_push_out_the_only_fit_serving_another() -> None:
    """A plain funding question covers a grant and a tax credit: the tax credit put in the last replaceable place
    pushed the grant just added out of the first six."""
    profile = Profile(employees=25)
    equity = [check(p, profile, "en") for p in PROGRAMS.values() if p.needs[0] == Need.equity][:5]
    grant = check(PROGRAMS["nrc-irap"], profile, "en")
    credit = check(PROGRAMS["sred"], profile, "en")
    out = cover_needs([*equity, grant], [*equity, grant, credit], [Need.non_dilutive, Need.tax_credit], first=6)
    assert grant in out[:6] and credit in out[:6]


@pytest.mark.parametrize(("text", "listed"), [
    ("Which collaborative research programs are open right now?", True),  # two words before the noun, in English
    ("Je souhaite connaître uniquement les programmes du gouvernement du Québec auxquels nous avons droit.", True),
    ("We want to know which grants we can get.", True),
    ("What options exist for Indigenous entrepreneurs?", True),
    ("What about IRAP funding?", False),  # one program asked about
    ("What is the IRAP maximum?", False),
])
def test_more_ways_to_ask_for_a_list(text: str, listed: bool) -> None:
    assert asks_list(text) is listed


@pytest.mark.parametrize(("text", "government"), [
    ("Jeune entreprise de la ville de Québec en santé numérique : quels programmes?", None),
    ("We're a startup from the city of Laval; which grants fit us?", None),
    ("Des subventions offertes par la ville de Laval?", Government.municipal),
    ("Any grants from the City of Montreal?", Government.municipal),
])
def test_the_city_a_company_is_in_is_not_the_government_asked(text: str, government: Government | None) -> None:
    assert asked_government(fold(text)) is government


@pytest.mark.parametrize("text", [
    "We want to spend three weeks in Japan next spring to meet hospitals and distributors.",
    "Nous voulons passer un mois en Suède pour rencontrer des partenaires industriels.",
])
def test_a_stay_abroad_to_meet_partners_is_export(text: str) -> None:
    assert Need.export in infer(text).needs


@pytest.mark.parametrize("question", [
    # the company's municipality, not the city's programs: talent programs, not an empty list
    "Entreprise de la ville de Québec en santé numérique, 9 salariés : quels programmes peuvent subventionner "
    "les stages d'une étudiante à la maîtrise en apprentissage automatique?",
    # a loan asked, and the words of a loan fund's name apart: a list, not that fund's facts
    "I am a Métis entrepreneur; my young company in Gatineau has six employees and first revenue of about $150,000. "
    "We want a loan to fund our growth. What options exist, particularly for Indigenous entrepreneurs?",
    # the incubator the company is in is context, not the subject
    "We're a pre-seed startup incubated at Centech, 4 people. We want to raise a pre-seed round of about $800k. "
    "Who could come in?",
    "Je suis cofondatrice d'une jeune entreprise incubée au Centech de l'ÉTS; je souhaite passer deux semaines en "
    "Suède pour rencontrer des hôpitaux. Existe-t-il des programmes qui financent ce séjour?",
])
def test_lists_asked_with_context_get_programs(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "programs" and len(ans.programs) >= 3, (ans.intent, [p.id for p in ans.programs])


@pytest.mark.parametrize("question", [
    # who must own the company: the ownership share, not the loan amounts only
    "To get financing from Evol, what minimum share of the business must be owned by women or under-represented groups?",
    "Pour obtenir un prêt d'Evol, l'entreprise doit appartenir à des femmes à hauteur d'au moins combien?",
])
def test_the_ownership_share_asked_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert re.search(r"25\s?%", ans.answer.split("\n[1]")[0]), ans.answer[:400]


@pytest.mark.parametrize(("question", "wanted"), [
    ("Starting with which tax years does the CRIC apply?", "March 25, 2025"),
    ("Le CRIC s'applique à partir de quelles années d'imposition?", "25 mars 2025"),
])
def test_the_tax_years_a_credit_applies_from_come_before_its_rates(assistant_bot: Assistant, question: str,
                                                                    wanted: str) -> None:
    body = assistant_bot.ask(question).answer.split("\n[1]")[0]
    assert wanted in body and ("30 %" not in body or body.index(wanted) < body.index("30 %")), body[:400]
    assert "30%" not in body or body.index(wanted) < body.index("30%"), body[:400]


@pytest.mark.parametrize(("question", "off"), [
    ("Under the federal small business loan guarantee (banks lend, Ottawa backs part of the loss), what is the "
     "maximum per borrower?", False),  # Ottawa as the government that guarantees
    ("We're an Ottawa medtech startup; what grants does Ontario offer?", True),  # Ontario's own programs
    ("Quelles subventions l'Ontario offre-t-elle aux jeunes pousses en santé?", True),
    ("Our Montréal startup sells to Ontario hospitals; which programs help?", False),
])
def test_ottawa_as_a_guarantor_and_a_province_offering_its_own(assistant_bot: Assistant, question: str,
                                                                off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("text", "listed"), [
    ("Who could come in on our pre-seed round?", True),
    ("Qui pourrait embarquer dans notre ronde?", True),
    ("Est-ce qu'il y a des fonds publics qui investissent à côté des privés?", True),
])
def test_investors_asked_are_a_list(text: str, listed: bool) -> None:
    assert asks_list(text) is listed


def test_a_stated_headcount_does_not_make_a_question_about_one_program() -> None:
    """« un logiciel d'IA qui aide… 5 employés » wrote the words of the IRAP AI aid's French name apart; the headcount
    made it look like a question about that program's size limit."""
    from assistant.understand.intent import described
    text = "On fait un logiciel d'IA qui aide les pharmacies. 5 employés. On veut lever une ronde pré-seed."
    assert described(text, ["nrc-irap-ai-assist"]) == []
    assert described("L'aide à l'IA du PARI est-elle limitée à 500 employés?", ["nrc-irap-ai-assist"])


def test_deep_learning_hyphenated_is_ai_and_no_recurring_revenue_is_none() -> None:
    p = infer("We build deep-learning software for imaging and have no recurring revenue yet.")
    assert Sector.ai in p.sectors and p.revenue == 0


@pytest.mark.parametrize(("text", "incorporated", "spin_off"), [
    ("Notre entreprise, issue d'un laboratoire de l'Université Laval et constituée il y a un an, cherche des subventions.",
     True, True),
    ("Notre société constituée en 2023 à Lévis développe un capteur.", True, False),
    ("Our company, a spin-off of a Université Laval lab incorporated a year ago, wants grants.", True, True),
])
def test_a_company_formed_a_year_ago_from_a_lab_in_french_as_in_english(text: str, incorporated: bool,
                                                                        spin_off: bool) -> None:
    p = infer(text)
    assert p.incorporated is incorporated and (Need.accelerator in p.needs) is spin_off


@pytest.mark.parametrize("turns", [
    ["We're a seed-stage Montréal startup building an AI tool for sepsis detection; we want non-dilutive R&D funding.",
     "Anything other than IRAP?"],
    ["Nous sommes une jeune pousse montréalaise en IA médicale; nous cherchons un prêt pour notre croissance.",
     "Autre chose que la BDC?"],
])
def test_anything_other_than_the_program_named_is_its_alternatives(assistant_bot: Assistant, turns: list[str]) -> None:
    """The program named was the answer (one fact sheet); now others for the same purpose, not its own streams."""
    session = assistant_bot.ask(turns[0]).session_id
    ans = assistant_bot.ask(turns[1], session_id=session)
    programs = assistant_bot.retriever.snapshot.programs
    named = "nrc-irap" if "IRAP" in turns[1] else "bdc-loans"
    assert ans.intent == "programs" and len(ans.programs) >= 3, [p.id for p in ans.programs]
    assert all(family(programs[p.id]) != family(programs[named]) for p in ans.programs), [p.id for p in ans.programs]


def test_the_city_side_asked_and_a_hire_already_made() -> None:
    assert asked_government(fold("Pis juste du côté de la Ville de Montréal?")) is Government.municipal
    assert asked_government(fold("And just on the City of Montréal side?")) is Government.municipal
    assert Need.talent not in infer("Petite correction : nous avons embauché depuis, nous sommes quinze.").needs
    assert Need.talent in infer("Nous voulons embaucher deux stagiaires cet été.").needs


@pytest.mark.parametrize(("text", "growth"), [
    ("Nous cherchons un prêt pour financer notre croissance.", False),  # a purpose, not a stage
    ("We want a loan to fund our growth.", False),
    ("Une PME en croissance de 40 employés.", True),
    ("A growth-stage medtech in Laval.", True),
])
def test_our_growth_is_a_purpose_not_the_growth_stage(text: str, growth: bool) -> None:
    assert (infer(text).stage == Stage.growth) is growth
