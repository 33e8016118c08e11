"""A question about a group's support ("Is there a fund for women entrepreneurs?") puts that group's programs first,
in both languages, without saying that the asker belongs to it (their eligibility stays to confirm)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.understand.profile import infer
from common.vocab import Group


@pytest.mark.parametrize(("text", "groups"), [
    ("Is there a fund for women entrepreneurs?", [Group.women]),
    ("Y a-t-il un fonds pour les femmes entrepreneures?", [Group.women]),
    ("Is there support for a Black founder launching a medtech startup?", [Group.black_entrepreneurs]),
    ("Existe-t-il du soutien pour un fondateur noir qui lance une jeune pousse?", [Group.black_entrepreneurs]),
    ("Programs for Indigenous entrepreneurs?", [Group.indigenous]),
    ("Des programmes pour les Autochtones?", [Group.indigenous]),
    ("I am a woman founder of a startup.", []),  # her own group (audience), not one asked about
    ("Quels programmes pour les jeunes entrepreneurs en santé?", [Group.youth]),
    ("Is there help for newcomers starting a company?", [Group.newcomers]),
    # a sector or a startup, not a group
    ("We build an app for women's health.", []), ("une application en santé des femmes", []),
    ("Notre jeune pousse cherche des subventions.", []),
])
def test_the_group_a_question_asks_about_is_read(text: str, groups: list[Group]) -> None:
    assert infer(text).groups_asked == groups


@pytest.mark.parametrize(("question", "group"), [
    ("Is there a fund for women entrepreneurs?", "women"),
    ("Y a-t-il un fonds pour les femmes entrepreneures?", "women"),
    ("Is there support for a Black founder launching a medtech startup in Montréal?", "black_entrepreneurs"),
    ("Existe-t-il du soutien pour un fondateur noir qui lance une jeune pousse medtech à Montréal?",
     "black_entrepreneurs"),
])
def test_a_groups_programs_come_first_when_the_question_asks_about_it(assistant_bot: Any, question: str,
                                                                     group: str) -> None:
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    first = programs[ans.programs[0].id]
    assert group in {a.group.value for a in first.audience}
    assert ans.programs[0].fit == "check"  # the asker did not say she belongs to it: to confirm


@pytest.mark.parametrize(("first", "then", "note"), [
    ("Which investors fund seed-stage medtech in Québec?", "Any that focus on women founders?",
     "No program in my sources reserved for this group"),
    ("Quels investisseurs financent les medtech au stade d'amorçage au Québec?",
     "Y en a-t-il pour les femmes fondatrices?", "Aucun programme de mes sources réservé à ce public"),
])
def test_a_group_asked_after_an_instrument_gets_its_own_programs_and_is_told_their_kind(
        assistant_bot: Any, first: str, then: str, note: str) -> None:
    """No women-focused equity in the corpus: the women-reserved programs (loans, an accelerator) come first, and the
    answer says none of them is the kind asked, rather than listing the same investors again."""
    sid = assistant_bot.ask(first).session_id
    ans = assistant_bot.ask(then, session_id=sid)
    firsts = [p.id for p in ans.programs[:3]]
    assert {"evol", "wes-loan-fund", "fondatrices-montreal-inc"} & set(firsts), firsts
    assert note in ans.answer
    plain = assistant_bot.ask("Is there a fund for women entrepreneurs?")  # no kind asked: no such note
    assert "reserved for this group" not in plain.answer


def test_a_company_owned_by_black_entrepreneurs_asking_its_options_gets_a_list(assistant_bot: Any) -> None:
    """« C'est quoi nos options? » asks for a list, and « le fonds de roulement » is working capital, not one program
    described: the loan programs come, the Black Entrepreneurship Loan Fund among them (before, one program's facts
    and a line saying "400 k$", "150 000 $" and "100 %" were in none of its sources)."""
    ans = assistant_bot.ask("Salut, je suis fondateur d'une entreprise healthtech à Montréal (7 employés, environ 400 k$ "
                            "de revenus), une plateforme de télésoins pour les résidences privées pour aînés. L'entreprise "
                            "est détenue à 100 % par des entrepreneurs noirs. On a besoin d'environ 150 000 $ en prêt "
                            "pour le fonds de roulement et l'embauche. C'est quoi nos options?")
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and len(ids) >= 3 and "black-entrepreneurship-loan-fund" in ids[:3], ids


@pytest.mark.parametrize(("text", "indigenous"), [
    ("I'm an Innu entrepreneur and my company is in Roberval.", True),
    ("Je suis une entrepreneure atikamekw de Manawan.", True),
    ("We are a Mohawk-owned startup in Kahnawake.", True),
    ("Notre entreprise crie de Chisasibi développe un logiciel.", True),
    ("I'm a Cree founder building a telehealth app.", True),
    ("I'm an Anishinaabe entrepreneur in Val-d'Or.", True),
    # a college named after a nation, and « cri » as a common word: not the asker's nation
    ("I'm a graduate of Mohawk College building a telehealth app.", False),
    ("Je suis à bout, c'est un cri du cœur : quels programmes pour notre jeune pousse?", False),
])
def test_a_member_of_one_of_quebecs_nations_is_an_indigenous_founder(text: str, indigenous: bool) -> None:
    """Québec's eleven nations named by their own names (Innu, Atikamekw, Cree…) say the founder is Indigenous."""
    assert (Group.indigenous in infer(text).audience) is indigenous


@pytest.mark.parametrize("text", ["Are there programs for Innu entrepreneurs?",
                                  "Existe-t-il des programmes pour les entrepreneurs wendats?"])
def test_a_nation_named_as_the_people_served_is_a_group_asked(text: str) -> None:
    assert infer(text).groups_asked == [Group.indigenous]


@pytest.mark.parametrize("question", [
    "I'm an Innu entrepreneur and my company is in Roberval. We develop AI software to plan medical transport for "
    "patients. There are four of us. I'm looking for a loan and business support.",
    "Je suis entrepreneur innu et mon entreprise est à Roberval. Nous développons un logiciel d'IA pour planifier le "
    "transport médical des patients. Nous sommes quatre. Je cherche un prêt et de l'accompagnement.",
])
def test_an_indigenous_founder_asking_for_a_loan_sees_a_lender_open_to_her_first(assistant_bot: Any,
                                                                                question: str) -> None:
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    first = programs[ans.programs[0].id]
    assert "indigenous" in {a.group.value for a in first.audience} and first.instrument.value == "loan"


@pytest.mark.parametrize(("text", "asked", "own"), [
    ("Are there funds for Black tech founders?", [Group.black_entrepreneurs], []),
    ("Des fonds pour les fondatrices noires en techno?", [Group.women, Group.black_entrepreneurs], []),  # a control
    ("Black woman founder, came from Haiti in 2019. Need a ~$50K loan.", [], [Group.women, Group.black_entrepreneurs]),
    ("Woman founder, seed stage, Laval. Which loans?", [], [Group.women]),
    ("We build black box models for founders.", [], []),
])
def test_a_group_with_a_word_between_or_a_message_that_opens_on_who_asks(text: str, asked: list[Group],
                                                                          own: list[Group]) -> None:
    prof = infer(text)
    assert prof.groups_asked == asked and [g for g in prof.audience if g in own] == own, (prof.groups_asked,
                                                                                          prof.audience)
