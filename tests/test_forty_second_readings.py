"""Readings fixed in the forty-second session (2026-12-07), French and English alike: a company described (a startup,
a stage, a team its advisor or members state) asking for support is our question even when its message names no
sector; "pre-Series A" is the seed stage; raising money
from the public (equity crowdfunding, a prospectus, accredited investors) is a securities matter no program answers;
the equity a program takes, a service's price, a lender's collateral and a processing time asked in more forms are
measures the sources may not state, and an answer that states none of them abstains; an unknown program checked by
a tag question ("X has a loan program, right?") is asked about."""

from __future__ import annotations

import pytest

from assistant.answer.measures import asked_measures
from assistant.service import Assistant
from assistant.understand.casual import standard
from assistant.understand.intent import focuses_of
from assistant.understand.profile import infer
from assistant.understand.text import ADVISED, norm
from common.vocab import Stage
from tests.helpers import last_answer


@pytest.mark.parametrize("question", [
    "My startup in Gaspé needs a loan.",
    "Ma startup à Gaspé a besoin d'un prêt.",
    "I run a 3-person company in Val-d'Or, pre-seed. I need a loan.",
    "Je dirige une entreprise de 3 personnes à Val-d'Or, en pré-amorçage. J'ai besoin d'un prêt.",
    "My client, 6 staff in Saguenay, needs a loan.",
    "Mon client, 6 employés à Saguenay, a besoin d'un prêt.",
    "We're raising our seed round in Laval.",
    "On lève notre ronde d'amorçage à Laval.",
])
def test_a_company_described_asking_for_support_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs


@pytest.mark.parametrize(("text", "voice"), [
    ("My client needs a loan", True),
    ("Ma cliente cherche une subvention", True),
    ("A client of mine in Lévis wants a grant", True),
    ("Une de mes clientes à Gatineau cherche du financement", True),
    ("Is a client eligible?", False),
])
def test_an_advisors_client_is_read_as_advised(text: str, voice: bool) -> None:
    assert bool(ADVISED.search(norm(text))) is voice


@pytest.mark.parametrize("question", [
    "Le Canadien a-tu des chances de gagner la coupe? Ma cliente veut inviter ses investisseurs au match.",
    "Do the Habs have a shot at the playoffs? My client wants to bring her investors to a game.",
    "How many weeks of vacation does an employee get in Québec after three years with us?",
    "Combien de semaines de vacances un employé a-t-il droit au Québec après trois ans chez nous?",
])
def test_no_company_described_is_no_reason_to_answer(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("text", "stage"), [
    ("We're pre-Series A, 8 people in Québec City", Stage.seed),
    ("On est pré-série A, 8 personnes à Québec", Stage.seed),
    ("Startup en pré-ronde A à Lévis", Stage.seed),
    ("We closed our Series A last year", Stage.series_a),
    ("On a fermé notre série A l'an dernier", Stage.series_a),
])
def test_pre_series_a_is_the_seed_stage(text: str, stage: Stage) -> None:
    assert infer(text).stage is stage


@pytest.mark.parametrize("question", [
    "How much can a Québec startup raise through equity crowdfunding in a year?",
    "Combien une startup québécoise peut-elle lever en sociofinancement en capital par année?",
    "Who counts as an accredited investor for our seed round?",
    "Qui est considéré comme investisseur qualifié pour notre ronde d'amorçage?",
    "Do we need a prospectus to sell shares to our customers?",
    "Faut-il un prospectus pour vendre des actions à nos clients?",
])
def test_raising_from_the_public_is_a_securities_matter_no_program_answers(assistant_bot: Assistant,
                                                                          question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Is there a grant that helps us run a crowdfunding campaign for our medtech?",
    "Y a-t-il une subvention pour nous aider à mener une campagne de sociofinancement pour notre medtech?",
])
def test_support_asked_for_a_crowdfunding_campaign_is_still_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("question", "measures"), [
    ("Does the accelerator take equity in its startups?", ["equity"]),
    ("L'accélérateur prend-il des parts dans ses startups?", ["equity"]),
    ("How much does the evaluation service cost?", ["fee"]),
    ("Le service d'évaluation, ça coûte combien?", ["fee"]),
    ("Est-ce qu'ils chargent des frais?", ["fee"]),
    ("Do they want collateral on the loan?", ["collateral"]),
    ("Faut-il fournir une garantie pour le prêt?", ["collateral"]),
    ("Is a personal guarantee required?", ["collateral"]),
    ("How many weeks does the fund's investment committee take to decide?", ["processing"]),
    ("Which loan guarantee programs exist?", []),
    ("Le programme de garantie de prêts, c'est quoi?", []),
    ("We want equity from a venture fund", []),
])
def test_more_forms_of_the_measures_sources_may_not_state(question: str, measures: list[str]) -> None:
    assert [m.name for m in asked_measures(question)] == measures


