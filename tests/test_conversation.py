"""Messages read in their conversation: comparisons with the program just discussed, « le deuxième », corrections of
the company's facts, and a new need after a question that asked for one instrument."""

from __future__ import annotations

import re

import pytest

from assistant.models import Answer, Profile
from assistant.service import Assistant
from assistant.understand.conversation import (
    carried_instruments,
    choose_question,
    corrected,
    follows_study,
    follows_up,
    narrowed_needs,
    pointed,
    refers_back,
    with_last,
)
from assistant.understand.profile import infer
from common.vocab import Instrument, Need, Stage


def never() -> bool:
    raise AssertionError("the document check is not needed here")


@pytest.mark.parametrize(("message", "named", "last", "expected"), [
    ("How does that compare with the federal SR&ED rate?", ["sred"], ["cric"], ["cric", "sred"]),
    ("Pis comparé à Futurpreneur, c'est quoi le max?", ["futurpreneur-startup"], ["pme-mtl-innovation"],
     ["pme-mtl-innovation", "futurpreneur-startup"]),
    ("Is SR&ED better?", ["sred"], ["cric"], ["cric", "sred"]),  # « mieux », "better": a comparison word
    ("What is SR&ED?", ["sred"], ["cric"], ["sred"]),  # no comparison: the new program alone
    ("How does SR&ED compare?", ["sred"], ["sred", "cric"], ["sred"]),  # the same program: nothing to add
    # after a list of six, only "that" / « ça » points back at the first of them
    ("How does SR&ED compare?", ["sred"], ["a", "b", "c"], ["sred"]),
    ("How does that compare with SR&ED?", ["sred"], ["a", "b", "c"], ["a", "sred"]),
    # stacking the program just discussed with another: both
    ("Can we combine it with SR&ED?", ["sred"], ["cric"], ["cric", "sred"]),
    ("Peut-on le cumuler avec la RS&DE?", ["sred"], ["cric"], ["cric", "sred"]),
    ("Can we get SR&ED?", ["sred"], ["cric"], ["sred"]),
])
def test_a_comparison_after_an_answer_compares_with_the_program_discussed(message: str, named: list[str],
                                                                         last: list[str], expected: list[str]) -> None:
    assert with_last(message, named, last) == expected


@pytest.mark.parametrize(("message", "expected"), [
    ("Le deuxième, ça nous coûterait combien?", ["b"]),
    ("And the second one, is it open?", ["b"]),
    ("Is the latter still open?", ["b"]),
    ("Le premier est-il ouvert?", ["a"]),
    ("Is it still open?", ["a"]),
    ("Et le deuxième volet, il donne combien?", ["a"]),  # a stream of the program, not the second program
    ("Parle-moi davantage du deuxième.", ["b"]),  # « du deuxième », as "about the second one"
    ("Tell me more about the second one.", ["b"]),
    ("On s'inscrit comment au dernier?", ["b"]),
])
def test_a_place_in_the_last_answer_picks_that_program(message: str, expected: list[str]) -> None:
    assert pointed(message, ["a", "b"]) == expected


def test_an_ordinal_follow_up_is_a_fact_of_that_program() -> None:
    q, follow = choose_question("Le deuxième, ça nous coûterait combien à nous?", [], new_facts=False,
                                last_programs=["nrc-irap", "nrc-irap-ai-assist"], follow_up=False,
                                names_document=never)
    assert (q.intent, q.programs, follow) == ("fact", ("nrc-irap-ai-assist",), True)


def test_a_correction_of_the_company_facts_follows_up() -> None:
    earlier = ["On est une boîte de logiciel d'IA à Longueuil, 12 employés. Quels crédits d'impôt?"]
    message = "Correction de mon comptable : on a juste 4 employés à temps plein. Ça change quoi dans la liste?"
    assert follows_up(message, earlier, new_facts=True)
    assert not follows_up(message, [], new_facts=True)  # no conversation yet
    assert not follows_up("Quels programmes pour une medtech de Laval de 40 employés en série A?", earlier,
                          new_facts=True)


