"""Lowering diplomatic relations is a SANCTION (PLOVER: reduce or break relations), told as a verb or
as a noun: "l'abaissement de ses relations au niveau de chargé d'affaires", "rebajó sus relaciones",
"announced the downgrading of ties". The deterioration of relations is a state, no act. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

LOWERED = [
    ("fr", "Lundi, Pékin a annoncé l'abaissement de ses relations diplomatiques avec la Lituanie."),
    ("fr", "Lundi, la Chine a abaissé ses relations diplomatiques avec la Lituanie."),
    ("fr", "Lundi, Pékin a décidé d'abaisser le niveau de ses relations avec Vilnius."),
    (
        "es",
        "El lunes, China rebajó sus relaciones diplomáticas con Lituania al nivel de encargado de negocios.",
    ),
    ("es", "El lunes, Pekín anunció la rebaja de sus relaciones con Vilna."),
    ("es", "El lunes, Madrid degradó sus relaciones con Caracas."),
    ("en", "On Monday, Beijing announced the downgrading of ties with Vilnius."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    LOWERED,
    ids=["abaissement", "abaisser", "niveau", "rebajar", "rebaja", "degradar", "downgrading"],
)
def test_relations_lowered_are_a_sanction(world_code, lang, text):
    found = world_code(text, lang, "2021-11-23")
    state = "Spain" if "Madrid" in text else "China"
    other = "Venezuela" if "Madrid" in text else "Lithuania"
    assert told_between(found, "SANCTION", state, other), shown(found)


def test_a_state_withdrawing_its_ambassador_by_bringing_her_back(world_code):
    found = world_code("El lunes, Lituania hizo regresar a su embajadora en Pekín.", "es", "2021-11-23")
    assert told_between(found, "SANCTION", "Lithuania", "China"), shown(found)


def test_the_deterioration_of_relations_is_no_sanction(world_code):
    found = world_code("La degradación de las relaciones con Caracas preocupa a Madrid.", "es", "2021-11-23")
    assert not real_events(found, "SANCTION"), shown(found)
