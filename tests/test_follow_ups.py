"""Follow-ups read as a founder means them: "it" that points at no program, a place asked last, a move, a party
already met, the government of what the company already gets, and a hire asked in two words."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.conversation import MORE_NEEDED, refers_back
from assistant.understand.level import asked_government
from assistant.understand.profile import infer
from assistant.understand.text import held
from common.lang import fold
from common.vocab import Government, Need


@pytest.mark.parametrize(("message", "points"), [
    ("Got it. We also really need to hire now: ML master's students. What helps with that?", False),
    ("Correction, sorry: it's 14 full-time employees, not 4. Does that change anything?", False),
    ("We'll also need a Health Canada licence since it's software as a medical device.", False),
    ("It's a class II device; any help on the regulatory side?", False),
    ("Is it still open?", True),  # controls: "it" is the program just shown
    ("Could a seed startup like ours use it?", True),
    ("It's a loan or a grant?", True),
])
def test_it_that_points_at_no_program(message: str, points: bool) -> None:
    assert refers_back(message) is points


def test_a_need_stated_with_an_adverb_is_another_need() -> None:
    assert MORE_NEEDED.search(fold("We also really need to hire now."))
    assert MORE_NEEDED.search(fold("We still need lab space."))


@pytest.mark.parametrize(("message", "region"), [
    ("Same for Gatineau?", "outaouais"),
    ("Et pour Gatineau?", "outaouais"),
    ("What about Rimouski?", "bas-saint-laurent"),
    ("We're moving our head office and the whole team to Montreal in January.", "montreal"),
    ("Programs for Montreal startups in AI?", None),  # a place before more words: not a company fact read here
])
def test_a_place_asked_last_or_moved_to(message: str, region: str | None) -> None:
    assert infer(message).region == region


@pytest.mark.parametrize(("message", "government"), [
    ("Nous réclamons déjà la RS&DE au fédéral depuis deux ans. Quels autres crédits d'impôt pourrions-nous demander?",
     None),
    ("We already get federal grants. What else is there?", None),
    ("Is there federal support for AI startups?", Government.federal),  # control
    ("Y a-t-il de l'aide du fédéral pour nous?", Government.federal),
])
def test_the_government_of_what_the_company_already_gets_is_not_asked(message: str,
                                                                      government: Government | None) -> None:
    assert asked_government(fold(message)) == government


@pytest.mark.parametrize(("text", "name"), [
    ("already talked to real ventures. who else could come in?", "real ventures"),
    ("on a deja rencontre amplitude, qui d'autre?", "amplitude"),
    ("we're in the centech incubator; who would invest?", "centech"),
])
def test_a_party_already_met_or_a_place_the_company_is_in_is_held(text: str, name: str) -> None:
    assert held(text, text.index(name))


def test_to_hire_in_two_words_is_a_talent_need() -> None:
    assert Need.talent in infer("Pis pour engager?").needs
    assert Need.talent not in infer("On veut engager des dépenses en R-D.").needs


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("What loans are there for a 4-person digital-health startup based in Montreal?", "Same for Gatineau?",
     "fli-fls-mrc"),
    ("Quels prêts existent pour une jeune entreprise de santé numérique de quatre employés établie à Montréal?",
     "Et pour Gatineau?", "fli-fls-mrc"),
    ("Bonjour, nous sommes une entreprise québécoise de 11 employés qui édite un logiciel de documentation clinique "
     "dont le cœur est un modèle de langage. Quels crédits d'impôt existent pour la R-D?",
     "Nous réclamons déjà la RS&DE au fédéral depuis deux ans. Quels autres crédits d'impôt pourrions-nous demander?",
     "cric"),
    ("Montreal startup, 7 people, AI fall detection for seniors. We collaborate with a professor at ÉTS. Looking for "
     "non-dilutive money for the prototype.", "Got it. We also really need to hire now: ML master's students plus "
     "some summer interns. What helps with that?", "mitacs-accelerate"),
])
def test_a_follow_up_gives_a_new_list(assistant_bot: Assistant, first: str, then: str, expected: str) -> None:
    one = assistant_bot.ask(first)
    two = assistant_bot.ask(then, session_id=one.session_id)
    shown = [p.id for p in two.programs][:5]
    assert two.intent == "programs" and expected in shown, (two.intent, shown)