@pytest.mark.parametrize(("message", "kept"), [
    ("Oops, I got that wrong: we have 30 people and $5M in revenue.", False),
    ("Désolé, je me suis trompée : on a 30 employés pis 5 M$ de chiffre d'affaires.", False),
    ("Sorry, I meant 30 employees, not 3.", False),
    ("Actually, we have 30 employees. What about loans?", True),  # adds to what was said
    ("En fait, on a 30 employés. Et en prêts?", True),
    ("Oops, I got that wrong: we're in Laval.", True),  # corrects the place, not how far along the company is
])
def test_a_correction_of_the_companys_size_drops_the_earlier_stage(message: str, kept: bool) -> None:
    seed = Profile(stage=Stage.pre_seed, employees=3, revenue=0.0, region="montreal")
    out = corrected(seed, message, infer(message))
    assert (out.stage == Stage.pre_seed) is kept and out.region == "montreal"
    assert (out.employees == 3 and out.revenue == 0.0) is kept


@pytest.mark.parametrize(("first", "then"), [
    ("We're a pre-seed startup building a fall-detection wearable for seniors. We need a loan.",
     "Oops, my mistake: we've existed for nine years, with 60 employees and $15M in sales. We're expanding our "
     "factory in Victoriaville."),
    ("On est une startup en pré-amorçage qui conçoit un bracelet de détection des chutes pour aînés. On cherche un prêt.",
     "Oups, je me suis trompée : ça fait neuf ans qu'on existe, on a 60 employés pis 15 M$ de ventes. On agrandit "
     "notre usine à Victoriaville."),
])
def test_a_corrected_maturity_is_no_longer_pre_seed(assistant_bot: Assistant, first: str, then: str) -> None:
    one = assistant_bot.ask(first)
    two = assistant_bot.ask(then, session_id=one.session_id)
    assert two.profile.stage is None and two.profile.employees == 60 and two.profile.region == "centre-du-quebec"
    assert not two.abstained and "futurpreneur-startup" not in [p.id for p in two.programs]


def test_a_new_need_drops_the_last_questions_instrument_unless_excluded_for_good() -> None:
    loans = Profile(instruments=[Instrument.loan])
    training = infer("And to upskill our devs and managers in AI?")
    assert carried_instruments(loans, training, ["We want to expand and hire: what loan options are there?"]
                               ).instruments == []
    assert carried_instruments(loans, training, ["Grants only, no equity: what is there?"]
                               ).instruments == [Instrument.loan]
    assert carried_instruments(loans, training, ["what loan options are there?"], explicit=True
                               ).instruments == [Instrument.loan]  # set in the API or the sidebar
    grants = infer("And grants?")  # states its own instrument: merging decides, not this
    assert carried_instruments(loans, grants, ["what loan options are there?"]).instruments == [Instrument.loan]


@pytest.mark.parametrize(("first", "then", "rates"), [
    ("What exactly is Québec's new CRIC tax credit? We are a CCPC in Laval with 10 employees.",
     "How does that compare with the federal SR&ED rate?", ["30", "35"]),
    ("C'est quoi au juste le nouveau crédit d'impôt CRIC du Québec? On est une SPCC à Laval avec 10 employés.",
     "Pis comment ça se compare avec le taux de la RS&DE au fédéral?", ["30", "35"]),
])
def test_comparing_with_the_program_just_discussed_shows_both(assistant_bot: Assistant, first: str, then: str,
                                                              rates: list[str]) -> None:
    one = assistant_bot.ask(first)
    two = assistant_bot.ask(then, session_id=one.session_id)
    assert two.intent == "compare" and {p.id for p in two.programs} >= {"cric", "sred"}
    for rate in rates:
        assert re.search(rf"(?<!\d){rate}\s?%", two.answer)


