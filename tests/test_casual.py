"""Québec French chat forms (« chu », « pis », « y'a-tu », « la diff », « partir une compagnie ») are read as the
standard words, so a casual question gets the answer its standard wording gets; English is left alone."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.casual import standard
from common.vocab import Need


@pytest.mark.parametrize(("text", "want"), [
    ("C'est quoi la diff entre le PARI pis le CRIC?", "C'est quoi la différence entre le PARI et le CRIC?"),
    ("Chu postdoc pis je veux partir une compagnie.", "je suis postdoc et je veux lancer une compagnie."),
    ("Y'a-tu des subventions pour ça?", "y a-t-il des subventions pour ça?"),
    ("C’est-tu encore ouvert?", "est-ce que c'est encore ouvert?"),
    ("Y'avait combien de startups icitte en 2019?", "il y avait combien de startups ici en 2019?"),
    ("Chus fondatrice, faque y'en a-tu pour nous astheure?", "je suis fondatrice, donc y en a-t-il pour nous maintenant?"),
    ("Is there a pis?", "Is there a pis?"),  # English: untouched
    ("Je veux partir demain.", "Je veux partir demain."),  # leaving, not starting a company
    # the hospital, not « je suis »: in capitals, or after an article or a preposition
    ("On veut tester notre outil au CHU de Québec.", "On veut tester notre outil au CHU de Québec."),
    ("Chu en lien avec le chu de Sherbrooke pis le CHUS.", "je suis en lien avec le chu de Sherbrooke et le CHUS."),
])
def test_chat_forms_are_written_out(text: str, want: str) -> None:
    assert standard(text) == want


def test_a_casual_comparison_is_a_comparison(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("C'est quoi la diff entre le PARI pis le CRIC?")
    assert ans.intent == "compare" and {p.id for p in ans.programs} == {"nrc-irap", "cric"}, ans.answer


def test_a_casual_postdoc_is_who_asks(assistant_bot: Assistant) -> None:
    casual = assistant_bot.ask("Chu postdoc à l'Université Laval pis je veux partir une compagnie avec mon invention "
                               "en imagerie médicale. Je commence par où?")
    plain = assistant_bot.ask("Je suis postdoctorante à l'Université Laval et je veux fonder une entreprise à partir de "
                              "mon invention en imagerie médicale. Par où commencer?")
    assert casual.profile.academic and casual.profile.academic == plain.profile.academic
    assert {p.id for p in casual.programs[:3]} & {p.id for p in plain.programs[:3]}


def test_a_hospital_acronym_is_a_place_to_test(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("On veut tester notre outil au CHU de Québec : quel financement?")
    assert Need.procurement_pilot in ans.profile.needs, ans.profile