@pytest.mark.parametrize("question", [
    "Evol's loans: what's the interest rate, and is a personal guarantee required?",
    "Les prêts d'Evol : c'est quoi le taux d'intérêt, pis faut-il fournir une garantie?",
])
def test_a_rate_and_collateral_no_source_states_abstain(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and ans.programs and ans.programs[0].id == "evol"


@pytest.mark.parametrize("question", [
    "Does CDL-Montréal take equity in its ventures? Like, what percent?",
    "Est-ce que CDL-Montréal prend des parts dans ses startups? Genre, quel pourcentage?",
])
def test_the_equity_taken_asked_again_as_a_percent_is_still_the_one_thing_asked(assistant_bot: Assistant,
                                                                                  question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "Northbank has a special loan program for health startups, right? What's the most they lend?",
    "La Banque Nordique a un programme de prêts spécial pour les startups en santé, non? C'est quoi le max?",
])
def test_an_unknown_program_checked_by_a_tag_question_is_asked_about(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.scope.unknown_program(question) is not None
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("text", "expected"), [
    ("Ça existe-tu, un service de même?", "Ça existe-t-il, un service de même?"),
    ("Faut-tu fournir une garantie?", "Faut-il fournir une garantie?"),
    ("On peut-tu appliquer nous-mêmes?", "On peut-il appliquer nous-mêmes?"),
    ("Peux-tu m'aider? As-tu une idée?", "Peux-tu m'aider? As-tu une idée?"),
])
def test_the_quebec_question_particle_is_read_as_the_standard_inversion(text: str, expected: str) -> None:
    assert standard(text) == expected


@pytest.mark.parametrize("question", [
    "Biotech de Sherbrooke, série B, 30 employés. Nos essais cliniques de phase 1 traînent à cause des contrats "
    "d'hôpitaux. Existe-tu un service pour accélérer ça?",
    "Sherbrooke biotech, Series B, 30 staff. Our phase 1 trials drag because of hospital contracts. Is there a "
    "service to speed that up?",
    "Medtech en prédémarrage à Gaspé, 2 fondateurs. Faut du cash pour nos premiers essais pis nos premières ventes. "
    "On vise quoi?",
    "Pre-seed medtech in Gaspé, 2 founders. We need cash for our first trials and first sales. What should we aim for?",
])
def test_a_short_ask_after_a_company_and_its_need_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs


@pytest.mark.parametrize("question", [
    "Ma cliente a une biotech de 10 personnes à Sherbrooke. Y'a-tu une subv pour ça, ses essais en milieu réel?",
    "A client of mine runs a 10-person biotech in Sherbrooke and wants to hire a researcher from abroad. Is there a "
    "Quebec tax perk that would help?",
    "Ma cliente a une PME d'IA à Lévis qui paie cher en calcul GPU. Il paraît qu'un fonds fédéral en rembourse une "
    "partie. Est-ce qu'elle peut appliquer là?",
    "My client, 9 staff in Gaspé, needs a local loan for new equipment. What's the regional option and what's step one?",
])
def test_a_clients_need_told_before_a_short_or_abbreviated_ask_is_answered(assistant_bot: Assistant,
                                                                           question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize(("text", "focus"), [
    ("What's step one?", "apply"),
    ("C'est quoi la démarche?", "apply"),
    ("Quelle est la première chose à faire?", "apply"),
    ("How does she file it?", "apply"),
])
def test_the_first_step_and_filing_ask_how_to_apply(text: str, focus: str) -> None:
    assert focus in focuses_of(text)


@pytest.mark.parametrize("question", [
    "My client in Lévis has never claimed SR&ED. How does he actually file it, and by when?",
    "Mon client à Lévis n'a jamais réclamé la RS&DE. Comment il fait pour la déposer, pis avant quand?",
])
def test_how_to_file_a_named_credit_is_its_next_step(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == "sred"


@pytest.mark.parametrize("question", [
    "My cofounder abroad is filing a Start-up Visa application next spring. How long does processing take?",
    "Mon associé à l'étranger dépose une demande de visa pour démarrage d'entreprise au printemps. C'est quoi les délais?",
])
def test_a_paused_program_planned_for_is_answered_by_its_status(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == "start-up-visa"


@pytest.mark.parametrize(("text", "age"), [
    ("And if she's under 40?", 39),
    ("Pis si elle a moins de 40 ans?", 39),
    ("I'm under 35, does that help?", 34),
    ("Our CEO is 45", None),
])
def test_an_age_bound_said_of_the_founder_is_one_year_under_it(text: str, age: int | None) -> None:
    assert infer(text).founder_age == age


@pytest.mark.parametrize("turns", [
    ["My client in Sherbrooke is starting a small clinic-software firm, first sales soon; she wants a startup loan, "
     "no equity. Any leads?", "And if she's under 40?"],
    ["Ma cliente à Sherbrooke démarre une petite firme de logiciels pour cliniques, premières ventes bientôt; elle veut "
     "un prêt de démarrage, pas d'equity. Des pistes?", "Pis si elle a moins de 40 ans?"],
])
def test_a_founder_under_an_age_limit_brings_the_young_founders_loan_first(assistant_bot: Assistant,
                                                                           turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    assert ans.programs and ans.programs[0].id == "futurpreneur-startup"


@pytest.mark.parametrize("turns", [
    ["how does the federal thing work where a department puts out a challenge and small businesses propose a solution?",
     "and phase 1 pays how much at most?"],
    ["le truc fédéral où un ministère lance un défi pis les PME proposent une solution, ça marche comment?",
     "pis la phase 1 paye combien au max?"],
])
def test_how_a_program_described_as_a_thing_works_is_its_fact(assistant_bot: Assistant, turns: list[str]) -> None:
    first = assistant_bot.ask(turns[0])
    assert not first.abstained and first.programs[0].id == "isc-challenge-stream"
    ans = last_answer(assistant_bot, turns)
    assert not ans.abstained and "150" in ans.answer
