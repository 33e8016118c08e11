"""Programs described without their name (told apart by a year, a need, a sibling set aside); a "cap" asked."""

from __future__ import annotations

import pytest

from assistant.answer.described import for_need, not_meant, of_year
from assistant.service import Assistant
from assistant.understand.intent import focus_of
from assistant.understand.mentions import set_aside
from common.records import load_programs
from common.vocab import Need
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")
CALLS = ["mei-ai-call-2019", "mei-ai-call-2020", "mei-ai-call-2022"]


@pytest.mark.parametrize(("text", "want"), [
    ("the December 2020 AI call", "mei-ai-call-2020"),  # the 2019 call's name ends its span in 2020: the month decides
    ("l'appel de décembre 2020", "mei-ai-call-2020"),
    ("the 2022 call", "mei-ai-call-2022"),
    ("the 2019 call", "mei-ai-call-2019"),
    ("the 2021 call", None),  # no call of that year
    ("the AI call", None),  # no year
])
def test_the_year_named_picks_the_call_of_that_year(text: str, want: str | None) -> None:
    assert of_year(PROGRAMS, text, CALLS) == want


@pytest.mark.parametrize("text", ["What was the cap for the SME stream?", "Is the grant capped?",
                                  "Quel est le plafond du volet PME?"])
def test_a_cap_is_an_amount_asked(text: str) -> None:
    assert focus_of(text) == "amount"


@pytest.mark.parametrize("question", [
    "In Québec's December 2020 AI innovation call for projects, what was the cap for the SME stream?",
    "Dans l'appel de projets en IA du Québec de décembre 2020, quel était le plafond du volet PME?",
])
def test_a_call_described_with_its_month_and_year_is_answered_as_that_call(assistant_bot: Assistant,
                                                                         question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["mei-ai-call-2020"], ans.answer[:200]


@pytest.mark.parametrize(("needs", "close", "want"), [
    ([Need.compute], ["can-health-network", "ai-compute-access-fund"], "ai-compute-access-fund"),
    ([Need.compute, Need.non_dilutive], ["ai-compute-access-fund", "nrc-irap"], "ai-compute-access-fund"),
    ([Need.non_dilutive], ["nrc-irap", "prompt"], None),  # money is what most programs give: it tells none apart
    ([Need.rd], ["sred", "can-health-network"], None),  # nor what the money pays for
    ([Need.collaborative_research], ["prompt", "pso"], None),  # two made for it
    ([], ["ai-compute-access-fund"], None),
])
def test_the_need_described_picks_the_one_program_made_for_it(needs: list[Need], close: list[str],
                                                              want: str | None) -> None:
    assert for_need(PROGRAMS, needs, close) == want


@pytest.mark.parametrize("question", [
    "Le fonds fédéral qui rembourse une partie de nos factures de GPU dans le cloud pour entraîner nos modèles, ça "
    "couvre quelle part si on prend un fournisseur canadien?",
    "The federal fund that pays back part of our cloud GPU bills for training our models: what share does it cover "
    "if we use a Canadian provider?",
])
def test_a_fund_described_by_what_it_is_for_is_answered_as_that_fund(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["ai-compute-access-fund"], ans.answer[:200]


@pytest.mark.parametrize(("text", "want"), [
    ("l'exemption pour un spécialiste (pas un chercheur)", "conge-fiscal-experts-etrangers"),
    ("the tax holiday for a specialist, not a researcher", "conge-fiscal-experts-etrangers"),
    ("the tax holiday for foreign hires", None),  # nothing set aside
    ("not the experts' one, the researchers'", "conge-fiscal-chercheurs-etrangers"),
])
def test_a_sibling_set_aside_by_a_word_of_its_name_leaves_the_other(text: str, want: str | None) -> None:
    close = ["conge-fiscal-chercheurs-etrangers", "conge-fiscal-experts-etrangers"]
    assert not_meant(PROGRAMS, text, close) == want


@pytest.mark.parametrize("question", [
    "L'exemption d'impôt provinciale de 5 ans pour un spécialiste recruté à l'étranger en financement ou en "
    "commercialisation de l'innovation (pas un chercheur, genre un VP commercialisation qu'on fait venir de Boston) : "
    "y faut qu'il passe quel % de son temps chez nous?",
    "The 5-year provincial tax exemption for a specialist recruited abroad in innovation financing or "
    "commercialization (not a researcher, say a VP of commercialization we bring in from Boston): what % of their "
    "time must they spend with us?",
])
def test_the_experts_tax_holiday_described_is_answered_as_that_holiday(assistant_bot: Assistant,
                                                                      question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["conge-fiscal-experts-etrangers"]


@pytest.mark.parametrize(("text", "names", "aside"), [
    ("Le fonds de prêts principal des pôles PME MTL (pas le FLS, l'autre), ça prête jusqu'à combien?",
     ["FLS Montréal", "Fonds locaux de solidarité Montréal"], True),
    ("The main loan fund of the PME MTL hubs (not the FLS, the other one)", ["FLI", "FLS", "Fonds local"], True),
    ("Le fonds de prêts principal des pôles PME MTL (pas le FLS, l'autre)", ["Fonds PME MTL"], False),
    ("Quel est le plafond du FLS?", ["FLS Montréal"], False),  # named, not set aside
    ("Not IRAP: what other grants are there?", ["IRAP"], False),  # another question (alternatives), not this one
])
def test_a_program_set_aside_for_the_other_one_is_not_the_subject(text: str, names: list[str], aside: bool) -> None:
    assert set_aside(text, names) is aside


@pytest.mark.parametrize("question", [
    "Le fonds de prêts principal des pôles PME MTL (pas le FLS, l'autre), ça prête jusqu'à combien?",
    "The main loan fund of the PME MTL hubs (not the FLS, the other one): how much can it lend?",
])
def test_the_other_fund_than_the_one_set_aside_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["pme-mtl-fonds-pme-mtl"], ans.answer[:200]
