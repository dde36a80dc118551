""" "The bloc", "le bloc", "el bloque regional", "التكتل" stand for the one organisation of states (sector
IGO) the article names (actors.descriptions, kind intergovernmental); with two named, for neither.
Sentences written for this test, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

ECOWAS = "Economic_Community_of_West_African_States"
# (lang, text, the description's words)
LINKED = [
    ("en", "ECOWAS met in Abuja. Mali accused the bloc of serving foreign powers.", "bloc"),
    (
        "fr",
        "La Cédéao s'est réunie à Abuja. Le Mali a accusé le bloc de servir des puissances étrangères.",
        "bloc",
    ),
    (
        "es",
        "La Cedeao se reunió en Abuya. Malí acusó al bloque regional de servir a potencias extranjeras.",
        "bloque regional",
    ),
    ("ar", "اجتمعت إيكواس في أبوجا. واتهمت مالي التكتل بخدمة قوى أجنبية.", "التكتل"),
]


@pytest.fixture(scope="module")
def packaged_linker() -> ActorLinker:
    return ActorLinker(load_kb(), use_spacy=False)


def _mentions(linker: ActorLinker, text: str, lang: str) -> dict[str, list[str]]:
    article = linker(make_article(text, lang, "2024-02-26"))
    return {a.id or a.name: [m.text for m in a.mentions] for a in article.actors}


@pytest.mark.parametrize(("lang", "text", "words"), LINKED, ids=[c[0] for c in LINKED])
def test_bloc_description_links_to_the_one_organisation_of_states(packaged_linker, lang, text, words):
    found = _mentions(packaged_linker, text, lang)
    assert any(words in m for m in found.get(ECOWAS, [])), found


def test_bloc_description_with_two_organisations_links_nothing(packaged_linker):
    found = _mentions(
        packaged_linker, "La Cédéao et l'Union africaine se sont réunies. Le bloc a démenti.", "fr"
    )
    assert not any(m.endswith("bloc") for ms in found.values() for m in ms), found
