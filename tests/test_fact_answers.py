"""Answers about a named program on the real shipped corpus: every focus asked, claimed figures, this company's fit."""

from __future__ import annotations

import re

import pytest

from assistant.service import Assistant
from assistant.understand.intent import focuses_of


@pytest.mark.parametrize("question,expected", [
    ("When is the next cohort, and what would it cost us?", ["date", "amount"]),
    ("Quand est la prochaine cohorte et combien ça coûte?", ["date", "amount"]),
    ("Is it still open?", ["status"]),
    ("What is it?", []),
    ("Quelle est la durée d'un prêt Futurpreneur?", ["duration"]),
    ("Quel est le plafond du CRIC?", ["amount"]),
    ("What is the ceiling of the CRIC?", ["amount"]),
    ("What is the duration of a Futurpreneur loan?", ["duration"]),
    # the revenue a company needs is who qualifies, not an amount; a sector's revenue stays an amount
    ("What revenue range does a company need for CanExport SMEs?", ["eligibility"]),
    ("Quel chiffre d'affaires faut-il pour CanExport PME?", ["eligibility"]),
    ("Y a-t-il un seuil de revenus pour CanExport?", ["eligibility"]),
    ("How much revenue did the sector generate?", ["amount"]),
    # when a rule took effect is a date, not how to apply; "the most X will fund" is the maximum
    ("Since when does the CRIC apply?", ["date"]),
    ("Le CRIC, ça s'applique depuis quand?", ["date"]),
    ("What's the most CIIRDF will fund for a full project?", ["amount"]),
    # "does it apply to us" asks who qualifies; "how do we apply to" stays the way to apply
    ("Does the CRIC apply to us?", ["eligibility"]),
    ("Est-ce que le CRIC s'applique à nous?", ["eligibility"]),
    ("Does SR&ED apply to software companies?", ["eligibility"]),
    ("How do I apply to a Mitacs internship?", ["apply"]),
])
def test_every_focus_a_question_asks_is_read(question: str, expected: list[str]) -> None:
    assert focuses_of(question) == expected