def test_a_corrected_age_gives_the_list_again(assistant_bot: Assistant) -> None:
    one = assistant_bot.ask("Bonjour, je suis fondatrice (31 ans) d'une startup pre-seed à Montréal : une appli d'IA "
                            "pour le suivi des grossesses à risque. On est 3, incorporée. On cherche du financement de "
                            "démarrage, subventions ou prêts. Vous me conseillez quoi?")
    two = assistant_bot.ask("Oups, faute de frappe : j'ai 41 ans, pas 31. Est-ce que ça change les options?",
                            session_id=one.session_id)
    assert not two.abstained and two.intent == "programs" and two.profile.founder_age == 41
    assert "futurpreneur-startup" not in [p.id for p in two.programs]  # 18 to 39


def test_a_new_need_after_a_loan_question_is_not_limited_to_loans(assistant_bot: Assistant) -> None:
    one = assistant_bot.ask("We're a 60-employee company in Québec City selling scheduling and billing software to "
                            "private clinics, revenue around $8M. We want to expand and hire: what loan options are "
                            "there?")
    two = assistant_bot.ask("And to upskill our devs and managers in AI?", session_id=one.session_id)
    assert not two.abstained and two.profile.instruments == []
    assert any(p.instrument not in ("loan", "loan_guarantee", "repayable_contribution") for p in two.programs)


@pytest.mark.parametrize(("first", "then", "figure"), [
    ("How many AI health startups did the InVivo study count in Québec?", "And how many venture capital firms?", "71"),
    ("Combien d'entreprises en IA santé l'étude InVivo a-t-elle recensées?", "Pis combien de fonds de capital de risque?",
     "71"),
    # a fact answer that led with the announcement's figure: the next figure comes from the announcement too
    ("Combien Québec a-t-il accordé à Scale AI pour la formation en IA?", "Pis ça doit former combien de monde?",
     "000"),
])
def test_a_follow_up_after_a_studys_figure_asks_the_study(assistant_bot: Assistant, first: str, then: str,
                                                          figure: str) -> None:
    a1 = assistant_bot.ask(first)
    a2 = assistant_bot.ask(then, session_id=a1.session_id)
    assert a1.about() == "report" and a2.intent == "report"
    assert figure in a2.answer and not a2.programs


@pytest.mark.parametrize(("message", "goes_on"), [
    ("And how many were startups?", True),
    ("Pis en santé, combien?", True),
    ("And which grants could our startup get for that?", False),  # a list of programs asked
    ("Et nous, on est une medtech de 5 personnes: quels programmes?", False),  # the company speaks
    ("And how much of that could go to us?", False),  # "us" in lower case is the asker's team, as in scope.py
    ("And how many were in the US?", True),  # the United States
])
def test_what_goes_on_asking_a_study(message: str, goes_on: bool) -> None:
    assert follows_study(message, "report") is goes_on
    assert not follows_study(message, "programs")


def test_a_longer_follow_up_that_points_back_is_about_the_program_discussed(assistant_bot: Assistant) -> None:
    """17 words, no program named, "it" pointing back: a fact of the program just discussed, not a new list."""
    first = assistant_bot.ask("Can you tell me about MEDTEQ+'s Impact program?")
    then = assistant_bot.ask("What share of the project costs does it pay, and does that money go to our company?",
                             session_id=first.session_id)
    assert then.intent == "fact" and [p.id for p in then.programs] == ["medteq-impact"] and "40" in then.answer


@pytest.mark.parametrize(("first", "then"), [
    ("We're a pre-seed AI health startup in Québec City. What support exists?", "We also need lab space."),
    ("On est une jeune pousse en santé en prédémarrage à Québec. Quel soutien existe?",
     "On a aussi besoin d'espace de labo."),
])
def test_another_need_stated_after_a_list_is_a_new_list(assistant_bot: Assistant, first: str, then: str) -> None:
    """"We also need lab space." states a need, even one no reading names: a new list for the same company, not a
    fact of the first program shown."""
    a1 = assistant_bot.ask(first)
    a2 = assistant_bot.ask(then, session_id=a1.session_id)
    assert a2.intent == "programs" and len(a2.programs) > 1


def after(bot: Assistant, first: str, then: str) -> Answer:
    """The answer to `then`, asked right after `first` in one conversation."""
    return bot.ask(then, session_id=bot.ask(first).session_id)


@pytest.mark.parametrize(("first", "then", "verdict"), [
    ("Tell me about IRAP.", "And for a company with 600 employees?", "not eligible"),
    ("Parle-moi du PARI.", "Et pour une entreprise de 600 employés?", "non admissible"),
])
def test_the_company_after_one_programs_facts_asks_that_programs_fit(assistant_bot: Assistant, first: str, then: str,
                                                                      verdict: str) -> None:
    """Right after one program's facts, a short message that only states the company's facts asks whether that program
    fits such a company (IRAP is for SMEs of at most 500 employees), in both languages; it was a new list."""
    ans = after(assistant_bot, first, then)
    assert ans.intent == "fact" and [p.id for p in ans.programs] == ["nrc-irap"], ans.answer
    assert verdict in ans.answer and "600" in ans.answer, ans.answer


@pytest.mark.parametrize(("first", "then"), [
    ("Tell me about the ESSOR program.", "Is there something similar at the federal level?"),
    ("Parle-moi du programme ESSOR.", "Y a-t-il quelque chose de semblable au fédéral?"),
])
def test_a_government_asked_after_one_programs_facts_is_a_new_list(assistant_bot: Assistant, first: str,
                                                                   then: str) -> None:
    ans = after(assistant_bot, first, then)
    assert ans.intent == "programs" and "essor" not in [p.id for p in ans.programs], ans.answer


@pytest.mark.parametrize(("first", "then"), [
    ("Tell me about CanExport SMEs.", "Are there alternatives?"),
    ("Parle-moi de CanExport PME.", "Y a-t-il autre chose de semblable?"),
])
def test_alternatives_after_one_program_are_other_programs_for_its_purpose(assistant_bot: Assistant, first: str,
                                                                           then: str) -> None:
    """It was CanExport's facts again; now a list of other export programs, without CanExport, in both languages."""
    ans = after(assistant_bot, first, then)
    programs = assistant_bot.retriever.snapshot.programs
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and "canexport-smes" not in ids, ans.answer
    assert sum("export" in programs[i].needs for i in ids[:3]) >= 2, ids


@pytest.mark.parametrize(("first", "then"), [
    ("Which programs help a Québec medtech hire interns?", "We're a non-profit, does that change anything?"),
    ("Quels programmes aident une medtech québécoise à embaucher des stagiaires?", "On est un OBNL, ça change quelque chose?"),
])
def test_a_non_profit_said_after_a_list_gives_the_list_again(assistant_bot: Assistant, first: str, then: str) -> None:
    """Being a non-profit is news about the company (for-profit is assumed from any "our company"): the list again,
    for a non-profit; it was read as a question about the first program."""
    ans = after(assistant_bot, first, then)
    assert ans.intent == "programs" and len(ans.programs) > 1 and ans.profile.for_profit is False, ans.answer


@pytest.mark.parametrize(("before", "message", "want"), [
    # the kind narrowed: the purposes stay, the money kinds asked before give way to the one asked (2026-12-05: weighed
    # with the purposes, so « seulement des subventions » for a clinical validation puts grants first)
    ([Need.equipment, Need.non_dilutive], "Only loans, no grants.", [Need.equipment, Need.loan]),
    ([Need.export], "Seulement des conseils gratuits, pas d'argent.", [Need.export]),
    ([], "Only loans, no equity.", [Need.loan]),
    # a purpose of its own, or no kind named: not a narrowing
    ([Need.export], "And grants to hire interns?", None),
    ([Need.export], "We also need advice.", None),
    ([Need.tax_credit], "And grants?", None),  # one kind for another: the new kind alone
])
def test_a_follow_up_that_narrows_the_kind_keeps_the_purposes(before: list[Need], message: str,
                                                              want: list[Need] | None) -> None:
    assert narrowed_needs(Profile(needs=before), infer(message)) == want


@pytest.mark.parametrize(("first", "then", "need"), [
    ("We make a medical device in Sherbrooke and want to start selling it in the United States. What can help?",
     "Just free services and advice for now, no money.", Need.export),
    ("Nous fabriquons un dispositif médical à Sherbrooke et voulons le vendre aux États-Unis. Qu'est-ce qui aide?",
     "Seulement des conseils gratuits pour l'instant, pas d'argent.", Need.export),
    ("Medtech startup in Montréal: we need to buy lab equipment. What are our options?", "Only loans, no grants.",
     Need.equipment),
    ("Jeune pousse medtech à Montréal : on doit acheter de l'équipement de labo. Quelles options?",
     "Seulement des prêts, pas de subventions.", Need.equipment),
])
def test_narrowing_the_kind_after_a_list_answers_the_same_purpose(assistant_bot: Assistant, first: str, then: str,
                                                                  need: Need) -> None:
    """"Just free services and advice" after an export question: export services, not advice of any kind; « seulement
    des prêts » after an equipment question: loans for the equipment. The purpose was lost to the kind's own need."""
    ans = after(assistant_bot, first, then)
    programs = assistant_bot.retriever.snapshot.programs
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and need in ans.profile.needs, ans.profile
    assert sum(need in programs[i].needs for i in ids[:3]) >= 2, ids


@pytest.mark.parametrize(("first", "then"), [
    ("Our diagnostics AI startup in Montréal wants to hire a researcher who lives in France. How do we go about it?",
     "And on the tax side?"),
    ("Notre jeune pousse en diagnostic par IA à Montréal veut recruter un chercheur qui vit en France. Comment faire?",
     "Et côté fiscal?"),
])
def test_the_tax_side_after_a_list_lists_tax_measures_for_the_same_purpose(assistant_bot: Assistant, first: str,
                                                                           then: str) -> None:
    """The tax side of hiring from abroad: the two Québec tax holidays for foreign researchers and experts first; it was
    a fact of the first program shown."""
    ans = after(assistant_bot, first, then)
    ids = [p.id for p in ans.programs]
    assert ans.intent == "programs" and {"conge-fiscal-chercheurs-etrangers", "conge-fiscal-experts-etrangers"} <= set(
        ids[:3]), ids


@pytest.mark.parametrize(("first", "then"), [
    ("Give me a quick overview of Centech, District 3 and NEXT AI.", "Which of them is specifically for AI startups?"),
    ("Donne-moi un aperçu de Centech, District 3 et NEXT AI.", "Lequel est fait pour les jeunes pousses en IA?"),
])
def test_which_of_them_is_about_the_list_even_with_a_fact(assistant_bot: Assistant, first: str, then: str) -> None:
    """"AI startups" is a sector read from the message, which made it a new list of AI programs; "which of them"
    points at the programs just shown: each of them, one line each."""
    ans = after(assistant_bot, first, then)
    assert ans.intent == "fact" and {"centech", "district-3", "next-ai"} <= {p.id for p in ans.programs}, ans.answer


@pytest.mark.parametrize("turns", [
    ["We're a 20-person Montréal medtech with an AI sepsis-alert tool ready for validation. Which programs could help?",
     "Mostly we want to test it in a real hospital in the Québec network."],
    ["Nous sommes une PME de 20 personnes à Québec avec un outil d'IA pour le triage. Quels programmes?",
     "Surtout, on veut le tester dans un hôpital du réseau."],
])
def test_it_as_the_product_tested_is_a_new_need_not_the_first_program(assistant_bot: Assistant,
                                                                        turns: list[str]) -> None:
    session = assistant_bot.ask(turns[0]).session_id
    ans = assistant_bot.ask(turns[1], session_id=session)
    assert ans.intent == "programs"
    assert {"can-health-network", "msss-bureau-innovation", "defi-innovation-sante"} & {p.id for p in ans.programs[:5]}


def test_it_points_back_at_the_program_unless_the_product_is_tested() -> None:
    assert refers_back("Could a seed startup like ours use it?")
    assert refers_back("Peut-on l'utiliser pour embaucher?")
    assert not refers_back("We want to trial it in a real hospital setting.")
    assert not refers_back("On veut le tester dans un CIUSSS.")
    # after « à », « de », « vers », l' is an article: « à l'étranger » is abroad, not the program
    assert not refers_back("Nouveau besoin : il faut embaucher trois ingénieurs qui vivent à l'étranger.")
    assert not refers_back("On recrute des experts de l'étranger.")


@pytest.mark.parametrize(("turns", "expected"), [
    (["We have AI diagnostic software (SaMD), Montreal, 20 employees, Series A. Is there help with Health Canada approval?",
      "and for selling into Quebec's public health network?"], {"can-health-network", "msss-bureau-innovation"}),
    (["On fait des modèles d'IA en oncologie, 10 personnes, seed, à Montréal. Quelles aides existent?",
      "pis pour avoir accès à des données de patients pour entraîner nos modèles?"], {"cartagene", "chum-citadel"}),
    (["Digital health company in Quebec City, 80 employees, $15M revenue. We want to raise growth capital.",
      "we'd prefer a labour-sponsored fund"], {"fonds-ftq", "fondaction"}),
    (["Compagnie de santé numérique à Québec, 80 employés, 15 M$ de revenus. On veut lever du capital de croissance.",
      "on préfère un fonds de travailleurs"], {"fonds-ftq", "fondaction"}),
])
def test_a_short_follow_up_with_a_new_need_or_a_preference_is_a_new_list(
        assistant_bot: Assistant, turns: list[str], expected: set[str]) -> None:
    session = assistant_bot.ask(turns[0]).session_id
    ans = assistant_bot.ask(turns[1], session_id=session)
    assert ans.intent == "programs" and expected <= {p.id for p in ans.programs[:5]}


def test_the_pre_submission_meeting_is_named_in_french_too(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("La rencontre pré-soumission de Santé Canada, on peut la demander n'importe quand?")
    assert ans.intent == "fact" and ans.citations[0].program_id == "health-canada-device-advice-meetings"


@pytest.mark.parametrize(("first", "then", "held"), [
    ("Growth-stage company in Québec City: 80 employees, $12M in revenue, AI medical-imaging software. We're preparing "
     "a $15M growth round. Which investors should we approach?",
     "BDC Capital is already on our cap table. Who else?", {"bdc-capital"}),
    ("We're a 22-person Series A medtech in Laval making AI ECG patches. Which investors should we approach?",
     "BDC Capital is already an investor. Who else?", {"bdc-capital"}),
    ("Entreprise de Québec en croissance : 80 employés, 12 M$ de revenus, logiciels d'IA en imagerie médicale. Nous "
     "préparons une ronde de croissance de 15 M$. Quels investisseurs approcher?",
     "BDC Capital est déjà dans notre capital. Qui d'autre?", {"bdc-capital"}),
    ("We're a 15-employee Montréal company publishing AI software for medical imaging. Which non-dilutive funding "
     "should we look at?", "We already have IRAP and we claim SR&ED every year. What else?", {"nrc-irap", "sred"}),
])
def test_what_else_after_naming_what_the_company_has_is_a_new_list_without_it(
        assistant_bot: Assistant, first: str, then: str, held: set[str]) -> None:
    """The programs named as held are the company's situation; "who else?" asks for more of the kind just shown."""
    one = assistant_bot.ask(first)
    two = assistant_bot.ask(then, session_id=one.session_id)
    assert two.intent == "programs" and len(two.programs) >= 3, two.answer
    assert not held & {p.id for p in two.programs}
