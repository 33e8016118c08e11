"""A question asking a measure no source states (an approval rate, a processing time, the equity taken, a fee, an
average) is told so first and abstains, what the sources do state kept as context; a measure the sources state, or a
question asking something else too, is answered (2026-12-06, thirty-third session)."""

from __future__ import annotations

import pytest

from assistant.answer.measures import asked_measures, states, unstated
from assistant.answer.periods import period_unstated
from assistant.answer.texts import label
from assistant.service import Assistant


@pytest.mark.parametrize(("question", "measure"), [
    ("What is the approval rate for IRAP applications?", "approval"),
    ("What percentage of applications to the CRIC get accepted?", "approval"),
    ("Out of the companies that apply, how many actually end up with a grant?", "approval"),
    ("Quel est le taux d'acceptation des demandes au PARI?", "approval"),
    ("What interest rate does the lender charge on a startup loan?", "interest"),
    ("Le prêt porte intérêt à quel taux? Quel taux d'intérêt?", "interest"),
    ("How long does it usually take to get a decision on the file?", "processing"),
    ("Quel est le délai de traitement d'une demande?", "processing"),
    ("How much equity does the accelerator take?", "equity"),
    ("Quelle participation au capital prend le fonds?", "equity"),
    ("What are the membership fees for a 10-person company?", "fee"),
    ("Combien coûte l'adhésion annuelle pour une PME?", "fee"),
    ("What's the CDL-Montréal fee for a startup?", "fee"),
    ("Combien ça coûte pour participer au programme?", "fee"),
    ("How much do angels invest on average in a seed round?", "average"),
    ("Quel est le montant moyen d'une subvention?", "average"),
    ("How much did angel investors put into Canadian biotech in 2023?", "market"),
    ("Combien les jeunes pousses en santé ont-elles levé au total l'an dernier?", "market"),
])
def test_the_measure_asked_is_read_in_both_languages(question: str, measure: str) -> None:
    assert measure in [m.name for m in asked_measures(question)]


@pytest.mark.parametrize("question", [
    "What share of salaries does IRAP cover?",
    "How long does an IRAP-funded project last?",
    "Quel est le taux du crédit d'impôt RS&DE?",
    "What are the eligible costs under MEDTEQ+?",
    "We are a mid-sized company with average revenue of $2M; which grants fit us?",
    "Une PME de taille moyenne peut-elle demander le CRIC?",
    "Can I submit an expression of interest to the Eureka call?",
    "How much did we raise from IRAP last year, and what else is there?",  # our own money, not a market's
    "Combien pouvons-nous lever auprès d'investisseurs en 2027?",
])
def test_questions_about_stated_facts_ask_no_such_measure(question: str) -> None:
    assert asked_measures(question) == []


def test_a_sentence_states_a_measure_only_with_its_words_and_figure() -> None:
    (approval,) = asked_measures("What is the approval rate?")
    assert states(approval, "About 30% of applications are approved each year.")
    assert not states(approval, "Cost share: up to 80% of salaries.")  # a rate, but not of approvals
    assert not states(approval, "The program is accepting applications.")  # the words, no rate
    (processing,) = asked_measures("How long does the review take?")
    assert states(processing, "Health Canada answers a meeting request within 10 business days.")
    assert not states(processing, "The Accélération program lasts 12 weeks.")  # a course's length, not a delay
    assert states(processing, "A 10-business-day service standard for the permit.")  # a hyphenated time
    (equity,) = asked_measures("How much equity does it take?")
    assert states(equity, "The program takes no equity.")
    assert not states(equity, "Alumni created more than $1 billion in equity value.")


def test_a_second_ask_the_text_answers_keeps_the_answer() -> None:
    missing, alone = unstated("What is the maximum grant, and what is the approval rate?", "Up to $50,000. [1]")
    assert [m.name for m in missing] == ["approval"] and not alone
    missing, alone = unstated("What is the approval rate?", "Up to $50,000. [1]")
    assert [m.name for m in missing] == ["approval"] and alone


@pytest.mark.parametrize(("question", "said"), [
    ("What is the approval rate for NRC IRAP applications?", "do not state the approval rate"),
    ("Quel est le taux d'acceptation des projets au programme Impact de MEDTEQ+?", "ne donnent pas le taux d'acceptation"),
    ("How long does Investissement Québec take to analyze a Fonds Impulsion file?", "do not state the processing time"),
    ("How much equity does CDL-Montréal take from its startups?", "do not state the equity taken"),
])
def test_an_unstated_measure_is_said_and_the_answer_abstains(assistant_bot: Assistant, question: str,
                                                              said: str) -> None:
    ans = assistant_bot.ask(question)
    assert said in ans.answer
    assert ans.abstained
    assert ans.citations  # what the sources do say, cited, as context


