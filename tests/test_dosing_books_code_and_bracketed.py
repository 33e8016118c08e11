"""A dose, the books, code to write, pay and a pitch to rehearse are no support asked, whatever program the message
names; a program asked about by an acronym in brackets, by inversion or after « de » is said unknown (2026-12-06,
thirty-second session)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize("question", [
    "We make a glucose-monitoring app funded by a BDC loan. How do I convert a patient's insulin dose when they switch "
    "brands?",
    "C'est quoi la dose maximale d'acétaminophène par jour? Je stresse depuis qu'on a déposé notre demande au PARI.",
    "Écris-moi une requête SQL qui compte les admissions par mois dans l'entrepôt de données de notre hôpital partenaire.",
    "How should we record our SR&ED refund in the financial statements under IFRS?",
    "Comment comptabiliser la subvention du PARI dans nos états financiers?",
    "Comment licencier un employé en période de probation? On l'a embauché grâce à Mitacs.",
    "Help me rehearse our pitch for the Dobson Cup: play the role of a tough judge.",
    "We got Scale AI funding last month. How do I set up a Kubernetes cluster with encryption at rest for our patient "
    "data?",
])
def test_a_matter_no_program_answers_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "name"), [
    ("Le CRBQ (Centre régional de biotechnologie du Québec) offre-t-il des subventions aux jeunes pousses?", "CRBQ"),
    ("Comment s'inscrire au programme d'incubation de Kivanta pour une jeune pousse en santé numérique?", "Kivanta"),
    ("Le crédit d'impôt pour les jeunes entreprises en santé (CJES), c'est quoi le taux?", "CJES"),
])
def test_an_unknown_program_asked_in_french_forms_is_said_unknown(assistant_bot: Assistant, question: str,
                                                                  name: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and name in ans.answer.split("\n")[0], ans.answer[:200]


@pytest.mark.parametrize("question", [
    "Pour inscrire un médicament aux listes de la RAMQ, combien de temps avant le dépôt faut-il envoyer le préavis à "
    "l'INESSS?",
    "What is the phone number to apply to IRAP?",
    "Can Mitacs fund an intern for our ISO 13485 work?",
    "Le crédit d'impôt pour la R-D (CRIC), c'est quoi le taux?",
    "Is there a program that pays for cloud computing for our AI startup?",
])
def test_support_and_facts_beside_those_matters_are_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained
