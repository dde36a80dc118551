""" "The rebels", "les paramilitaires", "la guerrilla", "المتمردون" stand for the one armed movement the
article names (actors.descriptions, kind armed_group); with two such movements named, for neither.
Sentences written for this test, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

# (lang, text, the movement, the description's words)
LINKED = [
    (
        "en",
        "The Rapid Support Forces took Nyala. The paramilitary group then shelled El Fasher.",
        "Rapid_Support_Forces",
        "paramilitary group",
    ),
    (
        "fr",
        "Le M23 a pris Bukavu. Les rebelles ont ensuite accusé l'Union européenne.",
        "March_23_Movement",
        "rebelles",
    ),
    (
        "es",
        "El ELN atacó una base. La guerrilla rechazó las acusaciones del gobierno.",
        "National_Liberation_Army_(Colombia)",
        "guerrilla",
    ),
    (
        "ar",
        "وصل قائد قوات الدعم السريع إلى كمبالا. واتهم المتمردون الجيش بقصف المدنيين.",
        "Rapid_Support_Forces",
        "المتمردون",
    ),
]


@pytest.fixture(scope="module")
def packaged_linker() -> ActorLinker:
    return ActorLinker(load_kb(), use_spacy=False)


def _mentions(linker: ActorLinker, text: str, lang: str) -> dict[str, list[str]]:
    article = linker(make_article(text, lang, "2025-03-18"))
    return {a.id or a.name: [m.text for m in a.mentions] for a in article.actors}


@pytest.mark.parametrize(("lang", "text", "group", "words"), LINKED, ids=[c[0] for c in LINKED])
def test_armed_group_description_links_to_the_one_movement(packaged_linker, lang, text, group, words):
    found = _mentions(packaged_linker, text, lang)
    assert any(words in m for m in found.get(group, [])), found


def test_armed_group_description_with_two_movements_links_nothing(packaged_linker):
    found = _mentions(packaged_linker, "Le M23 et les ADF ont attaqué. Les rebelles ont nié.", "fr")
    assert not any("rebelles" in m for ms in found.values() for m in ms), found


# A short name two states share ("Congo", "Corée"; left out of the country file) stands for the one of
# them the article names, even without a determiner; with both named, for neither.
STATES = [
    (
        "en",
        "The Democratic Republic of Congo and Rwanda met. Congo has accused Rwanda of backing the M23.",
        "Democratic_Republic_of_the_Congo",
        "Congo",
    ),
    (
        "fr",
        "La République démocratique du Congo a porté plainte. Le Congo accuse le Rwanda.",
        "Democratic_Republic_of_the_Congo",
        "Congo",
    ),
    ("es", "Corea del Sur convocó al embajador. Corea exige explicaciones.", "South_Korea", "Corea"),
]


def _short(mention: str, words: str) -> bool:
    """The mention is the short name alone, or with its determiner ("Congo", "Le Congo")."""
    parts = mention.split()
    return parts[-1] == words and len(parts) <= 2


@pytest.mark.parametrize(("lang", "text", "state", "words"), STATES, ids=[c[0] for c in STATES])
def test_shared_short_name_is_the_one_state_named(packaged_linker, lang, text, state, words):
    found = _mentions(packaged_linker, text, lang)
    assert any(_short(m, words) for m in found.get(state, [])), found


def test_shared_short_name_with_both_states_named_links_nothing(packaged_linker):
    text = "La RDC et la République du Congo ont signé. Le Congo a salué l'accord."
    found = _mentions(packaged_linker, text, "fr")
    assert not any(_short(m, "Congo") for ms in found.values() for m in ms), found


# A junta that fits several states the article names (Mali, Burkina Faso and Niger in 2024) is the one
# whose state its own sentence names: by a place ("À Niamey"), a capital, a demonym.
JUNTAS = [
    (
        "fr",
        "La Cédéao a appelé le Mali, le Burkina Faso et le Niger à rester. À Niamey, la junte a salué la décision.",
        "Niger",
        "junte",
    ),
    (
        "en",
        "ECOWAS lifted sanctions on Niger and Mali. In Bamako, the junta welcomed the move.",
        "Mali",
        "junta",
    ),
]


@pytest.mark.parametrize(("lang", "text", "state", "words"), JUNTAS, ids=[c[0] for c in JUNTAS])
def test_junta_of_several_is_the_one_its_sentence_names(packaged_linker, lang, text, state, words):
    article = packaged_linker(make_article(text, lang, "2024-02-25"))
    found = {a.id: [m.text for m in a.mentions] for a in article.actors}
    assert any(words in m for m in found.get(state, [])), found