def test_a_measure_the_sources_state_is_answered(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What interest rate does Futurpreneur charge on its startup loan?")
    assert not ans.abstained
    assert "do not state" not in ans.answer and "prime" in ans.answer


def test_an_unstated_measure_beside_a_stated_ask_is_answered(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What is the maximum NRC IRAP contribution for a small project, and what's the approval rate?")
    assert not ans.abstained
    assert "do not state the approval rate" in ans.answer and "50,000" in ans.answer


@pytest.mark.parametrize("question", [
    "Combien vaut par année la bourse postdoctorale entrepreneur d'IVADO?",
    "How much is an IVADO entrepreneur postdoc fellowship worth?",
])
def test_an_amount_alone_asked_of_a_program_publishing_none_abstains(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained
    assert "not published" in ans.answer or "non publié" in ans.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("What's the Global Talent Stream processing fee for each position?", "1,000"),  # a fee answers "how much"
    ("Combien coûtent les frais de traitement du Volet des talents mondiaux par poste?", "1 000"),
])
def test_an_amount_the_sources_state_otherwise_is_answered(assistant_bot: Assistant, question: str, figure: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and figure in ans.answer


def test_an_amount_asked_beside_another_ask_is_answered(assistant_bot: Assistant) -> None:
    assert not assistant_bot.ask("What does the NRC IRAP AI Assist program fund, and up to how much?").abstained


@pytest.mark.parametrize(("question", "said"), [
    ("How much money did the CIFAR AI4Health task force say the national strategy should get?", "this figure"),
    ("Combien d'entreprises ont reçu un cofinancement de projet de Scale AI en 2025?", "pour 2025"),
    ("How many researchers benefited from the foreign researchers' tax holiday in 2024?", "beneficiaries (companies, projects or people) for 2024"),
])
def test_a_figure_no_sentence_states_is_said_missing(assistant_bot: Assistant, question: str, said: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and said in ans.answer


def test_a_figure_for_another_period_is_not_the_one_asked() -> None:
    stating = ["- The strategy plans $211 million in budget credits for 2022-2025. [1]"]
    text = "According to *Life Sciences Strategy 2017-2027*:\n" + "\n".join(stating)
    assert not period_unstated("How much for 2023?", text, stating, "2023")  # the period holds it
    assert period_unstated("How much in 2027?", text, stating, "2027")  # only the title's range holds it
    held = "According to *The study (2019)*:\n- 40% of companies used AI. [1]"
    assert not period_unstated("In 2019, what share?", held, ["- 40% of companies used AI. [1]"], "2019")
    seen = "- 40% of companies used AI. [1]\n- Status: open (seen March 1, 2026); facts checked December 1, 2026. [2]"
    assert period_unstated("What share as of 2026?", seen, ["- 40% of companies used AI. [1]"], "2026")  # a page read


@pytest.mark.parametrize("ask", [
    "What will the next strategy's budget be?", "Quel budget pour la stratégie qui suivra 2022-2025?",
    "Is there money for a third phase of the national AI strategy?", "Combien pour la phase 3 de la stratégie?",
])
def test_a_later_edition_is_stated_only_by_a_later_figure(ask: str) -> None:
    stating = ["- Phase 2 was launched in 2022 with $443 million, for 2022-2025. [1]"]
    assert period_unstated(ask, "\n".join(stating), stating, None)
    later = ["- The next strategy, for 2026-2029, plans $300 million. [1]"]
    assert not period_unstated(ask, "\n".join(later), later, None)


@pytest.mark.parametrize(("question", "lang", "measure"), [
    ("How much did private investors put into Québec life sciences during 2024?", "en", "market"),
    ("Combien d'argent les investisseurs privés ont-ils mis dans les sciences de la vie en 2024?", "fr", "period"),
    ("Quel budget Québec prévoit-il pour sa prochaine stratégie des sciences de la vie?", "fr", "period"),
    ("What budget has Ottawa set for a third phase of its AI strategy?", "en", "period"),
])
def test_a_period_the_sources_lack_is_said_and_the_answer_abstains(assistant_bot: Assistant, question: str,
                                                                  lang: str, measure: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and label(lang, "measures", measure) in ans.answer, ans.answer
