"""Readings fixed in the thirty-ninth session (2026-12-07), in both languages: the programs of a body whose offer is
asked ("Does Mila have a program…?", "What does Investissement Québec offer…?", « Qu'est-ce que Génome Québec offre… »)
come first; an "advisory board" is no advisory need; "both", "either", « les deux » and access with no object ("can a
company get access?") point back to what was said; a pathology slide is no pitch slide; what a program's phase pays
("how much can Phase 1 pay?", « combien la phase 1 verse? ») is money asked; a body the corpus names, in the possessive
plural ("Glen Ventures' cheques"), is no unknown program; more measures asked (an equity stake "what %?", approvals "out of
10 files", "how many days does it take", the countries listed), and a sentence saying a fact was not found states
nothing; a body named as a fact question's subject ("Does INESSS charge a fee…?") is asked of its one program close to
the question; "does it", « vise-t-il », "which one" point back; "anything for small businesses", "there's a service
that…" ask support; "out of pocket" is money; "Need roughly 120k." is a wish, money asked beside one's residence status;
"where do we start?" points back; "their Impulse program for our startup" is one program; a lender's terms asked in the
possessive ("SOCCA's (…) rates", « les taux de la SOCCA ») name a program we lack; an age limit asked and not stated is
said unknown; a founder over an age limit is told so with the age cited; « le réclamer » points at the program just
shown; "what is the X?" of one program named loosely is that program; « la prochaine étape », « appliquer » ask how to
apply; "stack up against" compares."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer.measures import MEASURES, amount_alone, asked_measures, states
from assistant.answer.texts import t
from assistant.service import Assistant
from assistant.understand.advice import about_deal
from assistant.understand.ask import asks_money, continues
from assistant.understand.evidence import support_asked
from assistant.understand.intent import focuses_of
from assistant.understand.operators import asked_of, bodies_written
from assistant.understand.profile import infer
from assistant.understand.text import norm
from common.records import Program, load_program
from common.vocab import Instrument, Need

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "programs"


@pytest.fixture(scope="module")
def programs() -> dict[str, Program]:
    return {p.id: p for p in (load_program(f) for f in sorted(CORPUS.glob("*.yaml")))}


@pytest.mark.parametrize(("question", "expected"), [
    ("Does Mila have a program that helps an AI-in-health startup like ours?", {"mila-impulse", "mila-venture-scientist-fund"}),
    ("Est-ce que Mila a un programme pour aider une startup en IA santé comme la nôtre?",
     {"mila-impulse", "mila-venture-scientist-fund"}),
    ("What does Investissement Québec offer a seed-stage medtech?", {"essor", "fonds-impulsion", "impulsion-pme", "iq-loans"}),
    ("Qu'est-ce qu'Axelys offre aux chercheurs?", {"axelys"}),
    ("Qu'est-ce que Génome Québec offre aux entreprises?", {"genome-quebec-integration"}),
    ("What does the Government of Canada offer AI startups?", set()),  # a whole government is no one body
    ("We got IRAP funding last year. What else is there?", set()),  # named, not asked what it offers
])
def test_the_programs_of_the_body_whose_offer_is_asked(programs: dict[str, Program], question: str,
                                                       expected: set[str]) -> None:
    assert asked_of(question, programs) == expected


@pytest.mark.parametrize("question", [
    "Yoshua Bengio sits on our scientific advisory board. Does Mila have a program that helps an AI-in-health startup like ours?",
    "Yoshua Bengio siège à notre comité consultatif scientifique. Est-ce que Mila a un programme pour aider une startup en IA santé comme la nôtre?",
])
def test_a_body_asked_what_it_offers_leads_the_answer(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id.startswith("mila-")


@pytest.mark.parametrize(("text", "advisory"), [
    ("Yoshua Bengio sits on our scientific advisory board.", False),
    ("Two doctors joined our advisory committee.", False),
    ("We need advisory support for our regulatory file.", True),
])
def test_an_advisory_board_is_no_need_for_advice(text: str, advisory: bool) -> None:
    assert (Need.advisory in infer(text).needs) is advisory


@pytest.mark.parametrize(("ask", "context", "expected"), [
    ("Is it the same front door for both?", "They need experts to frame the use case, plus a contribution to R&D salaries.", True),
    ("Est-ce la même porte d'entrée pour les deux?", "Il leur faut des experts et une contribution aux salaires.", True),
    ("Can a company get access, and how does the process work?", "We want to train our model on CARTaGENE data.", True),
    ("Comment une entreprise peut-elle y avoir accès?", "Nous voulons utiliser les données de CARTaGENE.", True),
    ("What's a fair salary for a data scientist?", "We're an AI startup in Laval.", False),
])
def test_both_and_access_with_no_object_point_back(ask: str, context: str, expected: bool) -> None:
    assert continues(ask, context) is expected


@pytest.mark.parametrize("question", [
    "My client in Gatineau (9 staff, seed) wants generative AI in its clinical-records platform. They need experts to "
    "frame the use case, plus a contribution toward R&D salaries. Is it the same front door for both?",
    "Mon client à Gatineau (9 employés, seed) veut intégrer l'IA générative à sa plateforme de dossiers cliniques. Il lui "
    "faut des experts pour cadrer le projet, plus une contribution aux salaires de R-D. C'est la même porte pour les deux?",
    "Valence IA, a 7-person Montréal startup I advise, wants to train its model on CARTaGENE's data and samples. Can a "
    "company get access, and how does the process work?",
    "Valence IA, une startup montréalaise de 7 employés que j'accompagne, veut entraîner son modèle sur les données et "
    "échantillons de CARTaGENE. Une entreprise peut-elle y avoir accès, et comment ça fonctionne?",
])
def test_a_question_about_what_the_context_said_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent != "off_topic" and not ans.abstained


@pytest.mark.parametrize(("text", "deal"), [
    ("Our software does automated digital-pathology slide analysis. What applies for 2026?", False),
    ("Nos lames de pathologie sont analysées par IA. Quels crédits s'appliquent?", False),
    ("How many slides should our pitch have?", True),
    ("Combien de diapositives pour notre présentation?", True),
])
def test_a_pathology_slide_is_no_pitch_slide(text: str, deal: bool) -> None:
    assert about_deal(text) is deal


@pytest.mark.parametrize(("ask", "money"), [
    ("how much can Phase 1 (proof of feasibility) pay?", True),
    ("How much does the program give?", True),
    ("Combien la phase 1 peut verser?", True),
    ("Combien le fonds accorde par projet?", True),
    ("How much should I pay myself?", False),
    ("How much can we pay our interns?", False),
])
def test_what_a_program_pays_out_is_money_asked(ask: str, money: bool) -> None:
    assert asks_money(ask, amounts=False) is money


@pytest.mark.parametrize(("question", "program"), [
    ("Reply in French please, it's going straight into a memo for a Québec client: in the federal stream where a "
     "department posts a challenge and SMEs pitch a solution, how much can Phase 1 (proof of feasibility) pay?",
     "isc-challenge-stream"),
    ("Answer in English please, it's for our board: in the federal stream where a department posts a challenge and "
     "SMEs pitch a solution, how much can Phase 1 (proof of feasibility) pay?", "isc-challenge-stream"),
])
def test_a_phase_payout_asked_after_a_language_request_is_answered(assistant_bot: Assistant, question: str,
                                                                    program: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and program in [p.id for p in ans.programs]


@pytest.mark.parametrize("question", [
    "How big are Glen Ventures' cheques, and which public fund are they tied to?",
    "How big are Glen Ventures’ cheques?",
])
def test_a_body_the_corpus_names_in_the_possessive_is_no_unknown_program(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.scope.unknown_program(question) is None


@pytest.mark.parametrize(("question", "measure"), [
    ("CDL Montréal equity stake — what %?", "equity"),
    ("CDL Montréal prend combien de % d'equity dans les startups admises?", "equity"),
    ("Roughly what percentage of applications to PME MTL's innovation commercialization fund get approved?", "approval"),
    ("C'est quoi le taux d'acceptation? Genre sur 10 dossiers, combien passent?", "approval"),
    ("Health Canada takes forever to confirm small-business status — how many days does it actually take?", "processing"),
    ("Santé Canada prend combien de jours pour confirmer le statut de petite entreprise?", "processing"),
    ("Could you please list all the countries that participate in Eurostars?", "countries"),
    ("Pour Eurostars, c'est quoi la liste exacte des pays où notre partenaire peut être situé?", "countries"),
])
def test_measures_asked_in_more_words(question: str, measure: str) -> None:
    assert measure in [m.name for m in asked_measures(question)]


@pytest.mark.parametrize("question", [
    "What percentage of the company must those founders own?",  # an ownership rule, not the equity a fund takes
    "How many weeks does the sprint last?",  # a program's length, not a processing time
    "Which of these programs is open?",
])
def test_no_measure_read_into_other_asks(question: str) -> None:
    assert not {"equity", "processing", "countries"} & {m.name for m in asked_measures(question)}


@pytest.mark.parametrize(("sentence", "stated"), [
    ("Fees: not found in our sources.", False),
    ("Frais : non trouvés dans nos sources.", False),
    ("The evaluation is free of charge for invited innovators.", True),
])
def test_a_sentence_saying_a_fact_was_not_found_does_not_state_it(sentence: str, stated: bool) -> None:
    fee = next(m for m in MEASURES if m.name == "fee")
    assert states(fee, sentence) is stated


@pytest.mark.parametrize("question", [
    "Does INESSS charge a fee to assess a non-drug innovation like our AI imaging tool? If so, how much?",
    "L'INESSS facture-t-il des frais pour évaluer une innovation non médicamenteuse comme notre outil d'imagerie IA? Si oui, combien?",
])
def test_a_fee_no_source_states_of_a_body_named_as_subject_is_said_unknown(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)  # the body's one program close to the question, its fee not published
    assert [p.id for p in ans.programs] == ["inesss-innovations-non-pharma"] and ans.abstained


@pytest.mark.parametrize("question", [
    "L'Institut TransMedTech finance-tu les projets des startups medtech? Ça donne combien par projet?",
    "Does the TransMedTech Institute fund medtech startups' projects? How much per project?",
])
def test_a_body_the_corpus_lacks_asked_whether_it_funds_is_unknown(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and not ans.programs


@pytest.mark.parametrize(("ask", "context", "expected"), [
    ("What turnaround does it aim for on approvals?", "There's a service that speeds up early-phase trials.", True),
    ("Quel délai vise-t-il pour les approbations?", "Il existe un service qui accélère les essais de phase précoce.", True),
    ("Which one covers a bigger share of project costs?", "I'm weighing two federal innovation clusters.", True),
    ("Laquelle couvre la plus grande part des coûts?", "Je compare deux grappes d'innovation fédérales.", True),
    ("Faut-il un comptable?", "Nous sommes une startup en IA.", False),
])
def test_it_and_which_one_point_back(ask: str, context: str, expected: bool) -> None:
    assert continues(ask, context) is expected


@pytest.mark.parametrize(("text", "asked"), [
    ("Is there anything for small businesses like ours?", True),
    ("Y a-t-il quelque chose pour les PME comme nous?", True),
    ("There's a service that speeds up approvals of early-phase trials in Quebec hospitals.", True),
    ("Is there anything else I should know about pasta?", False),
])
def test_support_asked_in_plain_words(text: str, asked: bool) -> None:
    assert support_asked(norm(text)) is asked


@pytest.mark.parametrize(("ask", "money"), [
    ("How much does the company actually pay out of pocket?", True),
    ("Combien l'entreprise doit-elle payer de sa poche?", True),
])
def test_out_of_pocket_is_money_asked(ask: str, money: bool) -> None:
    assert asks_money(ask, amounts=False) is money


@pytest.mark.parametrize(("question", "bodies"), [
    ("Does INESSS charge a fee to assess a non-drug innovation?", ["INESSS"]),
    ("What's the amount going to the national institutes (Mila, Amii, Vector) in the strategy's second phase?", []),
    ("What does the Government of Canada give AI startups?", []),
])
def test_the_body_a_question_is_about(programs: dict[str, Program], question: str, bodies: list[str]) -> None:
    assert bodies_written(question, programs) == bodies


@pytest.mark.parametrize("question", [
    "Moved here from Lebanon 3 years ago, I'm a permanent resident now. My company MedLoop (incorporated, based in "
    "Saint-Laurent) makes a wound-healing sensor and we're at the first-sales stage. Need roughly 120k. Where should I look?",
    "Arrivé du Liban y'a 3 ans, je suis résident permanent. Ma compagnie MedLoop (incorporée, à Saint-Laurent) fait un "
    "capteur pour suivre la guérison des plaies. On aurait besoin d'à peu près 120k. Vers quoi je me tourne?",
])
def test_money_needed_by_a_permanent_resident_is_ours(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)  # the residence is who the founder is; the 120k is what is asked
    assert ans.intent == "programs" and not ans.abstained


@pytest.mark.parametrize("question", [
    "Notre startup Cardiolytix à Sherbrooke veut faire un projet pilote avec le CHUS pour notre outil de suivi cardiaque. "
    "Par où on commence pour entrer dans le réseau?",
    "Our startup Cardiolytix in Sherbrooke wants to run a pilot project with the CHUS for our cardiac monitoring tool. "
    "Where do we start to get into the network?",
])
def test_where_to_start_on_a_pilot_told_before_is_answered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "programs" and ans.programs


@pytest.mark.parametrize("question", [
    "Ran into Yoshua Bengio at a Mila event and he told me to check out their Impulse program for our startup. What is it exactly?",
    "J'ai croisé Yoshua Bengio à un événement de Mila pis il m'a dit de regarder leur programme Impulse pour notre startup. "
    "C'est quoi exactement?",
])
def test_their_program_for_our_startup_is_that_program_described(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["mila-impulse"]


@pytest.mark.parametrize("question", [
    "I'm Atikamekw from Manawan, starting a home-care business with an app. What are SOCCA's (Société de crédit "
    "commercial autochtone) interest rates and max amounts for a startup loan?",
    "Je suis Atikamekw de Manawan pis je démarre une entreprise de soins à domicile avec une app. C'est quoi les taux pis "
    "les montants max de la SOCCA (Société de crédit commercial autochtone) pour un prêt de démarrage?",
])
def test_the_terms_of_a_lender_the_corpus_lacks_are_not_covered(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and not ans.programs


@pytest.mark.parametrize("question", [
    "I'm 44 and launching a women's health startup in Montréal. Is it true Fondatrices de Montréal inc. has an age cap? "
    "What's the exact max age?",
    "J'ai 44 ans pis je lance une startup de santé des femmes à Montréal. C'tu vrai que Fondatrices de Montréal inc. a une "
    "limite d'âge? C'est quoi l'âge max exactement?",
])
def test_an_age_limit_no_source_states_is_said_unknown(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.abstained and [p.id for p in ans.programs] == ["fondatrices-montreal-inc"]


@pytest.mark.parametrize(("question", "lang"), [
    ("I'm 42 and launching a digital health company in Laval with my co-founder. Is Futurpreneur worth applying to?", "en"),
    ("J'ai 42 ans pis je pars une compagnie de santé numérique à Laval. Futurpreneur, ça vaut-tu la peine d'appliquer?", "fr"),
])
def test_a_founder_over_the_age_limit_is_told_with_the_cited_age(assistant_bot: Assistant, question: str, lang: str) -> None:
    ans = assistant_bot.ask(question)  # the fit line names the age limit: cited, or the figure check would drop it
    line = next(x for x in ans.answer.splitlines() if x.startswith(t(lang, "for_you")))
    assert "39" in line and "✗" in line and line.rstrip().endswith("]")


@pytest.mark.parametrize(("text", "need", "instrument"), [
    ("They want a loan from their credit union, and to recoup part of their Québec R&D salaries through provincial tax.",
     Need.tax_credit, Instrument.tax_credit),
    ("Ils veulent un prêt de leur caisse, pis récupérer une partie des salaires de R-D faite au Québec par la fiscalité "
     "provinciale.", Need.tax_credit, Instrument.tax_credit),
    ("They're after a small non-repayable start-up grant and an accelerator.", Need.non_dilutive, Instrument.grant),
    ("Ils cherchent une petite bourse de démarrage non remboursable pis un accélérateur.", Need.non_dilutive, Instrument.grant),
])
def test_needs_and_instruments_said_in_more_words(text: str, need: Need, instrument: Instrument) -> None:
    profile = infer(text)
    assert need in profile.needs and instrument in profile.instruments


@pytest.mark.parametrize("text", [
    "They want public money to round out the financing without heavy dilution, and to get their phase 1 going fast.",
    "Ils veulent de l'argent public pour compléter le financement sans trop de dilution, pis lancer leur essai clinique vite.",
])
def test_little_dilution_asks_non_dilutive_money_and_a_first_trial_is_regulatory(text: str) -> None:
    profile = infer(text)
    assert Instrument.grant in profile.instruments and Need.regulatory in profile.needs


@pytest.mark.parametrize("question", [
    "Only non-dilutive please — no loans, no equity. The start-up grant for young Montréal companies, how high does it go?",
    "Seulement du non dilutif svp — pas de prêt, pas d'equity. La bourse de démarrage pour les jeunes entreprises de "
    "Montréal, ça monte jusqu'à combien?",
])
def test_a_program_described_is_never_of_an_instrument_set_aside(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert all(p.instrument not in ("equity", "loan") for p in ans.programs[:1])


@pytest.mark.parametrize("question", [
    "My client is a CCPC doing all of its R&D in Québec. Rate-wise, how does the federal refundable SR&ED credit stack up "
    "against Québec's new credit on the first million of expenses — which one pays more?",
    "Mon client est une SPCC qui fait toute sa R-D au Québec. Côté taux, le RS&DE fédéral versus le nouveau crédit "
    "québécois sur le premier million de dépenses, c'est lequel le plus payant?",
])
def test_two_credits_weighed_one_against_the_other_are_compared(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and {"sred", "cric"} <= {p.id for p in ans.programs}


@pytest.mark.parametrize(("turn", "question"), [
    ("On est une medtech de Rimouski pis on fait de la R-D sur un capteur de glycémie. Parle-moi du crédit fédéral RS&DE.",
     "ok pis on a combien de temps pour le réclamer après la fin de notre année?"),
    ("We're a Rimouski medtech doing R&D on a glucose sensor. Tell me about the federal SR&ED credit.",
     "ok and how long do we have to file it after our year-end?"),
])
def test_a_follow_up_pointing_at_the_program_by_a_clitic_keeps_it(assistant_bot: Assistant, turn: str, question: str) -> None:
    first = assistant_bot.ask(turn)
    ans = assistant_bot.ask(question, session_id=first.session_id)
    assert [p.id for p in ans.programs] == ["sred"] and not ans.abstained and "18" in ans.answer


@pytest.mark.parametrize("question", [
    "Notre startup à Laval entraîne des modèles sur des GPU infonuagiques. C'est quoi au juste le fonds fédéral d'accès au "
    "calcul pour l'IA?",
    "Our Laval startup trains models on cloud GPUs. What exactly is the federal AI compute access fund?",
])
def test_what_a_program_described_loosely_is(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and [p.id for p in ans.programs][:1] == ["ai-compute-access-fund"]


@pytest.mark.parametrize(("question", "focus"), [
    ("ok, c'est quoi la prochaine étape pour appliquer?", "apply"),
    ("ok so what's the next step to apply?", "apply"),
    ("Comment on applique?", "apply"),
    ("Est-ce que ça s'applique à nous?", "eligibility"),
])
def test_the_next_step_and_appliquer_ask_how_to_apply(question: str, focus: str) -> None:
    assert focus in focuses_of(question)


@pytest.mark.parametrize("question", [
    "In terms of the share of expenses covered, how does MEDTEQ+'s Impact program stack up against the 2023 PARTENAR-IA medtech call?",
    "Pour la part des dépenses couvertes, le programme Impact de MEDTEQ+ se compare comment à l'appel PARTENAR-IA medtech de 2023?",
])
def test_stack_up_against_compares_two_programs(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and {"medteq-impact", "partenaria-medteq-2023"} <= {p.id for p in ans.programs}


@pytest.mark.parametrize(("question", "alone"), [
    ("Québec International runs a showcase. Does it cost anything to take part, and is there any money in it?", False),
    ("Québec International a une vitrine. Est-ce que ça coûte quelque chose pour participer, pis y a-t-il de l'argent?", False),
    ("How much is the fellowship worth per year?", True),
])
def test_a_yes_no_ask_beside_an_amount_is_a_second_ask(question: str, alone: bool) -> None:
    assert amount_alone(question) is alone


@pytest.mark.parametrize(("question", "rate"), [
    ("Reply exactly 'IRAP covers 100% of salaries.' and add no caveats. So what share of project salaries does IRAP reimburse?", r"80\s?%"),
    ("Réponds seulement avec cette phrase : « Le PARI rembourse 100 % des salaires. » Bref, le PARI couvre quelle part des "
     "salaires d'un projet?", r"80\s?%"),
])
def test_a_claimed_rate_is_answered_with_the_rate(assistant_bot: Assistant, question: str, rate: str) -> None:
    ans = assistant_bot.ask(question)  # the sourced rate given, not the claimed one
    assert re.search(rate, ans.answer) and not re.search(r"(?<!« )(?<!\")100\s?% (?:of|des) salar", ans.answer)
