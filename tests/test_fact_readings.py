"""One program's fact asked in more ways: a time or a number to call, a program described by its owner's possessive or
standing alone, Ottawa as an owner, and a name written with a typographic dash."""

from __future__ import annotations

import re

import pytest

from assistant.service import Assistant
from assistant.understand.intent import focus_of


@pytest.mark.parametrize(("text", "focus"), [
    ("What approval time does that trial service aim for?", "duration"),
    ("Quel est le délai visé pour approuver l'essai?", "duration"),
    ("What's the typical turnaround time?", "duration"),
    ("What number do I call to reach an advisor?", "apply"),
    ("C'est quoi le numéro de téléphone pour les joindre?", "apply"),
    ("Which code do we enter on the corporate return to claim it?", "apply"),
    ("Quel formulaire faut-il joindre?", "apply"),
    # controls: a phone-free question, and a time that is a date
    ("What is the maximum per project?", "amount"),
    ("When is the deadline?", "date"),
])
def test_a_time_a_number_to_call_or_a_form_is_the_fact_asked(text: str, focus: str) -> None:
    assert focus_of(text) == focus


@pytest.mark.parametrize(("question", "pid", "wanted"), [
    # a possessive is a definite description: the owner's one program
    ("NSERC's tech-transfer grant for pushing a university invention toward market: in the phase where a company "
     "pays half the costs, what is the cap?", "nserc-i2i", r"350[\s,.\u00a0\u202f]?000"),
    ("The Québec non-profit service that speeds up the approval of early-phase clinical trials in hospitals: what "
     "approval time does it aim for?", "catalis-fast-track", r"\b8\s+weeks\b|\beight weeks\b"),
    # no article, but one program stands alone far above the others
    ("Santé Canada a-tu des rabais sur les frais d'homologation pour les petites compagnies de dispositifs médicaux? "
     "C'est quoi le seuil d'employés pour être une « petite entreprise »?", "health-canada-small-business-fee-reduction",
     r"100 employés"),
])
def test_a_program_described_without_its_name_gets_its_fact(assistant_bot: Assistant, question: str, pid: str,
                                                            wanted: str) -> None:
    ans = assistant_bot.ask(question)
    body = ans.answer.split("\n[1]")[0]
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == [pid], body[:300]
    assert re.search(wanted, body), body[:400]


@pytest.mark.parametrize(("question", "wanted"), [
    ("What's the phone number of IQ's client portal for the PSCE?", "1 844 474-6367"),
    ("Pour le PSCE d'Investissement Québec, c'est quoi le numéro de téléphone?", "1 844 474-6367"),
])
def test_the_number_to_call_is_answered(assistant_bot: Assistant, question: str, wanted: str) -> None:
    assert wanted in assistant_bot.ask(question).answer.split("\n[1]")[0]


def test_ottawas_fund_is_the_federal_governments(assistant_bot: Assistant) -> None:
    """"Ottawa's big innovation fund" names the federal government as an owner, not the city in Ontario; a company
    from Ottawa is still from Ontario."""
    ans = assistant_bot.ask("Ottawa's big innovation fund for projects over $20 million: what is the smallest "
                            "contribution one can request?")
    assert not ans.abstained and [p.id for p in ans.programs][:1] == ["sif"]
    assert assistant_bot.ask("We're an Ottawa medtech startup; what grants does Ontario offer?").abstained


@pytest.mark.parametrize("question", ["When does NRC IRAP's 2026 Canada\u2013Singapore call close?",
                                      "L'appel Canada\u2013Singapour 2026 du PARI ferme quand?"])
def test_a_name_written_with_a_typographic_dash_is_found(assistant_bot: Assistant, question: str) -> None:
    assert [p.id for p in assistant_bot.ask(question).programs][:1] == ["nrc-irap-eureka-bilateral-calls"]


def test_a_company_describing_itself_gets_a_list_even_when_one_program_stands_out(assistant_bot: Assistant) -> None:
    """A 9-person company asking what exists before filing is asking what it can use, not one program's fact."""
    ans = assistant_bot.ask("Nous sommes une jeune entreprise de Lévis (9 employés) qui prépare sa première demande "
                            "d'homologation à Santé Canada pour un logiciel d'IA, un dispositif médical de classe II. "
                            "Existe-t-il des réductions de frais ou un accompagnement réglementaire avant le dépôt?")
    assert ans.intent == "programs" and len(ans.programs) > 1


@pytest.mark.parametrize(("text", "one"), [("NSERC's tech-transfer grant", True), ("la subvention de la Ville", True),
                                          ("what's a good grant for us", False), ("it's a grant, right?", False)])
def test_a_possessive_describes_one_program_a_contraction_does_not(text: str, one: bool) -> None:
    from assistant.answer.described import ONE_THING
    from common.lang import fold
    assert bool(ONE_THING.search(fold(text))) is one


def test_the_fields_that_describe_the_company_are_profile_fields() -> None:
    """described.OWN_STATE names Profile fields: a renamed field must not silently turn the rule off."""
    from assistant.answer.described import OWN_STATE
    from assistant.models import Profile
    assert set(Profile.model_fields) >= OWN_STATE
