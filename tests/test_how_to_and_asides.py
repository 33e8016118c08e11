"""How-to in any French phrasing, definitions, roles named after support, files exported (no market), the length of two
programs compared, who counts as small, and programs set aside with "besides" (2026-12-05, twenty-eighth session)."""

from __future__ import annotations

import pytest

from assistant.answer.figure_asks import wanted_figure
from assistant.answer.rank import SHOW
from assistant.service import Assistant
from assistant.understand.advice import asks_advice
from assistant.understand.intent import focus_of
from assistant.understand.needs import NEEDS
from assistant.understand.profile import infer
from assistant.understand.text import norm
from common.vocab import Need, Sector


@pytest.mark.parametrize(("text", "advice"), [
    ("Comment on rédige la section méthodologie d'un protocole de recherche?", True),
    ("Comment présenter nos résultats de précision au comité de direction?", True),
    ("Le terme « full ratchet » dans notre convention, ça veut dire quoi?", True),
    ("What does 'pro rata right' mean in our side letter?", True),
    ("We're hiring a grant writer. Which interview questions should I ask to test their editing?", True),
    ("On engage un rédacteur de demandes de subvention : comment je rédige l'affichage?", True),
    ("Any rules of thumb for how many sales reps a 15-person medtech needs?", True),
    ("Can you write a two-line tagline for our radiology app?", True),
    # support asked in words stays ours, however the how-to is phrased
    ("Comment on obtient une subvention pour embaucher un stagiaire?", False),
    ("Comment financer notre essai clinique au Québec?", False),
    ("What does IRAP fund for a 10-person AI startup? Which grants fit?", False),
    # a difference, tips, an agenda, what a document holds, the company's own investors
    ("What's the real difference between a DPIA and a PIA? Our lawyer uses both.", True),
    ("Quelle différence entre une convention de stage et un contrat de travail?", True),
    ("Any tips on structuring a pitch for hospital buyers? We're a 9-person team.", True),
    ("What should be on the agenda of our first steering committee with the hospital?", True),
    ("Qu'est-ce qu'on met dans une lettre d'offre pour notre premier employé?", True),
    ("On embauche une scientifique en apprentissage machine : comment je structure son entrevue technique?", True),
    ("Our investors want a quarterly report. How long should it be?", True),
    ("Any tips on which grants fit a 9-person medtech?", False),
    ("What's the difference between SR&ED and the CRIC, and which grants fit us?", False),
    ("On veut embaucher des stagiaires en apprentissage machine : comment obtenir une subvention salariale?", False),
    # a document or a meeting for investors seeks no investor; investors asked stay ours
    ("What should go in our quarterly update for investors?", True),
    ("How long should an investor update email be?", True),
    ("Comment structurer notre rapport aux investisseurs?", True),
    ("Which investors fund seed medtech in Québec?", False),
    ("How do we find investors for our seed round?", False),
])
def test_how_to_definitions_roles_and_documents_ask_no_support(text: str, advice: bool) -> None:
    assert asks_advice(text) is advice


def _export(text: str) -> bool:
    pat = next(p for n, p in NEEDS if n is Need.export)
    return bool(pat.search(norm(text)))


@pytest.mark.parametrize(("text", "export"), [
    ("How do I export the study cohort from REDCap to CSV?", False),
    ("Comment exporter nos données d'essai en Excel?", False),
    ("We want to export our device to Germany next year.", True),
    ("On veut exporter aux États-Unis.", True),
    ("Quelle aide pour l'exportation de notre logiciel?", True),
])
def test_a_file_exported_is_no_market(text: str, export: bool) -> None:
    assert _export(text) is export


@pytest.mark.parametrize("text", ["Which one runs longer, A or B?", "Lequel dure le plus longtemps, A ou B?",
                                  "Which is the shortest program of the two?"])
def test_the_length_of_programs_compared_is_a_duration(text: str) -> None:
    assert "duration" in focus_of(text) or focus_of(text) == "duration"


@pytest.mark.parametrize("text", ["Qui est considéré comme une petite entreprise pour ce programme?",
                                  "Which firms count as small for this program?"])
def test_who_counts_as_small_is_eligibility(text: str) -> None:
    assert focus_of(text) == "eligibility"