def test_a_second_focus_is_answered_too(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("We're a seed-stage AI startup with 4 employees. What is Impulse by Mila?")
    ans = assistant_bot.ask("When is the next cohort, and what would it cost us?", session_id=first.session_id)
    assert re.search(r"9,800", ans.answer)  # the cost, beside the cohort dates
    assert re.search(r"Cohort|cohort", ans.answer)


@pytest.mark.parametrize("question,ceiling", [
    ("IRAP gives $50M to everyone, right?", r"\$10 million"),
    ("Le PARI donne 50 M$ à tout le monde, non?", r"10 millions \$"),
])
def test_a_claimed_amount_is_answered_with_the_range_the_sources_give(assistant_bot: Assistant, question: str,
                                                                       ceiling: str) -> None:
    ans = assistant_bot.ask(question)
    assert re.search(ceiling, ans.answer)  # the ceiling for select firms
    assert re.search(r"50[,\u202f\u00a0 ]000", ans.answer)  # and what a small project gets


@pytest.mark.parametrize("turns,lang,verdict", [
    (["Tell me about the Strategic Innovation Fund.", "Could a 10-person seed startup like ours use it?"], "en",
     "For your company: *not eligible*"),
    (["Parle-moi du Fonds stratégique pour l'innovation.", "Une jeune pousse de 10 employés au stade d'amorçage "
      "comme la nôtre peut-elle l'utiliser?"], "fr", "Pour votre entreprise : *non admissible*"),
])
def test_a_company_asking_about_a_program_is_told_how_it_fares(assistant_bot: Assistant, turns: list[str], lang: str,
                                                               verdict: str) -> None:
    session = None
    for text in turns:
        ans = assistant_bot.ask(text, session_id=session)
        session = ans.session_id
    assert ans.language == lang
    assert verdict in ans.answer
    assert re.search(r"10 (?:million|millions) ?\$|\$10 million", ans.answer)  # the threshold, from its fact


def test_a_plain_fact_question_gets_no_fit_line(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What is the Strategic Innovation Fund?")
    assert "For your company" not in ans.answer


def test_is_it_open_gets_the_status_and_the_next_step(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("Parle-moi du Fonds Impulsion.")
    ans = assistant_bot.ask("Est-ce encore ouvert?", session_id=first.session_id)
    lines = ans.answer.splitlines()
    assert lines[0].startswith("**Fonds Impulsion** — Statut")  # the record's status first, no announcement before
    assert any(line.startswith("Prochaine étape") for line in lines)
    assert "ne précisent pas" not in ans.answer


def test_no_published_amount_is_said(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("What's the maximum FSISSS grant per project?")
    assert "not published" in ans.answer


def test_a_comparison_shows_what_the_company_pays_when_no_award_is_published(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("IVADO DemultiplIA vs Mila Impulse: which one for our AI startup?")
    block = ans.answer.split("**DémultiplIA (IVADO)**")[1] if "**DémultiplIA (IVADO)**" in ans.answer else \
        ans.answer.split("DemultiplIA")[-1]
    assert "not published" in block and re.search(r"\$30,000", block), ans.answer


def test_a_comparison_of_funds_gives_their_size_as_context_never_as_the_amount(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Impulsion PME vs Fonds Impulsion: what changed for a startup?")
    item = ans.answer.split("\n- **Fonds Impulsion**")[1]
    sub = [line for line in item.splitlines() if line.startswith("  - ")]
    assert "context" not in sub[0]  # the first line is what one company gets
    assert any(line.startswith("  - Total size (context") and "200" in line for line in sub), ans.answer


@pytest.mark.parametrize("question,lang", [
    ("Does Investissement Québec have a program for Indigenous entrepreneurs?", "en"),
    ("Investissement Québec offre-t-il un programme pour les entrepreneurs autochtones?", "fr"),
])
def test_a_recorded_gap_is_said_first(assistant_bot: Assistant, question: str, lang: str) -> None:
    ans = assistant_bot.ask(question)
    first = ans.answer.split("\n\n")[0]
    said = "No source was found for" if lang == "en" else "Aucune source n'a été trouvée pour"
    assert said in first and "Investissement Québec" in first, ans.answer
    assert any("funding-landscape-gaps" in c.source for c in ans.citations)


def test_no_gap_line_for_an_ordinary_program_question(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Which grants fit a 6-person medtech in Sherbrooke?")
    assert "No source was found" not in ans.answer and ans.programs


def test_a_comparison_answers_what_it_asks_about(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("PARI ou CRIC : comment faire la demande pour chacun?")
    blocks = ans.answer.split("\n- **")[1:]
    assert len(blocks) == 2
    for block in blocks:  # how to apply, asked for, in each program's block
        assert any(line.startswith("  - Demande") for line in block.splitlines()), ans.answer


@pytest.mark.parametrize("question,lang", [
    ("What percentage of eligible costs does CanExport SMEs cover?", "en"),
    ("Quel pourcentage des dépenses admissibles CanExport PME couvre-t-il?", "fr"),
])
def test_a_digest_that_names_the_program_elsewhere_does_not_answer_for_it(assistant_bot: Assistant, question: str,
                                                                         lang: str) -> None:
    """The 'unknowns' digest mentions CanExport but its rate lines are other programs' (SIF, IRAP): the record's own
    rate answers, first."""
    ans = assistant_bot.ask(question)
    first = ans.answer.split("\n")[0]
    assert ans.language == lang and first.startswith("**CanExport") and "50" in first
    assert not re.search(r"Strategic Innovation Fund|Fonds stratégique pour l'innovation", ans.answer)


@pytest.mark.parametrize("question,step", [("How do we apply to Centech?", "Next step"),
                                           ("Comment faire une demande au CRIC?", "Prochaine étape"),
                                           # signing up and the form are how one applies
                                           ("Pour le PARI, on s'inscrit comment? Y a-t-il un formulaire en ligne?",
                                            "Prochaine étape")])
def test_how_to_apply_is_answered_first(assistant_bot: Assistant, question: str, step: str) -> None:
    first = assistant_bot.ask(question).answer.split("\n")[0]
    assert step in first and re.search(r"\[\d+\]", first) and "do not state" not in first


@pytest.mark.parametrize("first,then,word", [
    ("Which venture funds invest in seed digital health?", "Which of them is open now?", "Status"),
    ("Quels fonds de capital de risque investissent en santé numérique en amorçage?", "Lequel est ouvert maintenant?",
     "Statut"),
])
def test_a_question_about_the_list_just_shown_answers_for_each(assistant_bot: Assistant, first: str, then: str,
                                                               word: str) -> None:
    shown = assistant_bot.ask(first)
    ans = assistant_bot.ask(then, session_id=shown.session_id)
    lines = [x for x in ans.answer.split("\n") if x.startswith("- **")]
    assert len(lines) >= 3 and all(word in x and re.search(r"\[\d+\]", x) for x in lines)
    assert {p.id for p in ans.programs} <= {p.id for p in shown.programs}


@pytest.mark.parametrize("first,then,deadline", [
    ("Tell me about CanExport SMEs.", "Is it still open?", "May 29, 2026"),
    ("Parle-moi de CanExport PME.", "Est-ce encore ouvert?", "29 mai 2026"),
])
def test_a_status_gives_its_dates_as_the_asker_writes_them(assistant_bot: Assistant, first: str, then: str,
                                                           deadline: str) -> None:
    ans = assistant_bot.ask(then, session_id=assistant_bot.ask(first).session_id)
    assert deadline in ans.answer and "2026-05-29" not in ans.answer, ans.answer
    assert any("2026-05-29" in c.quote for c in ans.citations)  # the cited quote keeps the source's form


def test_a_duration_asked_of_two_programs_is_answered_for_each(assistant_bot: Assistant) -> None:
    """"9-month" is a duration too (singular unit)."""
    ans = assistant_bot.ask("Centech's Accélération program or Creative Destruction Lab Montréal: how long does each "
                            "program run?")
    assert ans.intent == "compare" and "9-month" in ans.answer and "12 weeks" in ans.answer, ans.answer


def test_a_second_ask_about_who_qualifies_gets_the_eligibility_text(assistant_bot: Assistant) -> None:
    ans = assistant_bot.ask("Le Grant+ de la Fondation Montréal inc., ça peut aller jusqu'à combien, pis y a-tu une "
                            "limite d'âge pour les fondateurs?")
    assert "30 000 $" in ans.answer and "35 ans" in ans.answer, ans.answer


def test_a_comparison_adds_facts_not_shown_yet(assistant_bot: Assistant) -> None:
    """The CDAE's amount line is its 30% rate; the rate line then gives the split, not the 30% again."""
    ans = assistant_bot.ask("Our 12-person software company used to claim the CDAE. What actually changes for us with "
                            "the CDAEIA?")
    assert ans.intent == "compare" and "24%" in ans.answer and "20%" in ans.answer, ans.answer
    assert len(set(ans.answer.splitlines())) == len(ans.answer.splitlines())  # no line twice


@pytest.mark.parametrize(("question", "figures"), [
    ("What share of eligible salaries did Québec's « Crédit d'impôt pour le développement des affaires électroniques » "
     "(CDAE) give back, and how many full-time eligible employees did a company need?", [r"\b30\s?%", r"\bsix\b"]),
    ("Quelle part des salaires admissibles le CDAE remboursait-il, et combien d'employés à temps plein fallait-il?",
     [r"\b30\s?%", r"\bsix\b"]),
])
def test_each_ask_is_ranked_on_its_own_words(assistant_bot: Assistant, question: str, figures: list[str]) -> None:
    """The rate asked in the first part is the 30% credit, not the refundable split the second part's words are near."""
    answer = assistant_bot.ask(question).answer
    assert all(re.search(f, answer) for f in figures), answer[:600]


def test_an_amount_ask_is_not_answered_with_a_funds_size(assistant_bot: Assistant) -> None:
    answer = assistant_bot.ask("Under the AI Compute Access Fund, what share of our cloud compute costs would ISED "
                               "cover, and what's the largest compute budget a proposal could have?").answer
    assert re.search(r"5,000,000|5\s?million", answer) and re.search(r"two-thirds|66\.7", answer), answer[:600]


@pytest.mark.parametrize("question", ["What revenue range does a company need for CanExport SMEs?",
                                      "Quel chiffre d'affaires faut-il pour CanExport PME?"])
def test_the_revenue_a_program_requires_is_answered_first(assistant_bot: Assistant, question: str) -> None:
    """The English question led with the grant's amount; both now lead with the revenue range the guide gives."""
    first = assistant_bot.ask(question).answer.split("\n\n")[0]
    assert re.search(r"300[ ,\u00a0\u202f]?000", first) and re.search(r"100 million", first), first


@pytest.mark.parametrize(("question", "wanted"), [
    # a second ask with no focus of its own ("which form"), or one whose focus the first ask took (« mise de fonds »)
    ("How long do we have to file our SR&ED claim after our fiscal year ends, and which form do we use?",
     [r"18 months", r"T661"]),
    ("Fonds PME MTL : c'est combien le prêt max, pis quelle mise de fonds on doit mettre nous autres?",
     [r"300[\u00a0\u202f ]000", r"20[\u00a0\u202f ]?%"]),
    # "since when": the date it took effect, not a webinar's date or the way to claim
    ("Since when does Québec's CRIC tax credit apply, and what's the refundable rate on the first $1 million of "
     "eligible expenses?", [r"March 25, 2025", r"30\s?%"]),
    ("Le CRIC, ça s'applique depuis quand, pis c'est quoi le taux remboursable sur la première tranche de 1 M$ de "
     "dépenses admissibles?", [r"25 mars 2025", r"30[\u00a0\u202f ]?%"]),
])
def test_each_ask_of_a_two_part_fact_question_is_answered(assistant_bot: Assistant, question: str,
                                                          wanted: list[str]) -> None:
    ans = assistant_bot.ask(question)
    body = ans.answer
    assert ans.intent == "fact" and all(re.search(w, body) for w in wanted), body


def test_the_companys_own_revenue_is_no_claimed_figure(assistant_bot: Assistant) -> None:
    """"$3M in revenue" is the company's, not a figure it claims of the program: no "I find $3M in none of my
    sources" line; a claimed rate still gets it."""
    own = assistant_bot.ask("Our company in Gatineau has 25 employees and about $3M in revenue. Does the CRIC apply to "
                            "us?")
    assert "$3M" not in own.answer.split("\n[1]")[0], own.answer
    claim = assistant_bot.ask("Notre PME a 2 M$ de revenus; le CRIC rembourse 100 % de la R-D, non?")
    assert "« 100 % »" in claim.answer and "2 M$" not in claim.answer.split("\n[1]")[0]


@pytest.mark.parametrize(("question", "who"), [
    ("Who can apply to NSERC I2I?", "The applicant is a faculty member"),
    ("Qui peut présenter une demande au programme De l'idée à l'innovation du CRSNG?", "Le demandeur est un professeur"),
])
def test_who_applies_is_answered_by_the_records_eligibility_not_its_heading(assistant_bot: Assistant, question: str,
                                                                            who: str) -> None:
    """The eligibility passage's heading ("NSERC I2I — Eligibility") named the program and won on shared words; it
    answered nothing. The sentence saying who applies is quoted."""
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and who in ans.answer, ans.answer
    assert not any(line.split(" [")[0].endswith(("— Eligibility", "— Admissibilité")) for line in ans.answer.split("\n"))


@pytest.mark.parametrize(("question", "want"), [
    ("Who actually applies for NSERC I2I versus NRC IRAP, the company or the university?",
     ["faculty member", "SME"]),
    ("Qui dépose la demande, l'entreprise ou l'université : le I2I du CRSNG ou le PARI?", ["professeur", "PME"]),
    ("Is there an age limit for Futurpreneur compared with La Zone Montréal inc.?", ["39", "35"]),
    ("Y a-t-il une limite d'âge pour Futurpreneur comparé à La Zone Montréal inc.?", ["39", "35"]),
])
def test_a_comparison_of_who_qualifies_says_it_for_each(assistant_bot: Assistant, question: str,
                                                        want: list[str]) -> None:
    """"Who applies" is who qualifies (it was no focus), and each record's eligibility sentence is shown; an age limit
    is found in "aged 18 to 35" (« âgés de 18 à 35 ans »)."""
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and all(w in ans.answer for w in want), ans.answer


def test_who_applies_is_asked_who_qualifies() -> None:
    assert focuses_of("Who actually applies for NSERC I2I, the company or the university?") == ["eligibility"]
    assert focuses_of("Qui dépose la demande au PARI?") == ["eligibility"]


@pytest.mark.parametrize(("question", "pair"), [
    ("Le Fonds de prêts pour l'entrepreneuriat des communautés noires prête jusqu'à combien, comparé au programme "
     "fédéral qui garantit les prêts que les banques font aux petites entreprises?",
     {"black-entrepreneurship-loan-fund", "csbfp"}),
    ("How much does the Black Entrepreneurship Loan Fund lend, compared with the federal program that guarantees the "
     "loans banks make to small businesses?", {"black-entrepreneurship-loan-fund", "csbfp"}),
    ("What share of a joint R&D project does IRAP cover, compared with the Canada-Israel industrial R&D foundation?",
     {"nrc-irap", "ciirdf"}),
    ("La RS&DE est-elle plus généreuse que le crédit québécois qui a remplacé les anciens crédits R-D sur les salaires?",
     {"sred", "cric"}),
])
def test_a_comparison_naming_one_program_and_describing_the_other_compares_both(
        assistant_bot: Assistant, question: str, pair: set[str]) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and {p.id for p in ans.programs} == pair, (ans.intent, [p.id for p in ans.programs])


def test_a_comparison_with_programs_in_general_is_no_comparison_of_two(assistant_bot: Assistant) -> None:
    assert assistant_bot.ask("How does IRAP compare with other programs for startups?").intent != "compare"
