"""A title whose of-phrase names the state it serves titles the name after it ("Le ministre des Affaires
étrangères du gouvernement yéménite, Chaya al-Zindani,"): it is not a reference back to the minister of
another state named before (Saudi Arabia's, here), who then acted in Yemen's place (actors.stage
_state_gap). Sentences written for this test, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

SAUDI_FM = "Faisal_bin_Farhan_Al_Saud"


@pytest.fixture(scope="module")
def packaged_linker() -> ActorLinker:
    return ActorLinker(load_kb(), use_spacy=False)


def _mentions(linker: ActorLinker, text: str, lang: str) -> dict[str | None, list[str]]:
    article = linker(make_article(text, lang, "2025-11-12"))
    return {a.id: [m.text for m in a.mentions] for a in article.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le chef de la diplomatie saoudienne Fayçal ben Farhane a reçu Hans Grundberg. Le ministre des "
            "Affaires étrangères du gouvernement yéménite, Chaya al-Zindani, a accusé lundi les Houthis.",
        ),
        (
            "fr",
            "Le chef de la diplomatie saoudienne Fayçal ben Farhane a reçu Hans Grundberg. Le ministre des "
            "Affaires étrangères du Yémen, Chaya al-Zindani, a accusé lundi les Houthis.",
        ),
    ],
)
def test_a_title_of_another_state_is_not_the_minister_named_before(packaged_linker, lang, text):
    found = _mentions(packaged_linker, text, lang)
    assert len(found.get(SAUDI_FM, [])) == 2, found  # his title and his name in the first sentence only
    assert "Shaya_al-Zindani" in found, found


def test_a_bare_title_still_refers_back(packaged_linker):
    """No state and no name after it: "le ministre" is the one named before."""
    text = "Fayçal ben Farhane a reçu Hans Grundberg lundi. Le ministre a ensuite accusé les Houthis."
    found = _mentions(packaged_linker, text, "fr")
    assert "Le ministre" in found.get(SAUDI_FM, []), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "التقى المبعوث الأممي هانس غروندبرغ في الرياض وزير الخارجية السعودي فيصل بن فرحان. واتهم وزير "
            "الخارجية في الحكومة اليمنية شائع الزنداني، الاثنين، جماعة الحوثي باستخدام المحتجزين.",
        ),
        (
            "en",
            "Saudi Foreign Minister Faisal bin Farhan received Hans Grundberg. The foreign minister in the Yemeni "
            "government accused the Houthis on Monday.",
        ),
    ],
)
def test_a_role_in_another_states_government_is_not_the_minister_named_before(packaged_linker, lang, text):
    # "in the Yemeni government" says whose minister this is (lang/<xx>/actors.yaml government_links)
    found = _mentions(packaged_linker, text, lang)
    assert len(found.get(SAUDI_FM, [])) == 2, found