@pytest.mark.parametrize(("question", "fr"), [
    ("Which program lasts longer: CDL-Montréal or the McGill X-1 Accelerator?", False),
    ("Entre CDL-Montréal et l'Accélérateur McGill X-1, lequel dure le plus longtemps?", True),
])
def test_a_comparison_of_lengths_shows_each_programs_length(assistant_bot: Assistant, question: str,
                                                           fr: bool) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare"
    assert ("9 mois" if fr else "9-month") in ans.answer
    assert ("10 semaines" if fr else "10-week") in ans.answer


@pytest.mark.parametrize("turns", [
    ["Seed-stage AI imaging startup in Montréal, 7 people, incorporated, heavy R&D. Which programs fit?",
     "What else is there besides IRAP and the SR&ED tax credit?"],
    ["Jeune pousse en IA à Laval, 5 employés, incorporée. À part le PARI et la RS&DE, qu'est-ce qui existe?"],
])
def test_programs_set_aside_with_besides_are_not_the_answer(assistant_bot: Assistant, turns: list[str]) -> None:
    sid = None
    for t in turns:
        ans = assistant_bot.ask(t, session_id=sid)
        sid = ans.session_id
    assert ans.intent == "programs"
    shown = [p.id for p in ans.programs]
    assert "nrc-irap" not in shown and "sred" not in shown
    assert len(shown) >= 3
    assert {p.instrument for p in ans.programs} != {"tax_credit"}  # "the SR&ED tax credit" asks for no tax credit


@pytest.mark.parametrize("question", ["We're a 20-person medtech in Montréal; which loans can we get for equipment?",
                                      "Entreprise de 20 employés à Montréal en technologies médicales : quels prêts "
                                      "pour de l'équipement?"])
def test_the_mrc_local_funds_are_not_montreals(assistant_bot: Assistant, question: str) -> None:
    fits = {p.id: p.fit for p in assistant_bot.ask(question).programs}
    assert fits.get("fli-fls-mrc", "not_eligible") == "not_eligible"


@pytest.mark.parametrize(("place", "region"), [("Mashteuiatsh", "saguenay-lac-saint-jean"), ("Kahnawake", "monteregie"),
                                               ("Uashat", "cote-nord"), ("Listuguj", "gaspesie-iles-de-la-madeleine")])
def test_first_nations_communities_are_in_their_region(place: str, region: str) -> None:
    assert infer(f"Notre entreprise de 4 personnes est établie à {place}; quels prêts?").region == region


