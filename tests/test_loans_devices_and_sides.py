"""Loans asked by their verbs, devices named by their kind, the other side of a comparison as a pronoun, French
superlatives, and a time clause before a study question (2026-12-06, twenty-ninth session)."""

from __future__ import annotations

import pytest

from assistant.answer.figure_asks import figure_asks
from assistant.service import Assistant
from assistant.understand.intent import focus_of
from assistant.understand.profile import infer
from assistant.understand.text import main_ask, norm
from common.vocab import Instrument, Need, Sector
from tests.helpers import last_answer

FITS = {"eligible", "likely", "check"}  # what a reader is shown as fits


@pytest.mark.parametrize(("text", "loan"), [
    ("We'd rather borrow than give up equity. Who lends to a company like ours?", True),
    ("Which lenders work with pre-revenue medtech startups?", True),
    ("On préfère s'endetter que diluer. Qui prête à une entreprise comme la nôtre?", True),
    ("Peut-on emprunter pour acheter un séquenceur?", True),
    ("Les prêteurs publics financent-ils les jeunes pousses sans revenus?", True),
    # controls: the adjective « prêt(e) », a dataset borrowed, debt refused
    ("Notre équipe est prête à lancer un projet pilote; quelles subventions?", False),
    ("Which grants fit a 5-person AI startup? We don't want to borrow.", False),
])
def test_a_loan_asked_by_its_verb_or_its_lenders(text: str, loan: bool) -> None:
    assert (Instrument.loan in infer(text).instruments) is loan


def test_borrowing_refused_is_no_loan_asked() -> None:
    assert Instrument.loan in infer("Which grants fit a 5-person AI startup? We don't want to borrow.").excluded


