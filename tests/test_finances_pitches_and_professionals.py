"""The company's own finances to compute (runway, option pool), a text to improve or a pitch to write, a concept to
explain to someone, code that fails, cloud prices, one's savings, a professional to recommend, a market salary and
one's own tax return are declined whatever support they mention; support asked beside such words is answered
(2026-12-06, thirty-third session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize("question", [
    "Calculate our runway: $400k in the bank, $45k burn a month, and an IRAP payment of $60k due in May.",
    "Estime notre piste financière : 600 000 $ en banque, 50 000 $ de dépenses par mois et un crédit RS&DE à venir.",
    "What size should the option pool be before our seed round with Real Ventures?",
    "Rends ce paragraphe de notre demande au PARI plus percutant : « Notre plateforme trie les références en dermatologie. »",
    "Could you make our MEDTEQ+ application summary shorter? It's two pages.",
    "Translate our job posting for a Mitacs intern into English: « Nous cherchons un stagiaire en vision artificielle ».",
    "Write me a 30-second pitch for an investor at Inovia; we predict sepsis from ICU vitals.",
    "Explique-moi le surapprentissage comme si j'étais une gestionnaire d'hôpital qui finance notre projet pilote.",
    "Can you recommend a good accountant in Québec City who knows SR&ED claims well?",
    "C'est quoi le salaire normal d'un ingénieur en apprentissage machine à Montréal? Pas besoin de subvention.",
    "Can I deduct my home office on my personal tax return even though my startup got a Mitacs grant?",
    "Our IRAP-funded intern's PyTorch model gives a NaN loss after two epochs. Any idea why?",
    "Could you explain what a ROC curve is, like I'm a hospital board member approving our pilot?",
    "Should I invest my $20k signing bonus in a TFSA or an RRSP? I just joined a Montréal medtech.",
    "Which of AWS, Azure or OVH has the cheapest GPUs for a 5-person health AI startup in Québec?",
])
def test_a_request_about_the_company_itself_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Before I draft our pitch deck, which grants could a Montréal AI imaging startup stack with its seed round?",
    "Our runway is six months. Which non-dilutive programs pay out fastest for a health AI startup?",
    "Is there a program that pays an accountant to prepare our first SR&ED claim?",
    "Y a-t-il un programme pour payer un stagiaire qui traduirait notre plateforme en anglais?",
])
def test_support_asked_beside_those_words_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Summarise the attention-is-all-you-need paper in five bullet points for our new grant-writing intern.",
    "Outline a 3-day plan for our team at the HLTH conference in Las Vegas; we sell AI triage to hospitals.",
    "Explain the difference between recall and precision with our stroke-detection model at the MUHC as the example.",
    "Résume en cinq points l'article original sur les réseaux de neurones convolutifs pour notre nouvelle stagiaire.",
])
def test_a_task_in_the_imperative_that_names_no_support_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Summarize the main findings of the InVivo study on AI in life sciences.",
    "Explain how the SR&ED tax credit works for a small startup.",
    "Find me grants for a 5-person AI imaging startup in Québec.",
    "Trouve-moi du financement pour embaucher une stagiaire en science des données.",
])
def test_a_task_in_the_imperative_about_support_or_a_study_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "How many board seats should we have after our seed round with Inovia, and do we need an independent director?",
    "What's a fair equity split between three co-founders of a Sherbrooke medtech that just got its first grant?",
])
def test_the_board_and_the_founders_equity_are_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "We're filing our first medical device licence with Health Canada. Is there any break on the fees for small firms?",
    "Y a-t-il des frais réduits à Santé Canada pour une petite entreprise qui dépose un instrument médical?",
])
def test_relief_on_fees_is_support_asked(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained
    assert "health-canada-small-business-fee-reduction" in [p.id for p in ans.programs]
