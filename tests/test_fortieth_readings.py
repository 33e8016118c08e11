"""Readings fixed in the fortieth session (2026-12-07), French and English alike: "-ization" and « -isation » are one
word to the lexical search; a government said of one program (« le programme fédéral », "the federal refundable credit")
is asked in both languages, and a side of a comparison said to be a government's is that government's program of the
instrument it names; a program asked to exist by what it does ("Is there a federal fund that pays back…", « Y a-t-il un
fonds fédéral qui rembourse… ») is described, a bare "Is there a loan for us?" is not; "What's the federal program
where…" asks one program; a gap the digests record is said when the closest version of it is in the other language;
an alias the asker writes with a capital is a name; an acronym the corpus writes in the plural ("CCPCs") is known;
"What's the…" names no owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.described import describes_one, owners
from assistant.service import Assistant
from assistant.understand.corpus_names import _CAPS
from assistant.understand.intent import focus_of
from assistant.understand.profile import infer
from common.tokens import tokenize
from common.vocab import Government, Instrument, Need


@pytest.mark.parametrize(("one", "other"), [
    ("commercialization", "commercialisation"),
    ("commercializing", "commercialiser"),
    ("organization", "organisation"),
    ("hospitalization", "hospitalisation"),
])
def test_american_iz_and_french_is_are_one_token(one: str, other: str) -> None:
    assert tokenize(one) == tokenize(other)


def test_the_lexical_index_is_rebuilt_when_tokens_change(isolated_env: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A published snapshot's version includes the tokens' version: the same files under a new tokenizer get a new
    snapshot (its lexical index built again); nothing is embedded again."""
    from ingest import publish
    from ingest.index import ingest
    from tests.conftest import make_settings

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "doc.md").write_text("# Programme\n\n## Financement\n\nLa commercialisation d'une innovation.\n",
                                   encoding="utf-8")
    s = make_settings(isolated_env)
    first = ingest([folder], s, progress=False)
    assert ingest([folder], s, progress=False).version == first.version  # nothing changed: the same snapshot
    monkeypatch.setattr(publish, "TOKENS_VERSION", publish.TOKENS_VERSION + "-next")
    again = ingest([folder], s, progress=False)
    assert again.version != first.version and again.embedded == 0


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Le programme fédéral qui paie les déplacements pour conclure une entente de R-D, c'est combien?", "fr", Government.federal),
    ("The federal program that pays for travel to set up an R&D agreement: how much?", "en", Government.federal),
    ("Y a-t-il une subvention fédérale pour ça?", "fr", Government.federal),
    ("Is there a federal grant for that?", "en", Government.federal),
    ("Y'a-tu un fund fédéral qui rembourse le calcul?", "fr", Government.federal),
    ("Le crédit remboursable fédéral, c'est quel taux?", "fr", Government.federal),
    ("The federal refundable credit: what rate?", "en", Government.federal),
    ("Un prêt provincial pour notre équipement?", "fr", Government.quebec),
    ("A provincial loan for our equipment?", "en", Government.quebec),
    # a loan or grant "local" to the company is nearness, not the city's money; a named program stays unread
    ("Nous cherchons 50 000 $ en prêt ou subvention locale.", "fr", None),
    ("Parle-moi du crédit RS&DE fédéral.", "fr", None),
    ("Tell me about the federal SR&ED credit.", "en", None),
])
def test_a_government_said_of_one_program_is_asked(text: str, lang: str, want: Government | None) -> None:
    assert infer(text, default_language=lang).government == want


@pytest.mark.parametrize("text", ["le crédit remboursable fédéral", "the federal refundable credit"])
def test_a_refundable_credit_is_a_tax_credit(text: str) -> None:
    p = infer(text)
    assert Instrument.tax_credit in p.instruments and Need.tax_credit in p.needs


@pytest.mark.parametrize(("text", "one"), [
    ("Is there a federal fund that pays back part of our compute bill?", True),
    ("Y a-t-il un fonds fédéral qui rembourse une partie de notre facture de calcul?", True),
    ("Y'a-tu un programme qui paie les frais d'avocat?", True),
    ("Is there a program that pays lawyers' fees?", True),
    ("There's a Québec service that speeds up trial start-up.", True),
    ("Is there a loan for us?", False),
    ("Y a-tu un prêt pour nous?", False),
    ("Are there grants for AI startups?", False),
    ("Y a-t-il des subventions pour les jeunes pousses en IA?", False),
    ("these grants look good", False),
])
def test_a_program_asked_to_exist_by_what_it_does_is_described(text: str, one: bool) -> None:
    assert describes_one(text) is one


def test_a_program_asked_to_exist_for_any_grant_still_gets_a_list(assistant_bot: Assistant) -> None:
    """Described as one, it is still a list when no program stands out (« Y a un programme où on peut avoir des
    subventions? » was read as no description before; the answer is the same list)."""
    for question in ("Y a un programme où on peut avoir des subventions?", "Is there a program where we can get grants?"):
        assert assistant_bot.ask(question).intent == "programs"


@pytest.mark.parametrize("text", ["Y a-t-il un fonds fédéral qui rembourse une partie de ces coûts?",
                                  "Is there a federal fund that pays back part of those costs?"])
def test_costs_ask_an_amount_in_both_languages(text: str) -> None:
    assert focus_of(text) == "amount"


@pytest.mark.parametrize("text", ["What's the federal program where a department posts a challenge?",
                                  "That's the program we want", "It's the grant we need"])
def test_a_contraction_is_no_owner(text: str) -> None:
    assert owners(text) == []


def test_an_owner_in_the_possessive_is_still_read() -> None:
    assert owners("Services Québec's wage subsidy") == ["Services Quebec"]


def test_an_acronym_written_in_the_plural_is_the_corpus_own() -> None:
    assert _CAPS.findall("for CCPCs (resident in Canada) and SMEs") == ["CCPC", "SME"]