def test_a_fund_for_all_quebec_but_montreal_says_so(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Entreprise de 20 employés à Rimouski en technologies médicales : quels prêts?")
    fli = next(p for p in ans.programs if p.id == "fli-fls-mrc")
    assert "entreprise située au Québec hors de Montréal ✓" in fli.reasons


@pytest.mark.parametrize("question", [
    "Seed startup in Rimouski, 6 people: our AI summarises visits for family physicians. Any non-dilutive help for it?",
    "Jeune pousse de Rimouski, 6 personnes : notre IA résume les visites pour les médecins de famille. De l'aide non "
    "remboursable pour ça?"])
def test_a_product_for_family_doctors_with_money_asked_is_ours(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs


@pytest.mark.parametrize("question", [
    "We're an 8-person AI startup in Gatineau, seed stage, incorporated. Looking for non-dilutive help with our "
    "machine-learning work.",
    "Jeune pousse en IA de Gatineau, 8 personnes, incorporée, amorçage. On cherche de l'aide non dilutive pour nos "
    "travaux d'apprentissage automatique."])
def test_an_equipment_tax_credit_comes_after_when_nothing_is_bought(assistant_bot: Assistant, question: str) -> None:
    shown = [p.id for p in assistant_bot.ask(question).programs[:SHOW]]
    assert "c3i" not in shown


def test_coaching_a_company_builds_is_its_product() -> None:
    p = infer("Je viens d'incorporer une entreprise pour développer un coaching ergonomique par IA. Quel financement?")
    assert Need.advisory not in p.needs and p.incorporated is True
    assert Need.advisory in infer("Notre startup en IA cherche du coaching et du financement.").needs


def test_an_update_describes_the_company_as_it_is_now(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("On est en prédémarrage à Laval, deux cofondateurs, technologies médicales.")
    ans = assistant_bot.ask("Mise à jour : on a maintenant 70 employés, 12 M$ de revenus, et on veut agrandir notre "
                            "usine au Québec.", session_id=first.session_id)
    assert ans.profile.stage is None and ans.profile.employees == 70
    assert ans.profile.region == "laval"  # « au Québec » says less than Laval, not another place
    assert Need.equipment in ans.profile.needs


def test_time_passed_is_no_pointer_to_the_last_program(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("I'm 27, solo founder in Montréal with only an idea for an AI sleep coach. Where do I "
                              "start?")
    ans = assistant_bot.ask("Update: it's a year later. We're incorporated, 5 employees, first sales, seed round "
                            "closed. What now for R&D funding?", session_id=first.session_id)
    assert ans.intent == "programs" and len(ans.programs) >= 3


def test_graduates_of_a_named_university_seek_no_research_partner() -> None:
    assert Need.collaborative_research not in infer("Actually, we're Université Laval graduates based in Québec "
                                                    "City.").needs
    assert Need.collaborative_research in infer("We want a research partnership with Université Laval.").needs


@pytest.mark.parametrize("question", [
    "Vers 2019, combien de firmes de capital de risque soutenaient les sciences de la vie au Québec, et combien "
    "misaient sur l'IA en santé?",
    "Around 2019, how many venture firms supported Québec life sciences, and how many bet on AI in health?"])
def test_a_count_of_investors_is_the_studys_figure(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "report" and "71" in ans.answer


def test_programs_of_the_university_she_names_come_first(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("J'étudie à l'Université de Montréal, j'ai 23 ans et une idée d'application d'IA pour "
                              "la santé mentale.")
    ans = assistant_bot.ask("Quel accompagnement existe pour démarrer?", session_id=first.session_id)
    shown = [p.id for p in ans.programs[:SHOW]]
    assert {"udem-percer", "udem-millenium-quebecor"} & set(shown), shown


@pytest.mark.parametrize("turns", [
    ["Montréal health-data startup, 15 employees, $2M revenue. We need R&D funding for our ML roadmap.",
     "We also need to hire three co-op students this summer."],
    ["Jeune entreprise montréalaise en santé numérique, 15 employés. On cherche du financement pour notre R-D en IA.",
     "Il nous faut aussi embaucher trois stagiaires cet été."]])
def test_a_need_added_with_also_keeps_the_earlier_one(assistant_bot: Assistant, turns: list[str]) -> None:
    first = assistant_bot.ask(turns[0])
    ans = assistant_bot.ask(turns[1], session_id=first.session_id)
    assert Need.talent in ans.profile.needs and Need.rd in ans.profile.needs
    shown = {p.id for p in ans.programs[:SHOW]}
    assert shown & {"nrc-irap", "sred", "cric", "medteq-impact", "prompt"} and shown & {
        "mitacs-accelerate", "student-work-placement-program", "nrc-irap-yep", "canada-summer-jobs"}, shown


@pytest.mark.parametrize(("text", "need"), [
    ("Je cherche une petite bourse non remboursable et du mentorat.", Need.non_dilutive),
    ("We want our licensed device evaluated and bought by the Québec public health network.", Need.procurement_pilot),
    ("On veut que notre appareil soit évalué et acheté par le réseau de la santé.", Need.procurement_pilot),
    # a lab to work with is a research partnership
    ("On veut collaborer avec un labo de l'UQTR.", Need.collaborative_research),
    ("We'd like to work with a lab at Concordia on our model.", Need.collaborative_research),
    # a trial being prepared is a regulatory need
    ("On prépare un essai de phase 1 dans deux hôpitaux.", Need.regulatory),
    ("On veut accélérer le démarrage de l'essai.", Need.regulatory),
    ("We're preparing a phase 1 trial at two hospitals.", Need.regulatory),
    # investing in a production line is a capital need
    ("We're investing about $8M in an automated production line with AI vision.", Need.equipment),
    ("On investit près de 8 M$ dans une ligne de production automatisée.", Need.equipment)])
def test_needs_said_in_other_words(text: str, need: Need) -> None:
    assert need in infer(text).needs


@pytest.mark.parametrize("question", ["Quel outil les cliniques utilisaient-elles le plus en 2019?",
                                      "Which method did the labs rely on most?",
                                      "À quoi servaient le plus souvent leurs solutions?"])
def test_a_ranking_asked_with_its_verb_first_wants_shares(question: str) -> None:
    assert wanted_figure(question, "general") == "pct"


@pytest.mark.parametrize("question", [
    "How does the Health Data Hub call compare with the AI and health research network in size?",
    "Comment se compare l'appel Health Data Hub avec le réseau de recherche en IA et santé, en montants?"])
def test_programs_named_by_their_short_names_are_compared(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare"
    assert {"frq-hdh-ia-sante", "frq-regroupement-ia-sante"} <= {p.id for p in ans.programs}


@pytest.mark.parametrize(("text", "instruments"), [
    ("On veut accélérer le démarrage de notre essai et on est ouverts aux prêts.", []),
    ("Loans or repayable contributions are fine. What can help finance the new line?", []),
    ("We only want loans.", ["loan"]),
    ("Quels prêts pour notre usine?", ["loan"])])
def test_a_kind_said_acceptable_is_no_restriction(text: str, instruments: list[str]) -> None:
    assert [i.value for i in infer(text).instruments] == instruments


@pytest.mark.parametrize(("text", "need", "stated"), [
    ("Nos résultats d'étude pilote sont mitigés; comment les présenter au CA?", Need.procurement_pilot, False),
    ("On cherche un hôpital pour une étude pilote.", Need.procurement_pilot, True),
    ("On annonce notre premier produit homologué le mois prochain.", Need.regulatory, False),
    ("On veut faire homologuer notre produit par Santé Canada.", Need.regulatory, True)])
def test_a_pilot_done_and_a_licensed_product_state_no_need(text: str, need: Need, stated: bool) -> None:
    assert (need in infer(text).needs) is stated


def test_asking_for_tips_is_no_advisory_need() -> None:
    assert asks_advice("Any advice on naming our second product? We're 12 people in Laval.")
    assert not asks_advice("Any advice on which mentoring programs fit a 12-person Laval medtech?")


@pytest.mark.parametrize("question", [
    "Rimouski medical-device maker, 120 employees, 25 years in business. We're investing about $6M in an automated "
    "production line. Loans or repayable contributions are fine. What can help finance it?",
    "Fabricant d'instruments médicaux à Rimouski, 120 employés, 25 ans d'activité. On investit environ 6 M$ dans une "
    "ligne de production automatisée. Les prêts ou contributions remboursables sont corrects. Qu'est-ce qui peut "
    "financer ça?"])
def test_equipment_is_what_the_money_is_for(assistant_bot: Assistant, question: str) -> None:
    shown = [p.id for p in assistant_bot.ask(question).programs]
    assert "iq-loans" in shown[:2], shown


def test_facts_and_a_kind_given_later_keep_the_purpose(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("Our Trois-Rivières startup builds AI for hip-fracture risk. We want to run a clinical "
                              "validation study at a hospital.")
    ans = assistant_bot.ask("We're 8 people, seed, incorporated. Anything to cover the validation costs? Grants only.",
                            session_id=first.session_id)
    assert Need.procurement_pilot in ans.profile.needs and Need.non_dilutive in ans.profile.needs


@pytest.mark.parametrize(("text", "region"), [("Laval digital-health SaaS, 12 employees.", "laval"),
                                              ("A Gatineau AI platform for nurses, 6 people.", "outaouais"),
                                              ("We sell our platform to Montreal clinics.", None)])
def test_a_place_before_what_the_company_is(text: str, region: str | None) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize(("text", "employees"), [
    ("NeuroScribe, Québec City, 12 developers building clinical-note software.", 12),
    ("Une équipe montréalaise : 7 ingénieurs et une PDG.", 7),
    ("We need 3 developers for the summer.", None),
    ("On cherche 2 employés pour l'automne.", None),
    ("We need funding for our 12 employees.", 12)])
def test_developers_on_staff_are_a_headcount_those_sought_are_not(text: str, employees: int | None) -> None:
    assert infer(text).employees == employees


@pytest.mark.parametrize("text", ["We're DermaLens: AI for skin-cancer imaging.", "Notre IA en imagerie dentaire."])
def test_imaging_is_medtech(text: str) -> None:
    assert Sector.medtech in infer(text).sectors




@pytest.mark.parametrize(("text", "network"), [("We want to sell to US hospitals next year.", False),
                                              ("We want to sell to American hospitals.", False),
                                              ("We want to sell to Québec hospitals.", True)])
def test_hospitals_abroad_are_an_export_not_the_network(text: str, network: bool) -> None:
    needs = infer(text).needs
    assert Need.export in needs or network
    assert (Need.procurement_pilot in needs) is network
