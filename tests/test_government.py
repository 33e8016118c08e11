"""The government whose support is asked for (federal, Québec's): read in both languages, applied to the shortlist."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from assistant.understand.level import asked_government, asks_public
from assistant.understand.profile import infer
from common.lang import fold
from common.records import load_programs
from common.vocab import Government
from tests.conftest import CORPUS

PROGRAMS, _ = load_programs(CORPUS / "programs")


@pytest.mark.parametrize(("text", "lang"), [
    ("Is there any financing at the municipal or local level?", "en"),
    ("Y a-t-il du financement au niveau municipal ou local?", "fr"),
    ("And on the municipal side? Only what's offered at that level.", "en"),
    ("Juste le municipal, s'il vous plaît.", "fr"),
])
def test_the_municipal_level_is_named_as_the_others_are(text: str, lang: str) -> None:
    assert infer(text, default_language=lang).government == Government.municipal


@pytest.mark.parametrize(("text", "lang", "want"), [
    # a government ruled out is not asked; "not only" rules nothing out
    ("Montre-moi juste ce qui vient du gouvernement du Québec, pas du fédéral.", "fr", Government.quebec),
    ("Show me only what comes from the Québec government, not the federal one.", "en", Government.quebec),
    ("Not only federal grants: what else?", "en", Government.federal),
])
def test_a_government_ruled_out_is_not_asked(text: str, lang: str, want: Government) -> None:
    assert infer(text, default_language=lang).government == want


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Is there federal support for our plant expansion?", "en", Government.federal),
    ("Any help from the federal government for a 5-person medtech?", "en", Government.federal),
    ("Y a-tu de l'aide fédérale pour ça?", "fr", Government.federal),
    ("Qu'est-ce qui existe au fédéral pour une jeune pousse?", "fr", Government.federal),
    ("Des programmes du gouvernement du Canada pour embaucher?", "fr", Government.federal),
    ("Et du côté fédéral seulement ?", "fr", Government.federal),  # « côté » and "side": the level asked
    ("What is there on the provincial side?", "en", Government.quebec),
    ("What provincial grants exist for a medtech startup?", "en", Government.quebec),
    ("Which Québec government programs fund AI pilots?", "en", Government.quebec),
    ("Quelles subventions du gouvernement du Québec pour nous?", "fr", Government.quebec),
    ("Les programmes provinciaux pour une biotech?", "fr", Government.quebec),
    # no level asked: where the company is incorporated, a place, both levels, a named program's own description
    ("Notre société est constituée au fédéral. Quelles subventions?", "fr", None),
    ("We're a federally incorporated company in Laval. Which grants?", "en", None),
    ("What Québec programs exist for AI startups?", "en", None),
    ("Quels programmes au Québec pour une jeune pousse?", "fr", None),
    ("Federal or provincial grants for a seed startup?", "en", None),
    ("Subventions fédérales et provinciales pour une jeune pousse?", "fr", None),
    ("We're a company from Ottawa opening a lab in Montréal: which grants?", "en", None),
    ("Parle-moi du crédit RS&DE fédéral pour une jeune pousse en biotech.", "fr", None),
    # one later item of several needs asked: that item's government, not the answer's; named first, it is the answer's
    ("We're looking for venture investors, a Québec government loan that co-invests alongside VCs, and faster trials "
     "in hospitals.", "en", None),
    ("On cherche des investisseurs en capital de risque, un prêt du gouvernement du Québec et des stagiaires.", "fr",
     None),
    ("Federal grants for our R&D and for hiring interns?", "en", Government.federal),
    ("Quelles aides du fédéral pour la R-D et l'embauche de stagiaires?", "fr", Government.federal),
    # a sentence of its own asking one government's money, after sentences about the company: the answer's
    ("We raised a $3M seed and have a little pilot revenue. Our biggest cost is GPU compute. Is there any federal "
     "money for compute or AI development right now?", "en", Government.federal),
])
def test_the_government_asked_for_is_read(text: str, lang: str, want: Government | None) -> None:
    assert infer(text, default_language=lang).government == want


def test_records_name_their_government_where_the_operator_is_one() -> None:
    assert PROGRAMS["nrc-irap"].government == [Government.federal]
    assert PROGRAMS["cric"].government == [Government.quebec]
    assert PROGRAMS["mitacs-accelerate"].government == [Government.federal, Government.quebec]
    assert PROGRAMS["pme-mtl-innovation"].government == [Government.municipal]
    assert PROGRAMS["lumira-ventures"].government == []  # a private fund is no government's


@pytest.mark.parametrize(("question", "want", "lead"), [
    ("We're a growth-stage medtech manufacturer in Québec with 150 employees, planning a $25M plant expansion. Is "
     "there federal support for that?", Government.federal, "Here are the federal programs"),
    ("On est un fabricant de technologies médicales au Québec, en croissance, 150 employés, pis on planifie un "
     "agrandissement d'usine de 25 M$. Y a-tu de l'aide fédérale pour ça?", Government.federal,
     "Voici les programmes fédéraux"),
    ("We're a 6-person AI health startup in Sherbrooke. Which Québec government programs can help us?",
     Government.quebec, "Here are the Québec government programs"),
    ("On est une jeune pousse en IA santé à Sherbrooke, 6 employés. Quelles subventions du gouvernement du Québec "
     "pour nous?", Government.quebec, "Voici les programmes du gouvernement du Québec"),
])
def test_only_that_governments_programs_are_fits(assistant_bot: Assistant, question: str, want: Government,
                                                 lead: str) -> None:
    ans = assistant_bot.ask(question)
    assert ans.profile.government == want and ans.answer.startswith(lead)
    assert ans.programs and all(want in PROGRAMS[p.id].government for p in ans.programs if p.fit != "not_eligible")


def test_a_follow_up_keeps_the_government_asked_for(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("We're a growth-stage medtech manufacturer in Québec with 150 employees, planning a $25M "
                              "plant expansion. Is there federal support for that?")
    ans = assistant_bot.ask("What if we were a 5-person seed startup still building the prototype?",
                            session_id=first.session_id)
    fits = [p.id for p in ans.programs if p.fit != "not_eligible"]
    assert fits and all(Government.federal in PROGRAMS[p].government for p in fits)
    assert "nrc-irap" in fits  # the federal program a small company building a prototype goes to first


def test_a_new_need_asked_without_a_government_is_not_restricted_by_the_last_one(assistant_bot: Assistant) -> None:
    first = assistant_bot.ask("We're a 10-person AI health startup in Montréal. Is there federal support for our R&D?")
    assert first.profile.government == Government.federal
    ans = assistant_bot.ask("And to hire interns this summer?", session_id=first.session_id)
    assert ans.profile.government is None
    fits = [p.id for p in ans.programs if p.fit != "not_eligible"]
    assert fits and any(Government.federal not in PROGRAMS[p].government for p in fits)  # Mitacs is both; others too


def test_the_government_set_explicitly_is_kept(assistant_bot: Assistant) -> None:
    from assistant.models import Profile
    ans = assistant_bot.ask("Quelles subventions pour embaucher des stagiaires?",
                            profile=Profile(government=Government.quebec, region="montreal"))
    fits = [p.id for p in ans.programs if p.fit != "not_eligible"]
    assert ans.profile.government == Government.quebec
    assert fits and all(Government.quebec in PROGRAMS[p].government for p in fits)


@pytest.mark.parametrize(("text", "public"), [
    ("Which government programs fit a project of that size?", True),
    ("Quels programmes gouvernementaux pour notre agrandissement?", True),
    ("Y a-t-il de l'aide gouvernementale pour ça?", True),
    ("Which programs fit a project of that size?", False),
    ("Our government relations lead asked which funds exist.", False),
])
def test_government_support_asked_in_general(text: str, public: bool) -> None:
    assert asks_public(fold(text)) is public


@pytest.mark.parametrize("question", [
    "I advise a pharmaceutical manufacturer in the Montréal area: about 800 employees, established, planning a $60M "
    "plant expansion with AI-driven process control. Which government programs fit a project of that size?",
    "Je conseille un fabricant pharmaceutique de la région de Montréal : environ 800 employés, bien établi, qui prévoit "
    "un agrandissement d'usine de 60 M$ avec du contrôle de procédés par IA. Quels programmes gouvernementaux?",
])
def test_government_programs_asked_put_private_funds_after(assistant_bot: Assistant, question: str) -> None:
    """Venture and labour-sponsored funds came among the first fits; a government runs or funds the first three now."""
    ans = assistant_bot.ask(question)
    programs = assistant_bot.retriever.snapshot.programs
    assert ans.programs and all(programs[p.id].government for p in ans.programs[:3]), [p.id for p in ans.programs]


@pytest.mark.parametrize(("text", "government"), [
    ("federal only please", Government.federal),
    ("Quebec government only", Government.quebec),
    ("juste du fédéral svp", Government.federal),
    ("que du provincial", Government.quebec),
    ("is there anything from the City of Montreal?", Government.municipal),
    ("y'a-tu de quoi de la Ville de Montréal?", Government.municipal),
    ("The federal government only funds part of it; which grants?", None),
    ("Is there federal or municipal help?", None),
])
def test_one_government_only_or_a_city_asked(text: str, government: Government | None) -> None:
    assert asked_government(fold(text)) is government


@pytest.mark.parametrize("turns", [
    ["We make an AI-powered medical device in Quebec City, 12 employees, Series A. What funding is there for our R&D?",
     "federal only please"],
    ["On fait un dispositif médical avec de l'IA à Québec, 12 employés, série A. Y'a quoi pour notre R-D?",
     "juste le fédéral"],
])
def test_a_government_only_follow_up_is_a_new_list_of_its_programs(assistant_bot: Assistant, turns: list[str]) -> None:
    session = assistant_bot.ask(turns[0]).session_id
    ans = assistant_bot.ask(turns[1], session_id=session)
    programs = assistant_bot.retriever.snapshot.programs
    assert ans.intent == "programs" and len(ans.programs) >= 3
    assert all(Government.federal in programs[p.id].government for p in ans.programs)
