"""Readings fixed in the forty-sixth session (2026-12-08), French and English alike: a body the corpus lacks, named
with its place or reached "through" for money, is said unknown; a context that tells of support makes a short amount
question ours (« ça monte à combien? », "how much does that come to?"); a government asked whether it has something
asks for support; buyers abroad are an export; a care site named before the trial is a pilot; a body named only in the
context is not the one asked of; a pilot asked beside equity is named as of another kind."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.ask import continues
from assistant.understand.evidence import support_asked
from assistant.understand.profile import infer
from assistant.understand.text import norm
from common.vocab import Need


@pytest.mark.parametrize(("question", "name"), [
    ("Est-ce que la SADC de Memphrémagog peut nous financer? On est une startup de télésanté à Magog.", "SADC"),
    ("Can the CFDC of Memphremagog fund us? We are a telehealth startup in Magog.", "CFDC"),
    ("Our accountant mentioned ElevateIP. Could our startup get money through ElevateIP for patent costs?", "ElevateIP"),
    ("Notre comptable a parlé d'ElevateIP. Notre startup pourrait-elle obtenir de l'argent par ElevateIP pour nos "
     "frais de brevets?", "ElevateIP"),
    ("We want to hire a data scientist who arrived in Québec last year. Could the PRIIME of Services Québec reimburse "
     "part of her salary?", "PRIIME"),
    ("On veut embaucher une data scientist arrivée au Québec l'an dernier. Est-ce que le PRIIME de Services Québec "
     "pourrait rembourser une partie de son salaire?", "PRIIME"),
])
def test_a_body_the_corpus_lacks_is_said_unknown(assistant_bot: Assistant, question: str, name: str) -> None:
    a = assistant_bot.ask(question)
    assert a.abstained and name in a.answer.splitlines()[0]


@pytest.mark.parametrize("question", [
    "Can the BDC fund us? We are a telehealth startup in Magog.",
    "Est-ce que le PARI peut nous financer? On est une startup de télésanté à Magog.",
    "Can we get funding through Mitacs for an intern?",
])
def test_a_body_of_ours_asked_the_same_way_is_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "On est 6 à Trois-Rivières, on développe un modèle pour lire des échographies. Il paraît que le fédéral a des "
    "conseillers techniques qui peuvent rembourser une partie des salaires de R-D. Pour un petit projet, ça monte à "
    "combien?",
    "We're 6 people in Trois-Rivières building an ultrasound model. I hear the federal government has technical "
    "advisors who can reimburse part of R&D salaries. For a small project, how much does that come to?",
])
def test_an_amount_asked_of_support_told_before_is_ours(assistant_bot: Assistant, question: str) -> None:
    a = assistant_bot.ask(question)
    assert not a.abstained and "nrc-irap" in [p.id for p in a.programs][:3]


@pytest.mark.parametrize(("ask", "context", "expected"), [
    ("Pour un petit projet, ça monte à combien?", "Le fédéral a des conseillers qui remboursent des salaires.", True),
    ("For a small project, how much does that come to?", "The feds have advisors who repay salaries.", True),
    ("Quelle est la météo demain matin?", "On est à Québec.", False),
])
def test_a_pronoun_subject_continues_the_context(ask: str, context: str, expected: bool) -> None:
    assert continues(ask, context) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Does the Canadian government have people on the ground in Boston?", True),
    ("Est-ce que le gouvernement canadien a des gens sur place à Boston?", True),
    ("Il paraît que le fédéral a des conseillers techniques qui remboursent des salaires.", True),
    ("Does Canada have something like that for health?", True),
    ("Est-ce que le Canada a quelque chose de semblable en santé?", True),
    ("The government has changed twice since we started.", False),
])
def test_a_government_asked_whether_it_has_something_asks_support(text: str, expected: bool) -> None:
    assert support_asked(norm(text)) is expected


@pytest.mark.parametrize("question", [
    "We're planning to pitch our remote-monitoring platform to hospital systems in Boston next year. Does the "
    "Canadian government have people on the ground there who can set up introductions or host us for a few months?",
    "On veut présenter notre plateforme de télésurveillance à des systèmes hospitaliers de Boston l'an prochain. "
    "Est-ce que le gouvernement canadien a des gens sur place qui peuvent nous présenter ou nous héberger quelques mois?",
])
def test_buyers_abroad_are_an_export(assistant_bot: Assistant, question: str) -> None:
    assert Need.export in infer(question).needs
    a = assistant_bot.ask(question)
    assert not a.abstained and {"trade-commissioner-service", "canadian-technology-accelerators"} <= {
        p.id for p in a.programs}


@pytest.mark.parametrize(("text", "pilot"), [
    ("On cherche des investisseurs et un établissement du réseau de la santé pour tester notre solution.", True),
    ("We need a seed investor, and a hospital to pilot our triage tool.", True),
    ("We need a seed investor, and hospitals in the US to test our tool.", False),
])
def test_a_care_site_named_before_the_trial_is_a_pilot(text: str, pilot: bool) -> None:
    assert (Need.procurement_pilot in infer(text).needs) is pilot


@pytest.mark.parametrize("question", [
    "Notre logiciel de planification des blocs opératoires a été testé au CHUM. On voudrait le déployer dans "
    "d'autres CIUSSS. À qui on s'adresse au ministère pour se faire guider? On ne cherche pas d'argent.",
    "Our operating-room scheduling software was tested at the CHUM. We'd like to roll it out in other CIUSSSs. "
    "Whom do we turn to at the ministry to be guided? We're not looking for money.",
])
def test_a_body_named_in_the_context_only_is_not_the_one_asked(assistant_bot: Assistant, question: str) -> None:
    a = assistant_bot.ask(question)
    assert a.intent == "programs" and "msss-bureau-innovation" in [p.id for p in a.programs][:4]


def test_a_body_told_with_its_support_in_the_context_is_asked(assistant_bot: Assistant) -> None:
    a = assistant_bot.ask("Health Canada supposedly gives small companies a break on regulatory fees. How much would "
                          "we save on our first pre-market application, and what's the cutoff to count as small?")
    assert a.intent == "fact" and [p.id for p in a.programs][:1] == ["health-canada-small-business-fee-reduction"]


@pytest.mark.parametrize("question", [
    "We need seed investors, and a hospital in the network to pilot our triage tool.",
    "On cherche des investisseurs pour notre ronde d'amorçage et un établissement du réseau de la santé pour tester "
    "notre solution.",
])
def test_a_pilot_asked_beside_equity_is_named_of_another_kind(assistant_bot: Assistant, question: str) -> None:
    a = assistant_bot.ask(question)
    head = a.answer.split("\n- ")[0]
    assert "CAN" in head and all(p.instrument == "equity" for p in a.programs[:6]), head


@pytest.mark.parametrize(("text", "asked", "ruled_out"), [
    ("We need about $2M to scale up and would prefer debt over another equity round.", "loan", "equity"),
    ("Il nous faudrait 2 M$ et on préférerait de la dette plutôt que des investisseurs.", "loan", "equity"),
    ("J'aime mieux emprunter que d'aller chercher des investisseurs. Qui prête à des entreprises comme la mienne?",
     "loan", "equity"),
    ("We prefer grants to loans.", "grant", "loan"),
    ("On aime mieux des subventions qu'un prêt.", "grant", "loan"),
])
def test_the_other_side_of_a_preference_is_ruled_out(text: str, asked: str, ruled_out: str) -> None:
    p = infer(text)
    assert asked in p.instruments and ruled_out not in p.instruments


@pytest.mark.parametrize("text", [
    "We want an accelerator, but not one that takes equity.",
    "On veut un accélérateur, mais pas un qui prend du capital-actions.",
])
def test_a_kind_of_program_that_must_not_take_equity(text: str) -> None:
    p = infer(text)
    assert Need.accelerator in p.needs and "equity" in p.excluded


@pytest.mark.parametrize("question", [
    "We're a team of 8 in Sherbrooke building deep-learning software for CT scans. Seed stage, no revenue yet. Our "
    "board is firm: non-repayable money only, no loans and no dilution. What should we be applying to?",
    "On est 8 à Sherbrooke, logiciel d'apprentissage profond pour la tomodensitométrie. Amorçage, pas de revenus. "
    "Le conseil est clair : seulement de l'argent non remboursable, pas de prêts, pas de dilution. À quoi devrait-on "
    "postuler?",
])
def test_what_to_apply_to_is_a_request_for_programs(assistant_bot: Assistant, question: str) -> None:
    a = assistant_bot.ask(question)
    assert not a.abstained and "nrc-irap" in [p.id for p in a.programs]


@pytest.mark.parametrize(("text", "need"), [
    ("We need to get money back on our R&D salaries through the federal system.", Need.tax_credit),
    ("On veut récupérer une partie de nos dépenses de R-D via le fédéral.", Need.tax_credit),
    ("We're thinking of a soft landing in Boston to meet pharma partners.", Need.export),
    ("On pense faire un atterrissage en douceur à Boston pour rencontrer des partenaires.", Need.export),
    ("We want help finding distributors in the Caribbean and the US.", Need.export),
    ("On veut trouver des distributeurs en France et en Belgique.", Need.export),
    ("On voudrait la tester pour de vrai avec une grosse organisation.", Need.procurement_pilot),
    ("We'd like to test it for real with a large organisation.", Need.procurement_pilot),
    ("Il nous faut une porte d'entrée dans le réseau de la santé.", Need.procurement_pilot),
    ("We need a way into the public health network.", Need.procurement_pilot),
    ("Qui prête à une jeune pousse comme la nôtre?", Need.loan),
    ("We'd rather borrow than sell shares.", Need.loan),
])
def test_needs_told_in_everyday_words(text: str, need: Need) -> None:
    assert need in infer(text).needs


@pytest.mark.parametrize(("question", "pair"), [
    ("I'm a Black founder with a small software company in Montréal. Would I get a bigger loan through the CSBFP at my "
     "bank, or through the federal loan fund for Black entrepreneurs?", ["csbfp", "black-entrepreneurship-loan-fund"]),
    ("Je suis fondatrice d'origine haïtienne, donc je pourrais cogner chez Evol ou au fonds fédéral de prêts pour les "
     "entrepreneurs noirs. Lequel prête le plus gros montant maximum?", ["evol", "black-entrepreneurship-loan-fund"]),
    ("We're an established diagnostics manufacturer. For a feasibility study, how does ESSOR compare with the federal "
     "regional agency's interest-free repayable contributions for SMEs?", ["essor", "ced-regi"]),
    ("Pour une startup montréalaise de 3 personnes : la Bourse+ de la Fondation Montréal inc. ou la subvention de la "
     "Ville pour tester notre innovation avec un partenaire établi, c'est laquelle qui donne le plus?",
     ["fondation-montreal-inc-bourse-plus", "montreal-innovation-ouverte"]),
])
def test_a_comparison_with_one_side_described(assistant_bot: Assistant, question: str, pair: list[str]) -> None:
    a = assistant_bot.ask(question)
    assert a.intent == "compare" and set(pair) <= {p.id for p in a.programs}


@pytest.mark.parametrize("question", [
    "money for GPUs?",
    "de l'argent pour des GPU?",
    "aide pour une femme en techno santé?",
    "help for a woman in health tech?",
    "Is there anything for a founder who just immigrated? I moved to Montreal from Colombia last year and incorporated "
    "a small health-AI company.",
    "Comment on fait pour que notre dispositif avec de l'IA soit évalué et finisse par être utilisé dans les hôpitaux "
    "publics du Québec? Par où commencer?",
    "How do we get our AI device evaluated and eventually used in Québec's public hospitals? Where do we start?",
])
def test_short_or_plain_in_scope_questions_are_answered(assistant_bot: Assistant, question: str) -> None:
    assert not assistant_bot.ask(question).abstained


@pytest.mark.parametrize("question", [
    "We're a startup using AI to control a greenhouse near Saint-Hyacinthe. Which agriculture programs can we apply to?",
    "On est une startup qui pilote une serre avec de l'IA près de Saint-Hyacinthe. Quels programmes agricoles existent?",
    "On adapte notre modèle conçu pour l'imagerie médicale pour détecter les maladies des arbres. Y a-t-il des "
    "programmes pour l'industrie forestière?",
    "We're adapting our medical-imaging model to spot tree diseases. Are there programs for the forestry industry?",
    "I'm a startup founder with no salary yet. Is there a government loan for buying a personal car?",
    "Je suis fondatrice d'une startup, sans salaire. Y a-t-il un prêt du gouvernement pour acheter une voiture?",
    "Je travaille de chez nous pour ma startup de santé numérique. Y a-t-il une subvention pour rénover ma maison?",
    "I work from home for my digital-health startup. Is there a grant to renovate my house?",
])
def test_another_trades_support_or_a_household_matter_is_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


def test_support_for_a_trade_told_with_health_work_stays_ours(assistant_bot: Assistant) -> None:
    assert not assistant_bot.ask("Are there programs for hospital restaurants using AI?").abstained


@pytest.mark.parametrize(("turns", "pid"), [
    (["On hésite entre le PARI du CNRC ou le crédit d'impôt RS&DE du fédéral pour notre startup d'IA. Par quoi "
      "commencer?", "Pis le deuxième, on le réclame comment?"], "sred"),
    (["We're torn between NRC IRAP and the federal SR&ED tax credit for our AI startup. Where should we start?",
      "And the second one, how do we claim it?"], "sred"),
])
def test_the_second_named_of_a_comparison_is_the_second_said(assistant_bot: Assistant, turns: list[str],
                                                              pid: str) -> None:
    session = None
    for t in turns:
        a = assistant_bot.ask(t, session_id=session)
        session = a.session_id
    assert [p.id for p in a.programs][:1] == [pid]


@pytest.mark.parametrize("turns", [
    ["On veut lancer notre phase 1 au Québec l'an prochain. Y a-tu quelque chose pour accélérer les approbations dans "
     "les hôpitaux?", "Ça prend combien de temps en moyenne avec eux?"],
    ["We plan a phase 1 trial in Québec next year. Is there anything to speed up hospital approvals?",
     "How long does it take on average with them?"],
])
def test_a_time_on_average_is_a_duration_not_an_average_amount(assistant_bot: Assistant, turns: list[str]) -> None:
    session = None
    for t in turns:
        a = assistant_bot.ask(t, session_id=session)
        session = a.session_id
    assert not a.abstained and "8" in a.answer.split("\n")[0]
