"""Readings French and English share, each found missing in one language on a dev set of twin questions (probes69,
2026-12-06): a doctoral student is a hire, « on fait notre RS&DE » is held, « ça coûte combien » asks the cost of what
was just described, the local level is the city's, an age cutoff is who qualifies; a program described with its
partner named, or as the one that replaced others, is the one described."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.ask import points_back
from assistant.understand.intent import focus_of
from assistant.understand.mentions import in_use
from assistant.understand.profile import infer
from common.vocab import Government, Need


@pytest.mark.parametrize("text", [
    "Une doctorante en vision artificielle pourrait travailler avec nous cet été : quelle aide?",
    "A PhD student in computer vision could work with us this summer: what support?",
])
def test_a_doctoral_student_is_a_hire_in_both_languages(text: str) -> None:
    assert Need.talent in infer(text).needs


@pytest.mark.parametrize(("text", "held"), [
    ("On fait notre RS&DE depuis trois ans. Quoi d'autre pour embaucher?", True),
    ("We are doing our SR&ED for three years now. What else for hiring?", True),
    ("Pouvons-nous faire une demande de RS&DE?", False),
])
def test_a_program_the_company_does_is_held_with_a_possessive(text: str, held: bool) -> None:
    assert in_use(text, ["RS&DE", "SR&ED"]) is held


@pytest.mark.parametrize(("ask", "back"), [
    ("Ça coûte combien à l'entreprise?", True),
    ("Combien ça coûte pour nous?", True),
    ("What does it cost the company?", True),
    ("Combien de stagiaires pouvons-nous embaucher?", False),
])
def test_a_cost_asked_by_a_pronoun_points_back(ask: str, back: bool) -> None:
    assert points_back(ask) is back


@pytest.mark.parametrize("text", [
    "Quels programmes locaux pour notre pilote à Montréal?",
    "Which local programs could fund our pilot in Montréal?",
    "Y a-t-il des aides locales pour commercialiser?",
])
def test_the_local_level_is_the_citys(text: str) -> None:
    assert infer(text).government == Government.municipal


@pytest.mark.parametrize("text", [
    "Is there an age cutoff for founders?", "What's the oldest you can be to apply?",
    "Y a-t-il une limite d'âge pour les fondateurs?",
])
def test_an_age_cutoff_is_who_qualifies(text: str) -> None:
    assert focus_of(text) == "eligibility"


@pytest.mark.parametrize(("question", "want"), [
    ("For the youth startup loan with mentoring that is offered together with BDC, what is the age limit?",
     "futurpreneur-startup"),
    ("Le programme de prêt de démarrage avec mentorat pour jeunes, offert avec la BDC : quelle limite d'âge?",
     "futurpreneur-startup"),
    ("The refundable Québec R&D credit that replaced the older measures: what rate on the first million?", "cric"),
])
def test_the_program_described_is_asked_not_its_partner_nor_its_predecessor(assistant_bot: Assistant, question: str,
                                                                          want: str) -> None:
    ans = assistant_bot.ask(question)
    assert [p.id for p in ans.programs][:1] == [want], ans.answer


@pytest.mark.parametrize(("text", "need"), [
    ("We're bringing in a sales VP from Germany next spring.", Need.immigration),
    ("On fait venir d'Allemagne une VP des ventes au printemps.", Need.immigration),
    ("Québec exempts part of a foreign expert's salary from income tax, right?", Need.tax_credit),
    ("Québec exempte d'impôt une partie du salaire d'un expert étranger, non?", Need.tax_credit),
])
def test_a_hire_brought_from_abroad_and_an_income_tax_exemption_are_read_in_both_languages(text: str,
                                                                                          need: Need) -> None:
    assert need in infer(text).needs


def test_a_sales_tax_exemption_is_no_tax_credit_need() -> None:
    assert Need.tax_credit not in infer("Is our device exempt from sales tax?").needs


@pytest.mark.parametrize("question", [
    "Is that youth startup loan program, the one with a mentor and extra financing from BDC, open at 37?",
    "Le programme de prêts de démarrage pour jeunes, celui avec un mentor pis un prêt complémentaire de la BDC : "
    "jusqu'à quel âge?",
])
def test_a_partner_named_as_extra_financing_is_still_a_partner(assistant_bot: Assistant, question: str) -> None:
    assert [p.id for p in assistant_bot.ask(question).programs][:1] == ["futurpreneur-startup"]


@pytest.mark.parametrize("text", [
    "Is there some service in Quebec that speeds up early-phase trials?",
    "Y a-t-il un service au Québec qui accélère les essais de phase précoce?",
])
def test_a_place_said_of_the_service_sought_is_not_the_companys(text: str) -> None:
    assert infer(text).region is None


def test_a_company_placed_in_quebec_keeps_its_region() -> None:
    assert infer("Nous sommes une PME au Québec; y a-t-il un service qui accélère les essais?").region == "QC"


@pytest.mark.parametrize(("text", "focus"), [
    ("What turnaround do they aim for?", "duration"),
    ("C'est quoi la médiane jusqu'à l'activation du site?", "general"),
    ("Le prêt va jusqu'à combien?", "amount"),
])
def test_until_a_step_is_no_amount_and_a_turnaround_is_a_duration(text: str, focus: str) -> None:
    assert focus_of(text) == focus


@pytest.mark.parametrize(("text", "equity"), [
    ("We want a government loan alongside our VC round.", False),
    ("On veut un prêt gouvernemental à côté de notre ronde de capital de risque.", False),
    ("We want investors alongside our current angels.", True),
])
def test_money_sought_beside_the_companys_round_is_not_equity(text: str, equity: bool) -> None:
    assert (Need.equity in infer(text).needs) is equity


@pytest.mark.parametrize("text", [
    "I'm a biomedical engineering professor at Université de Montréal thinking about a spin-off.",
    "Je suis prof en génie biomédical à l'Université de Montréal et je pense à une entreprise dérivée.",
])
def test_a_professor_thinking_of_a_spin_off_is_an_academic_seeking_one(text: str) -> None:
    p = infer(text)
    assert p.academic and Need.accelerator in p.needs


def test_a_teacher_of_another_trade_is_no_academic() -> None:
    assert not infer("Je suis prof de yoga et je veux une subvention.").academic


@pytest.mark.parametrize("text", ["We hold a patented imaging invention.", "On a une invention brevetée en imagerie."])
def test_a_patented_invention_asks_for_technology_transfer_advice(text: str) -> None:
    assert Need.advisory in infer(text).needs


def test_the_size_of_one_loan_is_not_the_programs_envelope() -> None:
    from assistant.answer.passages import SIZE_ASKED
    assert not SIZE_ASKED.search("how big are the loans, and is it different for a biotech?")
    assert not SIZE_ASKED.search("quelle est la taille des prets?")
    assert SIZE_ASKED.search("how big is the fund?")


@pytest.mark.parametrize(("question", "want"), [
    ("Our biotech wants its new drug reimbursed by Québec's public drug insurance plan. For the listing request, how "
     "early can we ask for a pre-submission meeting?", "inesss-medicaments"),
    ("How do I book a pre-submission meeting for our AI medical device?", "health-canada-device-advice-meetings"),
])
def test_a_program_named_by_common_words_gives_way_to_the_one_described(assistant_bot: Assistant, question: str,
                                                                       want: str) -> None:
    assert [p.id for p in assistant_bot.ask(question).programs][:1] == [want]


@pytest.mark.parametrize(("text", "act"), [
    ("On veut tester notre outil au CHU : où se stationner?", "stationner"),
    ("Where can we park near the hospital?", "park"),
    ("Où postuler?", None), ("Where can we apply?", None), ("Où trouver du financement?", None),
    ("Where do we file the SR&ED claim?", None), ("Where do I pitch my startup?", None),
    ("Where is MEDTEQ+ located?", None), ("Où en est le programme?", None),
])
def test_where_an_action_is_asked_its_verb_must_be_ours(text: str, act: str | None) -> None:
    from assistant.understand.asked_object import asked_object
    assert asked_object(text) == act


def test_a_pilot_context_does_not_bring_an_unrelated_where_into_scope(assistant_bot: Assistant) -> None:
    assert assistant_bot.ask("On veut tester notre outil au CHU : où se stationner?").abstained
    assert not assistant_bot.ask("On veut tester notre outil au CHU : où postuler pour du financement?").abstained


@pytest.mark.parametrize(("text", "focus"), [
    ("I'm 37. Is the youth startup loan program still open to me?", "eligibility"),
    ("Is the program open to startups like us?", "eligibility"),
    ("Is IRAP still open?", "status"),
    ("Is the call still open to applications?", "status"),
])
def test_open_to_the_asker_is_who_qualifies_open_alone_is_the_status(text: str, focus: str) -> None:
    assert focus_of(text) == focus
