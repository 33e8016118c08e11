"""Company descriptions in more phrasings, in both languages: a place before "maker" or "manufacturer", a hyphenated
sector, the data a product works on (not data sought), and the development work money is for."""

from __future__ import annotations

import pytest

from assistant.understand.profile import infer
from common.vocab import Need, Sector


@pytest.mark.parametrize(("text", "region"), [
    ("Established Montréal maker of AI-enabled medical-imaging equipment, ~250 employees.", "montreal"),
    ("A Sherbrooke manufacturer of smart hospital beds, 75 people.", "estrie"),
    ("Montreal spin-off from Mila, 3 people.", "montreal"),
    ("Fabricant montréalais d'équipement d'imagerie médicale, 250 employés.", "montreal"),  # a control
])
def test_a_place_before_what_the_company_is(text: str, region: str) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("text", ["We make medical-imaging software.", "Nous faisons de l'imagerie médicale par IA."])
def test_medical_imaging_hyphenated_or_not_is_medtech(text: str) -> None:
    assert Sector.medtech in infer(text).sectors


@pytest.mark.parametrize(("text", "seeks"), [
    ("Our FHIR platform uses AI to structure clinical data, and we want a research project with UQO.", False),
    ("Notre plateforme utilise l'IA pour structurer les données cliniques.", False),
    ("Vaut-il mieux héberger nos données de patients chez OVHcloud?", False),
    ("We need clinical data to train our model.", True),  # controls: data sought
    ("How do we get access to hospital data?", True),
    ("On veut accéder aux données de la RAMQ.", True),
])
def test_data_the_product_works_on_is_not_data_sought(text: str, seeks: bool) -> None:
    assert (Need.data_access in infer(text).needs) is seeks


@pytest.mark.parametrize("text", ["What more could we get in Québec for our development work and our salaries?",
                                  "Qu'est-ce qu'on pourrait aller chercher de plus pour nos travaux de développement?"])
def test_development_work_is_what_the_money_is_for(text: str) -> None:
    assert Need.rd in infer(text).needs
