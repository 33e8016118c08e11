"""Readings fixed in the forty-fourth session (2026-12-07), French and English alike: care buyers abroad are an export,
not the public care network; a shortlist asked for is support asked; a cohort the company is in is its situation; what
taking part costs is a fee, not an amount of support, and a record's overview can state it; a loan for one's own condo is
a personal matter; a follow-up naming a part (« la phase 2 ») points at the program just shown that has it."""

from __future__ import annotations

import pytest

from assistant.answer.described import describes_one
from assistant.answer.measures import asked_measures, states
from assistant.service import Assistant
from assistant.understand.evidence import support_asked
from assistant.understand.intent import focuses_of
from assistant.understand.pointed_at import pointed_order
from assistant.understand.profile import infer
from assistant.understand.text import norm
from common.vocab import Need


@pytest.mark.parametrize("text", [
    "We want to get our wound-imaging tool into hospitals in Boston next year.",
    "On veut faire entrer notre outil d'imagerie des plaies dans des hôpitaux allemands.",
    "Our first paying customers will be clinics in France.",
    "Nos premiers clients seront des cliniques en France.",
    "How do we bring our sepsis alert into American health systems?",
])
def test_care_buyers_abroad_are_an_export_not_the_care_network(text: str) -> None:
    needs = infer(text).needs
    assert Need.export in needs and Need.procurement_pilot not in needs


@pytest.mark.parametrize("text", [
    "We trained the model on images from US hospitals.",
    "Le modèle a été entraîné sur des images venant des hôpitaux américains.",
])
def test_data_from_hospitals_abroad_is_no_market(text: str) -> None:
    assert Need.export not in infer(text).needs


@pytest.mark.parametrize("text", [
    "We want to roll the tool out across long-term care homes in the Laurentians.",
    "Comment implanter notre outil dans les CHSLD de Lanaudière?",
    "We'd like to bring our fall detector into nursing homes in Québec City.",
])
def test_care_homes_here_are_still_the_care_network(text: str) -> None:
    assert Need.procurement_pilot in infer(text).needs


@pytest.mark.parametrize(("text", "asked"), [
    ("Quelle courte liste nous proposes-tu pour ce client?", True),
    ("What short list would you put together for her?", True),
    ("Une liste courte de programmes, s'il te plaît.", True),
    ("We have a short list of three CTO candidates; how should we interview them?", False),
    ("Notre courte liste de candidats pour le poste de CTO est prête.", False),
])
def test_a_shortlist_asked_is_support_asked(text: str, asked: bool) -> None:
    assert support_asked(norm(text)) is asked


@pytest.mark.parametrize("question", [
    "Ma cliente, Rénal-Data, PME incorporée de 25 employés à Longueuil, démarre un projet de R-D de 18 mois sur un "
    "modèle de prédiction en dialyse et cherche de l'aide non remboursable ou fiscale. Quelle courte liste me proposes-tu?",
    "My client Renal-Data, an incorporated 25-employee SME in Longueuil, is starting an 18-month R&D project on a dialysis "
    "prediction model and wants non-repayable or tax support. What short list would you put together?",
])
def test_an_advisor_asking_a_shortlist_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and "nrc-irap" in [p.id for p in ans.programs]


