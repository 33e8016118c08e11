"""Every country of the world is a place abroad (pycountry's names, French and English), not only the hand table's;
names that are also words or places here are not; more matters and trades outside the corpus."""

from __future__ import annotations

import pytest

from assistant.answer.texts import table
from assistant.service import Assistant
from assistant.understand.advice import PERSONAL, outside
from assistant.understand.business import other_sector
from assistant.understand.places import countries
from common.lang import fold


@pytest.mark.parametrize(("text", "codes"), [
    ("a health AI startup in Nairobi, Kenya", ["KE"]),
    ("notre filiale au Sénégal", ["SN"]),
    ("we sell in Germany and Nigeria", ["DE", "NG"]),
    # words and places here that are also a country's name elsewhere
    ("on a une réunion avec Maurice à Trois-Rivières en Mauricie", []),
    ("Chad and Jordan, our two co-founders, live in Saint-Barthélemy", []),
    ("une startup de la Corée du Sud", ["KR"]),  # the hand table's Korea, not North Korea's short name too
])
def test_every_country_is_read_and_common_words_are_not(text: str, codes: list[str]) -> None:
    assert countries(fold(text)) == codes


def test_the_world_countries_have_names_in_both_languages() -> None:
    assert table("fr", "countries")["KE"] == "Kenya" and table("en", "countries")["SN"] == "Senegal"
    assert table("fr", "countries")["DE"] == "Allemagne"  # the hand table's names stay


@pytest.mark.parametrize(("question", "off"), [
    ("Our medtech company is registered and operating in Kenya; which government grants can we claim there?", True),
    ("Startup d'IA en santé ici à Dakar, au Sénégal : quelles subventions locales?", True),
    ("We're a health AI startup here in Accra, Ghana: what grants exist locally?", True),
    ("Which Enterprise Estonia schemes could fund our e-health startup in Tallinn?", True),
    # selling or hiring there stays ours
    ("Notre startup montréalaise en IA médicale veut exporter au Kenya : quelles aides?", False),
    ("We want to hire a data scientist who lives in Vietnam for our Montréal AI startup; which programs help?", False),
])
def test_a_home_anywhere_abroad_is_not_ours(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


def test_more_trades_and_personal_matters_outside_the_corpus() -> None:
    assert other_sector(fold("notre studio de jeux vidéo à Montréal")) and other_sector(fold("an indie video game studio"))
    assert other_sector(fold("mon agence immobilière à Laval"))
    assert not other_sector(fold("notre startup d'IA en imagerie médicale"))
    assert PERSONAL.search(fold("le montant de mon prêt et bourse"))
    assert outside("Comment demander mon congé parental au RQAP?") and outside("How does parental leave work for our CTO?")
    assert outside("Peux-tu traduire en anglais ce paragraphe : « Nous embauchons. »")
    assert outside("Can you translate into French this sentence: we are hiring.")


@pytest.mark.parametrize(("question", "off"), [
    ("Notre boîte à Anvers fait de l'IA pour la pathologie : quelles aides d'Innoviris ou de VLAIO demander?", True),
    ("We're a medtech in Oslo; what share of costs does an Innovation Norway grant cover?", True),
    ("Our team operates out of Nairobi, Kenya, building an AI triage app: which grants fit?", True),
    ("Jeune pousse basée à Dakar, au Sénégal : quels financements publics pour l'e-santé?", True),
    ("We run a small fintech in Montréal doing credit scoring with ML; any non-dilutive funding?", True),
    ("Notre studio de production vidéo à Laval veut acheter des caméras : quelles subventions?", True),
    ("I got laid off by a medtech startup last month; how do I apply for EI?", True),
    ("Write a job posting for a bilingual ML engineer at our Montréal health AI startup.", True),
    ("Résume-moi cet article : « Un modèle de vision a détecté 92 % des rétinopathies chez 1 800 patients. »", True),
    ("Combien Valence Labs a-t-elle levé lors de sa dernière ronde de financement?", True),
    # support asked by a health company stays ours
    ("Our Montréal health AI startup laid off two people; which wage subsidies could help us rehire?", False),
    ("Notre medtech de Laval veut vendre en Belgique : quelles aides à l'export?", False),
])
def test_hard_off_topic_questions_in_our_domains_words(assistant_bot: Assistant, question: str, off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off


@pytest.mark.parametrize(("question", "off"), [
    ("Nous voulons nous incorporer : société fédérale ou provinciale, et quels formulaires au Registraire des entreprises?",
     True),
    ("Comment m'inscrire au guichet d'accès pour avoir un médecin de famille?", True),  # not the ISQ's data access
    ("I trained as a physician abroad; what exams do I need to get licensed to practise in Québec?", True),
    ("Peux-tu me faire un logo pour notre jeune pousse en IA médicale?", True),
    ("J'ai une entrevue chez une medtech demain, t'as des conseils pour mon entrevue?", True),
    ("Le guichet d'accès aux données de l'ISQ donne-t-il accès aux données de la RAMQ?", False),
])
def test_company_set_up_patient_services_and_tasks_are_not_ours(assistant_bot: Assistant, question: str,
                                                               off: bool) -> None:
    assert assistant_bot.ask(question).abstained is off