@pytest.mark.parametrize("question", [
    "Pour une SPCC, le crédit remboursable fédéral versus le nouveau crédit québécois sur les dépenses de R-D : lequel rembourse le plus?",
    "For a CCPC, the federal refundable credit versus Québec's new R&D credit: which refunds more?",
])
def test_a_side_said_to_be_federal_is_the_federal_program_of_its_instrument(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.intent == "compare"
    assert [p.id for p in ans.programs][:2] == ["sred", "cric"]


@pytest.mark.parametrize(("question", "lead"), [
    ("Je suis une entrepreneure innue de Mashteuiatsh. Investissement Québec a-t-il un programme réservé aux "
     "entrepreneurs des Premières Nations?", "Aucune source n'a été trouvée"),
    ("I'm an Innu founder from Mashteuiatsh. Does Investissement Québec have a program reserved for First Nations "
     "entrepreneurs?", "No source was found"),
])
def test_a_recorded_gap_is_said_in_the_askers_language(assistant_bot: Assistant, question: str, lead: str) -> None:
    """The French question sits closer to the English item of the gap; the gap is still said, in French."""
    ans = assistant_bot.ask(question)
    assert lead in ans.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Le Visa pour démarrage d'entreprise : combien un fonds de capital de risque doit-il investir pour qu'un cofondateur se qualifie?",
    "For the Start-up Visa, how much must a venture capital fund invest for a co-founder to qualify?",
])
def test_an_alias_written_with_a_capital_is_the_program_asked(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.programs and ans.programs[0].id == "start-up-visa"


@pytest.mark.parametrize("question", [
    "C'est quoi le programme fédéral où un ministère comme Santé Canada lance un défi pis les PME proposent une solution?",
    "What's the federal program where a department like Health Canada posts a challenge and small companies pitch a solution?",
])
def test_what_is_the_program_that_asks_one_program(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "fact" and ans.programs[0].id == "isc-challenge-stream"


# ---- second batch: stacking « jumeler », « en dehors du Québec », French aliases, "X or the …", a generic alias, fit_lead

@pytest.mark.parametrize("text", ["Si on le jumelle avec le Fonds PME MTL, ça monte à combien?",
                                  "If we pair it with the Fonds PME MTL, how high can it go?"])
def test_pairing_two_programs_asks_stacking(text: str) -> None:
    assert focus_of(text) == "stacking"


@pytest.mark.parametrize(("text", "other"), [
    ("Y a-t-il une part du budget qui doit être dépensée en dehors du Québec?", False),
    ("Is there a share of the budget that must be spent outside Québec?", False),
    ("En dehors du PARI, quoi d'autre?", True),
    ("Besides IRAP, what else?", True),
])
def test_outside_a_place_asks_no_alternative(text: str, other: bool) -> None:
    from assistant.understand.mentions import OTHER_THAN
    from common.lang import fold

    assert bool(OTHER_THAN.search(fold(text))) is other


@pytest.mark.parametrize("question", [
    "Chez PME MTL, le fonds pour commercialiser une innovation : si on le jumelle avec le Fonds PME MTL régulier, ça monte à combien?",
    "PME MTL's fund for commercializing an innovation: if we stack it with the regular Fonds PME MTL, what's the combined max?",
])
def test_a_program_described_then_stacked_with_a_named_one_is_the_subject(assistant_bot: Assistant, question: str) -> None:
    """The named one is no partner: the described sibling first, then the one named."""
    ans = assistant_bot.ask(question)
    assert [p.id for p in ans.programs][:2] == ["pme-mtl-innovation", "pme-mtl-fonds-pme-mtl"]


@pytest.mark.parametrize("question", [
    "Pour une fondatrice en medtech, qui prête le plus : Evol ou le fonds fédéral de microprêts pour femmes entrepreneures?",
    "For a woman founder in medtech, who lends more: Evol or the federal microloan fund for women entrepreneurs?",
])
def test_either_side_described_after_a_named_one_is_compared(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.intent == "compare" and {p.id for p in ans.programs[:2]} == {"evol", "wes-loan-fund"}


@pytest.mark.parametrize("question", [
    "Pour un consortium IA-santé, je compare les projets de leadership technologique de DIGITAL et l'appel « IA pour la "
    "fabrication » de NGen : lequel couvre la plus grande part des coûts?",
    "For an AI-health consortium, I'm comparing DIGITAL's Technology Leadership projects and NGen's « AI for "
    "Manufacturing » call: which covers a bigger share of costs?",
])
def test_french_names_of_two_clusters_calls_are_known(assistant_bot: Assistant, question: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and {p.id for p in ans.programs[:2]} == {"digital-technology-leadership", "ngen-projects"}


@pytest.mark.parametrize(("question", "want"), [
    ("Le Fonds local de solidarité de Montréal offert par PME MTL, c'est combien au maximum?", "pme-mtl-fls"),
    ("PME MTL's FLS: what's the maximum?", "pme-mtl-fls"),
    ("Le Fonds local de solidarité, c'est combien au maximum?", "fli-fls-mrc"),
    ("The local solidarity fund of the MRCs: what's the maximum?", "fli-fls-mrc"),
])
def test_a_generic_name_within_a_longer_one_is_the_longer_program(assistant_bot: Assistant, question: str, want: str) -> None:
    ans = assistant_bot.ask(question)
    assert not ans.abstained and ans.programs[0].id == want


@pytest.mark.parametrize(("first", "then", "lead"), [
    ("On cherche un prêt local pour notre startup à Montréal; le FLS de PME MTL, ça marche comment?",
     "Pis pour une compagnie à Laval?", "voici ce qu'elle peut utiliser pour le même besoin"),
    ("We're after a local loan for our startup in Montréal. How does PME MTL's FLS work?",
     "What about a company based in Laval?", "here is what it can use for the same need"),
])
def test_a_program_whose_rules_rule_the_company_out_comes_with_what_it_can_use(
        assistant_bot: Assistant, first: str, then: str, lead: str) -> None:
    session = f"fit-lead-{lead[:4]}"
    assistant_bot.ask(first, session_id=session)
    ans = assistant_bot.ask(then, session_id=session)
    assert ans.programs[0].id == "pme-mtl-fls" and ans.programs[0].fit == "not_eligible"
    assert lead in ans.answer and "fli-fls-mrc" in [p.id for p in ans.programs]
