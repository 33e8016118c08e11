"""The size of a program itself asked ("how big is its fund", « relancé avec combien ») is answered by the fact that
states its envelope, the record's current one first; an amount asked for one company never is."""

from __future__ import annotations

import pytest

from assistant.answer.passages import rank_facts
from assistant.service import Assistant


@pytest.mark.parametrize(("pid", "question", "lang", "figure"), [
    ("evol", "How big is Evol's fund?", "en", "52.5"),
    ("evol", "À combien s'élève son fonds, à Evol?", "fr", "52,5"),
])
def test_the_size_asked_is_the_envelope(assistant_bot: Assistant, pid: str, question: str, lang: str,
                                        figure: str) -> None:
    p = assistant_bot.retriever.snapshot.programs[pid]
    first = rank_facts(p, question, "amount", lang)[0]
    assert figure in p.facts[first].get(lang), p.facts[first].get(lang)


@pytest.mark.parametrize("question", ["BioMed Propulsion: how much money was it relaunched with in 2021, and renewed "
                                      "with in 2023?", "BioMed Propulsion, y'a été relancé avec combien en 2021, pis "
                                      "renouvelé avec combien en 2023?"])
def test_a_relaunch_and_a_renewal_asked_are_answered(assistant_bot: Assistant, question: str) -> None:
    text = assistant_bot.ask(question).answer
    assert "44" in text and "50" in text, text[:400]


@pytest.mark.parametrize(("question", "lang"), [("How much can one company borrow from Evol?", "en"),
                                                ("Combien une entreprise peut-elle emprunter chez Evol?", "fr")])
def test_an_amount_for_one_company_is_never_the_envelope(assistant_bot: Assistant, question: str, lang: str) -> None:
    p = assistant_bot.retriever.snapshot.programs["evol"]
    first = rank_facts(p, question, "amount", lang)[0]
    assert "52" not in p.facts[first].get(lang) and "19" not in p.facts[first].get(lang)