@pytest.mark.parametrize("question", [
    "Three of us run a digital health startup in Sherbrooke, no revenue yet. We'd rather borrow than give up equity. "
    "Who lends to a company like ours?",
    "On est trois dans une jeune pousse en santé numérique à Sherbrooke, sans revenus pour l'instant. On préfère "
    "s'endetter que diluer. Qui prête à une entreprise comme la nôtre?",
])
def test_a_company_asking_who_lends_gets_loans_not_a_refusal(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    fits = [p for p in ans.programs if p.fit in FITS]
    assert not ans.abstained and fits
    assert {p.instrument for p in fits[:3]} <= {"loan", "loan_guarantee", "repayable_contribution"}


@pytest.mark.parametrize(("text", "medtech"), [
    ("Trois-Rivières startup making a wearable cardiac monitor (likely Class II).", True),
    ("On fabrique un moniteur cardiaque portable, probablement de classe II.", True),
    ("We design a smart orthopedic implant.", True),
    ("Nous développons une prothèse de main connectée.", True),
    ("Our catheter for dialysis patients is in trials.", True),
    # controls: settling somewhere, a class of shares
    ("Nous voulons nous implanter à Québec; notre logiciel d'IA trie les courriels.", False),
    ("We issued Class B shares to our angels for our AI chatbot.", False),
])
def test_a_device_named_by_its_kind_or_class_is_medtech(text: str, medtech: bool) -> None:
    assert (Sector.medtech in infer(text).sectors) is medtech


def test_a_class_ii_monitor_maker_is_not_shown_drug_evaluation(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Startup de Trois-Rivières, 15 employés, on fabrique un moniteur cardiaque portable "
                            "(probablement de classe II). Il nous faut une homologation de Santé Canada. Quelle aide "
                            "réglementaire existe?")
    fits = [p.id for p in ans.programs if p.fit in FITS]
    assert "health-canada-device-advice-meetings" in fits and "inesss-medicaments" not in fits


@pytest.mark.parametrize(("question", "sides"), [
    ("Entre le Fonds de prêts pour les femmes en entrepreneuriat et celui pour l'entrepreneuriat des communautés "
     "noires, lequel prête le plus?", ["wes-loan-fund", "black-entrepreneurship-loan-fund"]),
    ("Which lends more: the women entrepreneurship loan fund or the one for Black entrepreneurs?",
     ["wes-loan-fund", "black-entrepreneurship-loan-fund"]),
    # a French superlative asks a comparison as "which … more" does
    ("Pour une PME, qui rembourse la plus grosse part des dépenses : Scale AI ou l'appel de projets en IA pour "
     "consortiums du ministère de l'Économie?", ["scale-ai-projects", "meie-ai-consortia-call"]),
])
def test_the_other_side_of_a_comparison_said_by_a_pronoun_or_a_superlative(assistant_bot: Assistant, question: str,
                                                                             sides: list[str]) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and [p.id for p in ans.programs] == sides


@pytest.mark.parametrize(("text", "asked"), [
    ("when quebec unveiled its plan in may 2022, how much did it commit?", "how much did it commit?"),
    ("lorsque quebec a devoile son plan, combien a-t-il prevu?", "combien a-t-il prevu?"),
    ("once we incorporate, which grants can we get?", "which grants can we get?"),
    # a when asked stays asked
    ("when does it open, how much can we get?", "when does it open, how much can we get?"),
    ("quand ouvre l'appel, le mois prochain?", "quand ouvre l'appel, le mois prochain?"),
    ("when is the next irap deadline?", "when is the next irap deadline?"),
])
def test_a_time_clause_before_the_question_is_context(text: str, asked: str) -> None:
    assert main_ask(norm(text)) == asked


@pytest.mark.parametrize("question", [
    "When Québec unveiled its life sciences plan in May 2022, how much in budget appropriations did it commit?",
    "Lorsque Québec a dévoilé son plan en sciences de la vie en mai 2022, combien a-t-il prévu en crédits budgétaires?",
])
def test_the_sum_asked_after_a_time_clause_leads(assistant_bot: Assistant, question: str) -> None:
    assert focus_of(question) == "amount" and figure_asks(question, "amount")[0][1] == "money"
    first = assistant_bot.ask(question).answer.split("\n")[1]
    assert "211" in first


@pytest.mark.parametrize(("text", "instruments"), [
    ("We plan to buy new production equipment and expand. Financing and tax credits?", []),
    ("On prévoit acheter de l'équipement et agrandir. Quel financement et quels crédits d'impôt?", []),
    ("Funding or grants for our 5-person AI startup?", []),
    # controls: a kind of financing is that kind
    ("Which grant funding and loans fit us?", [Instrument.grant, Instrument.loan]),
    ("Debt financing or grants for a 10-person medtech?", [Instrument.grant, Instrument.loan]),
    ("Only tax credits, please: which fit?", [Instrument.tax_credit]),
])
def test_financing_in_general_beside_a_kind_restricts_nothing(text: str, instruments: list[Instrument]) -> None:
    assert infer(text).instruments == instruments


def test_an_expanding_manufacturer_asking_financing_and_credits_sees_loans_too(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Fabricant d'analyseurs diagnostiques à Sherbrooke : 60 employés, 12 M$ de revenus, bien "
                            "établi. On prévoit acheter de l'équipement de production et agrandir. Quel financement et "
                            "quels crédits d'impôt?")
    kinds = {p.instrument for p in ans.programs if p.fit in FITS}
    assert "tax_credit" in kinds and "loan" in kinds


@pytest.mark.parametrize(("text", "digital"), [
    ("Lévis company with an AI triage platform for emergency rooms.", True),
    ("Plateforme de triage par IA pour les urgences.", True),
    ("We build scheduling software for hospitals.", True),
    ("Un outil pour les médecins de famille.", True),
    ("An AI tool for the emergency fund of our city.", False),  # control: no care setting
])
def test_software_for_care_settings_is_digital_health(text: str, digital: bool) -> None:
    assert (Sector.digital_health in infer(text).sectors) is digital


@pytest.mark.parametrize("question", [
    "Lévis company, 20 employees, Series A, with an AI triage platform for emergency rooms. We want the public health "
    "network (CISSS/CIUSSS) to adopt and buy it. Where do we start?",
    "Entreprise de Lévis, 20 employés, série A; plateforme de triage par IA pour les urgences. On veut que le réseau "
    "public (CISSS, CIUSSS) l'adopte et l'achète. Par où commencer?",
])
def test_an_aside_in_parentheses_does_not_hide_the_need(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert Need.procurement_pilot in ans.profile.needs
    assert "msss-bureau-innovation" in [p.id for p in ans.programs if p.fit in FITS][:6]


@pytest.mark.parametrize(("question", "named"), [
    ("Comment je présente notre outil? Elle est sceptique face à l'IA.", []),
    ("Notre medtech doit faire face aux coûts; quelles aides?", []),
    ("We face rising compute costs; which grants help our AI startup?", []),
    ("We had a face-to-face with our irap advisor.", ["nrc-irap"]),
    ("Yep, we are 5 people in Laval doing AI diagnostics; what grants fit?", []),
    # controls: the acronyms as names, in capitals or in a casual question
    ("is face still lending to black entrepreneurs?", ["black-entrepreneurship-loan-fund"]),
    ("Is FACE still lending?", ["black-entrepreneurship-loan-fund"]),
    ("is irap still open?", ["nrc-irap"]),
    ("YEP pays how much per graduate?", ["nrc-irap-yep"]),
])
def test_an_acronym_written_as_an_ordinary_word_names_no_program(assistant_bot: Assistant, question: str,
                                                                  named: list[str]) -> None:
    assert assistant_bot.mentioned(question) == named


def test_advice_with_face_a_is_declined_not_read_as_the_loan_fund(assistant_bot: Assistant) -> None:
    assert assistant_bot.ask("Comment je présente notre outil de planification des soins à une directrice des soins "
                             "infirmiers? Elle a 20 minutes et elle est sceptique face à l'IA.").abstained


@pytest.mark.parametrize(("question", "abstained"), [
    ("On veut collaborer avec une entreprise en Israël ou en Allemagne sur un projet de R&D. Y a-t-il des appels "
     "bilatéraux pour financer ça?", False),
    ("We want to collaborate with a company in Israel on an R&D project. Are there bilateral calls to fund that?", False),
    ("Our Montréal medtech has a partner company in Germany; which programs fund joint R&D?", False),
    # controls: the company's own home abroad
    ("Can our startup in Germany get Québec grants?", True),
    ("Notre filiale allemande peut-elle obtenir des subventions?", True),
])
def test_a_partner_abroad_is_not_the_company_home(assistant_bot: Assistant, question: str, abstained: bool) -> None:
    assert assistant_bot.ask(question).abstained is abstained


@pytest.mark.parametrize("question", [
    "Existe-t-il des réductions de frais pour une medtech de 9 employés à Lévis?",
    "Are there fee reductions for a 9-person medtech in Lévis?",
])
def test_fee_reductions_asked_by_a_company_are_the_regulator_s(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == "health-canada-small-business-fee-reduction"


@pytest.mark.parametrize("question", [
    # a fee reduction described without an article: the program's fact, as in English
    "Qui est considéré comme petite entreprise pour les réductions de frais de Santé Canada sur les demandes de "
    "médicaments et d'instruments médicaux?",
    "Which companies count as a small business for Health Canada's fee reductions on drug and medical device "
    "submissions?",
])
def test_who_counts_as_small_for_the_fee_reductions_is_a_fact(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and "100" in ans.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Ma banque offre-t-elle des réductions de frais sur mon compte personnel?",
    "Does my bank waive fees on my personal account?",
])
def test_a_personal_bank_account_s_fees_are_declined(assistant_bot: Assistant, question: str) -> None:
    assert assistant_bot.ask(question).abstained


@pytest.mark.parametrize("turns", [
    ["Biotech à Laval, série A, 35 employés. Notre candidat a passé les études précliniques in vivo et on prépare un "
     "essai de phase 1 au Québec.", "Pour le financement, on est ouverts aux prêts."],
    ["Laval biotech, Series A, 35 staff. Our candidate passed in vivo preclinical studies and we're preparing a phase 1 "
     "trial in Québec.", "For the money side, we're open to loans."],
])
def test_a_kind_said_acceptable_later_keeps_the_need_asked_before(assistant_bot: Assistant, turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    fits = [p for p in ans.programs if p.fit in FITS]
    assert "catalis-fast-track" in [p.id for p in fits] and "loan" in {p.instrument for p in fits}


@pytest.mark.parametrize("question", [
    "We're a 5-person AI startup in Sherbrooke building a triage tool for emergency departments. Incorporated, "
    "pre-revenue. What funding exists for us?",
    "Nous sommes une jeune pousse de 5 personnes à Sherbrooke, sans revenus, qui développe un outil de triage par IA "
    "pour les urgences. Quel financement existe pour nous?",
])
def test_a_pre_revenue_company_naming_no_round_sees_money_it_keeps_first(assistant_bot: Assistant,
                                                                        question: str) -> None:
    fits = [p for p in assistant_bot.ask(question).programs if p.fit in FITS]
    assert fits[0].instrument != "equity"
    assert sum(p.instrument == "equity" for p in fits[:6]) <= 3


def test_a_series_a_company_asking_funding_still_sees_investors(assistant_bot: Assistant) -> None:
    fits = [p for p in assistant_bot.ask("We're a 25-person Series A digital health company in Montréal. What funding "
                                         "exists for us?").programs if p.fit in FITS]
    assert "equity" in {p.instrument for p in fits[:6]}


@pytest.mark.parametrize("turns", [
    ["Montréal digital health company, 30 employees, $4M ARR, Series A. We want to expand to the US, starting with "
     "Boston. What support is there?", "Anything beyond CanExport? Like hands-on help on the ground in Boston."],
    ["Medtech de Montréal, 30 employés, série A. On veut percer le marché américain à Boston. Quel soutien existe?",
     "Au-delà de CanExport, y a-t-il de l'aide sur le terrain à Boston?"],
])
def test_beyond_a_program_asks_its_alternatives(assistant_bot: Assistant, turns: list[str]) -> None:
    ans = last_answer(assistant_bot, turns)
    fits = [p.id for p in ans.programs if p.fit in FITS]
    assert ans.intent == "programs" and "trade-commissioner-service" in fits and "canexport-smes" not in fits


@pytest.mark.parametrize(("text", "regulatory"), [
    ("Our molecule is ready for a first-in-human study.", True),
    ("On a une molécule prête pour une première étude chez l'humain.", True),
    ("On veut faire notre phase 1 dans des hôpitaux du Québec.", True),
    ("We plan to run our phase 2 at three sites.", True),
    ("Y a-tu moyen d'accélérer l'approbation dans les CHU?", True),
    ("We're in phase 2 of our product roadmap; which grants fit?", False),  # control: a phase of something else
])
def test_a_first_in_human_or_phase_1_study_is_an_approval_path(text: str, regulatory: bool) -> None:
    assert (Need.regulatory in infer(text).needs) is regulatory


@pytest.mark.parametrize(("text", "region"), [
    ("Biotech lavalloise, 30 employés.", "laval"),
    ("Une startup trifluvienne de 5 personnes.", "mauricie"),
    ("Entreprise lévisienne en medtech.", "chaudiere-appalaches"),
    ("Une PME longueuilloise en santé numérique.", "monteregie"),
    ("Biotech montréalaise.", "montreal"),  # control
])
def test_a_company_s_city_said_as_an_adjective(text: str, region: str) -> None:
    assert infer(text).region == region


def test_a_replaced_program_asked_about_is_no_fit(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Mitacs Élévation, ça existe encore pour notre startup de 10 employés à Longueuil?")
    elevate = next(p for p in ans.programs if p.id == "mitacs-elevate")
    assert elevate.fit == "not_eligible" and "*probablement admissible*" not in ans.answer
    assert "mitacs-accelerate" in [p.id for p in ans.programs if p.fit in FITS]  # what replaced it, as the text says


@pytest.mark.parametrize(("text", "region"), [
    ("Montréal health app, 3 employees, $100k revenue. We need a $75k loan for working capital.", "montreal"),
    ("Our Laval team needs interns.", "laval"),
])
def test_a_place_before_the_company_s_app_or_team(text: str, region: str) -> None:
    assert infer(text).region == region


def test_a_montreal_company_asking_a_loan_is_not_shown_the_fund_outside_montreal(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Montréal health app, 3 employees, $100k revenue, startup stage. We need a $75k loan for "
                            "working capital. Options?")
    assert "fli-fls-mrc" not in [p.id for p in ans.programs if p.fit in FITS]


@pytest.mark.parametrize(("text", "region"), [
    ("We make a digital triage platform. Montréal, about 20 staff, Series A.", "montreal"),
    ("Nous faisons une plateforme. Sherbrooke, 5 employés.", "estrie"),
    ("We love Montréal. Which grants?", None),  # control: a place named, not the company's
])
def test_a_bare_place_opening_a_list_of_facts(text: str, region: str | None) -> None:
    assert infer(text).region == region


@pytest.mark.parametrize("question", [
    "We make a digital triage platform. Montréal, about 20 staff, Series A, $1.5M revenue. How do we get it adopted by "
    "the CISSS and CIUSSS?",
    "On fait une plateforme de triage numérique. Montréal, une vingtaine d'employés, série A. Comment la faire adopter "
    "par les CISSS et les CIUSSS?",
])
def test_adoption_by_the_cisss_is_asked_not_refused(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and Need.procurement_pilot in ans.profile.needs


@pytest.mark.parametrize("question", [
    "Biotech montréalaise, 14 employés, amorçage. Teralys, on peut-tu leur envoyer notre deck directement?",
    "We're a 14-person seed biotech in Montréal. Can we pitch Teralys directly?",
])
def test_a_company_asking_a_fund_of_funds_is_shown_the_funds_it_can_approach(assistant_bot: Assistant,
                                                                            question: str) -> None:
    ans = assistant_bot.ask(question)
    fits = [p for p in ans.programs if p.fit in FITS]
    assert ans.programs[0].id == "teralys" and ans.programs[0].fit == "not_eligible"
    assert fits and all(p.instrument == "equity" and p.applicant in ("company", "company_with_academic_partner")
                        for p in fits)


def test_a_fund_of_funds_asked_about_by_no_company_gets_its_facts_only(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What is Teralys Capital?")
    assert [p.id for p in ans.programs] == ["teralys"]


@pytest.mark.parametrize(("question", "said"), [
    ("Faut-il être incorporé pour le PARI?", "constituée en société"),
    ("Faut-tu être incorporé pour le PARI?", "constituée en société"),
    ("Doit-on être une SPCC pour le taux de 35 % de la RS&DE?", "SPCC"),
    ("Do we need to be incorporated for IRAP?", "incorporated"),
])
def test_a_condition_asked_is_who_qualifies(assistant_bot: Assistant, question: str, said: str) -> None:
    assert focus_of(question) == "eligibility"
    assert said in assistant_bot.ask(question).answer.split("\n")[0]


@pytest.mark.parametrize(("question", "focus"), [
    ("Un OBNL peut-il recevoir le PARI?", "eligibility"),
    ("Can a non-profit get IRAP?", "eligibility"),
    ("Une entreprise étrangère peut-elle demander CanExport?", "eligibility"),
    ("Is the women entrepreneurship loan fund open to non-profits?", "eligibility"),
    ("Le fonds est-il ouvert aux OBNL?", "eligibility"),
    # controls: open now is the status
    ("Is IRAP open?", "status"),
    ("Is IRAP open to applications?", "status"),
    ("Le PARI est-il ouvert aux demandes?", "status"),
])
def test_who_can_get_a_program_is_asked_as_eligibility(question: str, focus: str) -> None:
    assert focus_of(question) == focus


@pytest.mark.parametrize(("question", "focus"), [
    ("Can I still claim SR&ED on a project that IRAP is already funding?", "stacking"),
    ("Si le PARI finance notre projet, on peut-tu quand même réclamer la RS&DE dessus?", "stacking"),
    ("Can we claim the CRIC on top of SR&ED?", "stacking"),
    ("Is IRAP still open?", "status"),  # control
])
def test_a_second_program_on_the_same_project_asks_stacking(question: str, focus: str) -> None:
    assert focus_of(question) == focus


@pytest.mark.parametrize("question", [
    "En plus du PARI, quelles subventions pour notre medtech de 10 employés?",
    "On top of IRAP, which grants fit our 10-person medtech?",
])
def test_on_top_of_a_program_asks_others(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "programs" and "nrc-irap" not in [p.id for p in ans.programs]


@pytest.mark.parametrize("question", [
    "Who do I contact to get a loan from FLS Montréal?",
    "Pour un prêt du FLS à Montréal, on s'adresse à qui?",
    "À qui s'adresser pour le PARI?",
    "Who should we call about IRAP?",
])
def test_whom_to_contact_is_how_to_apply(assistant_bot: Assistant, question: str) -> None:
    assert focus_of(question) == "apply"
    first = assistant_bot.ask(question).answer.split("\n")[0]
    assert any(w in first for w in ("Next step", "Prochaine étape"))


def test_a_stream_written_loosely_after_its_program_s_name_is_the_stream(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What's the submission deadline for IRAP's 2026 Canada–Singapore R&D call?")
    assert ans.programs[0].id == "nrc-irap-eureka-bilateral-calls"


@pytest.mark.parametrize(("question", "focus"), [
    ("If we get a grant for our R&D, does it reduce the expenses eligible for Québec's CRIC credit?", "stacking"),
    ("Tell me about IRAP for a 5-person AI startup", "general"),  # control
])
def test_a_grant_reducing_eligible_expenses_is_stacking(question: str, focus: str) -> None:
    assert focus_of(question) == focus


@pytest.mark.parametrize(("question", "focus"), [
    ("How much can our startup get from IRAP?", "amount"),
    ("Combien notre startup peut-elle obtenir du PARI?", "amount"),
    ("Jusqu'à combien une entreprise peut-elle recevoir de CanExport?", "amount"),
    ("When can our company apply to CanExport?", "date"),
    ("Is CanExport open to applicants now?", "status"),
])
def test_how_much_a_company_can_get_stays_the_amount(question: str, focus: str) -> None:
    assert focus_of(question) == focus


@pytest.mark.parametrize(("text", "tax"), [
    ("Côté impôt, y a-tu un avantage pour lui s'il déménage ici?", True),
    ("Any tax advantage for them once they move to Québec?", True),
    ("What tax advantages do I get on my RRSP?", False),  # control: the household's
])
def test_a_tax_advantage_for_the_company_s_hire_asks_tax_credits(text: str, tax: bool) -> None:
    assert (Instrument.tax_credit in infer(text).instruments) is tax


def test_a_tax_advantage_for_a_foreign_hire_leads_with_the_tax_holidays(assistant_bot: Assistant) -> None:
    ans = last_answer(assistant_bot, ["Medtech de Sherbrooke en croissance, 25 employés, 5 M$ de ventes, on fait beaucoup "
                                      "de R-D. On veut recruter un directeur de la commercialisation internationale qui "
                                      "vit en France.", "Côté impôt, y a-tu un avantage pour lui s'il déménage ici?"])
    assert {p.id for p in ans.programs[:2]} & {"conge-fiscal-experts-etrangers", "conge-fiscal-chercheurs-etrangers"}


def test_a_replaced_program_compared_is_no_fit_in_the_text_either(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Mitacs Élévation ou Mitacs Accélération, lequel paie le plus pour un postdoc dans notre "
                            "startup de 10 employés?")
    head = next(line for line in ans.answer.split("\n") if line.startswith("- **Mitacs Élévation**"))
    assert ans.intent == "compare" and "*non admissible*" in head
    assert next(p for p in ans.programs if p.id == "mitacs-elevate").fit == "not_eligible"