@pytest.mark.parametrize("question", [
    "Two founders, AI for sleep-apnea screening, pre-revenue, currently in the Centech cohort. We want an angel or "
    "venture investor for our pre-seed round, no loans. Who should we talk to in Québec?",
    "Deux fondateurs, IA pour le dépistage de l'apnée du sommeil, pré-revenu, on est dans la cohorte de Centech. On "
    "cherche un investisseur en capital pour notre pré-amorçage, pas de prêts. Qui devrait-on approcher au Québec?",
])
def test_a_cohort_the_company_is_in_is_its_situation(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and len(ids) >= 3 and ids[0] != "centech"


@pytest.mark.parametrize("question", [
    "What does it cost to exhibit at the forum?",
    "Does joining their accelerator cost anything?",
    "Is the client path free of charge?",
    "Le parcours, c'est-tu gratuit?",
    "Combien ça coûte pour participer au forum?",
])
def test_what_taking_part_costs_asks_a_fee(question: str) -> None:
    assert "fee" in [m.name for m in asked_measures(question)]


def test_a_figure_not_recorded_is_not_stated() -> None:
    fee = next(m for m in asked_measures("Does it cost anything to join?") if m.name == "fee")
    assert not states(fee, "A pricing page exists (rates not recorded).")
    assert not states(fee, "Une page de tarification existe (tarifs non relevés).")
    assert states(fee, "Participation is free.")


@pytest.mark.parametrize(("question", "pid", "word"), [
    ("Is taking part in INPAQTS free, or do they charge something?", "inpaqts", "free"),
    ("Participer à INPAQTS, c'est-tu gratuit ou payant?", "inpaqts", "gratuit"),
    ("Is the MSSS Innovation Office's client path free of charge?", "msss-bureau-innovation", "free"),
    ("Le parcours client du Bureau de l'innovation du MSSS est-il gratuit?", "msss-bureau-innovation", "gratuit"),
])
def test_a_fee_asked_is_answered_by_what_the_record_states(assistant_bot: Assistant, question: str, pid: str,
                                                           word: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == pid and word in ans.answer.lower()
    assert "not published" not in ans.answer and "non publié" not in ans.answer  # no amount of support was asked


@pytest.mark.parametrize("question", [
    "Are there grants to help me redo the roof of my house?",
    "Y a-tu un prêt pour acheter mon premier condo?",
])
def test_personal_money_still_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("message", "first"), [
    ("ok and phase 2 goes up to how much?", "isc-challenge-stream"),
    ("pis la phase 2, ça monte à combien?", "isc-challenge-stream"),
    ("and is it still open?", "health-canada-device-advice-meetings"),  # no part named: the order shown
    ("and what about phase 7?", "health-canada-device-advice-meetings"),  # a part no record has
])
def test_a_part_named_points_at_the_program_that_has_it(assistant_bot: Assistant, message: str, first: str) -> None:
    shown = ["health-canada-device-advice-meetings", "isc-challenge-stream", "nrc-irap"]
    assert pointed_order(message, shown, assistant_bot.retriever.snapshot.programs)[0] == first


@pytest.mark.parametrize(("question", "first"), [
    ("PME MTL's FLS or the Fonds PME MTL: which one has the higher ceiling?", "pme-mtl-fls"),
    ("Entre le FLS de PME MTL et le Fonds PME MTL, lequel a le plafond le plus haut?", "pme-mtl-fls"),
    ("Our MRC's FLS or BDC's loans: which one lends more?", "fli-fls-mrc"),  # no family beside it: the MRCs' own
])
def test_a_short_name_compared_with_its_family_beside_is_that_familys(assistant_bot: Assistant, question: str,
                                                                      first: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and ans.programs[0].id == first


@pytest.mark.parametrize(("text", "one"), [
    ("that program that pays half of a new hire's salary, how long does it last?", True),
    ("Ce programme fédéral qui rembourse les frais d'examen, il est encore ouvert?", True),
    ("Which programs pay part of a new hire's salary?", False),
])
def test_a_demonstrative_opening_the_message_describes_one(text: str, one: bool) -> None:
    assert describes_one(text) is one


@pytest.mark.parametrize("question", [
    "that service that shortens ethics and contract approvals for first-in-human trials in Québec, how many weeks do "
    "they aim for?",
    "ce service qui raccourcit les approbations d'éthique et de contrats pour les essais de phase 1 au Québec, ça "
    "prend combien de semaines?",
])
def test_a_service_described_with_a_demonstrative_is_answered_as_that_service(assistant_bot: Assistant,
                                                                              question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and [p.id for p in ans.programs] == ["catalis-fast-track"]


@pytest.mark.parametrize("text", [
    "and how much do we have to put in ourselves?",
    "pis on doit mettre combien de notre poche?",
    "What's our own share of the project?",
    "C'est quoi la mise de fonds exigée?",
])
def test_the_companys_own_contribution_asks_a_share(text: str) -> None:
    assert "rate" in focuses_of(text)


@pytest.mark.parametrize(("question", "first"), [
    ("Québec International a-tu une vitrine pour les solutions développées avec un hôpital?", "inpaqts"),
    ("Does Québec International have a showcase for solutions built with a hospital?", "inpaqts"),
    ("Est-ce que le MSSS a un service pour aider une PME à entrer dans le réseau?", "msss-bureau-innovation"),
    ("Does the MSSS have a service that helps an SME get into the public health network?", "msss-bureau-innovation"),
])
def test_a_body_asked_whether_it_has_a_showcase_or_a_service_offers_its_own(assistant_bot: Assistant, question: str,
                                                                            first: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == first


@pytest.mark.parametrize(("text", "care"), [
    ("Comment rentrer dans le réseau avec notre outil de triage?", True),
    ("On veut entrer dans le réseau d'Anges Québec.", False),
])
def test_the_network_alone_after_a_verb_of_entry_is_the_care_network(text: str, care: bool) -> None:
    assert (Need.procurement_pilot in infer(text).needs) is care


@pytest.mark.parametrize(("question", "said"), [
    ("Two cofounders, pre-revenue, AI for wound imaging. We want an equity investor for our pre-seed, no loans. Who "
     "should we approach?", "(2 employees)"),
    ("Deux cofondateurs, pré-revenu, IA pour l'imagerie des plaies. On cherche un investisseur en capital pour notre "
     "pré-amorçage, pas de prêts. Qui approcher?", "(2 employés)"),
])
def test_a_headcount_written_in_words_keeps_the_answers_lead(assistant_bot: Assistant, question: str, said: str) -> None:
    ans = assistant_bot.ask(question)
    assert said in ans.answer.split("\n")[0]  # the figure check knows the asker's own headcount
