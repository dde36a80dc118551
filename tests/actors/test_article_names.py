"""A place name that opens with an article the KB writes capitalised ("La Paz", "El Cairo") is that place
only where the text capitalises the article too: "el Alto Comisionado para la Paz", "el Premio Nobel de la
Paz" speak of peace, not of Bolivia. A name the KB also lists with the article in lower case ("la Habana")
is the place written either way. A KB written here; no spaCy."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import kb_from_dicts
from tests.actors.conftest import make_article


def country(id_: str, iso3: str, name: str) -> dict:
    return {"id": id_, "kind": "country", "name": id_, "country": iso3, "names": {"es": [name]}}


def capital(id_: str, state: str, iso3: str, names: list[str]) -> dict:
    return {
        "id": id_,
        "kind": "place",
        "name": names[0],
        "country": iso3,
        "metonym_for": state,
        "names": {"es": names},
    }


ENTRIES = [
    country("Bolivia", "BOL", "Bolivia"),
    country("Cuba", "CUB", "Cuba"),
    capital("La_Paz", "Bolivia", "BOL", ["La Paz"]),
    capital("Havana", "Cuba", "CUB", ["La Habana", "la Habana"]),
]


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    return ActorLinker(kb_from_dicts(ENTRIES, {}), use_spacy=False)


def ids(linker: ActorLinker, text: str) -> list[str]:
    return [a.id for a in linker(make_article(text, "es", "2024-05-02")).actors]


@pytest.mark.parametrize(
    "text",
    [
        "El Alto Comisionado para la Paz respaldó la decisión del Gobierno.",
        "El presidente recibió el Premio Nobel de la Paz en 2016.",
    ],
)
def test_a_lower_case_article_is_no_capitalised_name(linker, text):
    assert ids(linker, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Paz rechazó la propuesta chilena.", ["Bolivia"]),
        ("La Habana condenó el bloqueo.", ["Cuba"]),
        ("El Gobierno de la Habana condenó el bloqueo.", ["Cuba"]),
    ],
)
def test_the_name_as_the_kb_writes_it_is_the_place(linker, text, expected):
    assert ids(linker, text) == expected
