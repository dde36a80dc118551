"""Astonishment voiced at another's act reproves it ("a dit son grand étonnement devant le ton du communiqué
marocain", "expresó su extrañeza por la decisión de Argel", "voiced astonishment at"), and calling an act
"grave" blames it ("qualifie cet accueil d'acte grave"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

REPROVED = [
    (
        "Le ministère tunisien des Affaires étrangères a dit son « grand étonnement » devant le ton du communiqué marocain.",
        "fr",
        "Tunisia",
        "Morocco",
    ),
    (
        "Dans son communiqué, la diplomatie marocaine qualifie cet accueil de la Tunisie d'« acte grave ».",
        "fr",
        "Morocco",
        "Tunisia",
    ),
    ("La cancillería española expresó su extrañeza por la decisión de Argel.", "es", "Spain", "Algeria"),
    ("Tunisia voiced astonishment at the tone of the Moroccan statement.", "en", "Tunisia", "Morocco"),
]


@pytest.mark.parametrize(("text", "lang", "actor", "target"), REPROVED)
def test_astonishment_at_an_act_reproves_it(world_code, text, lang, actor, target):
    accusations = real_events(world_code(text, lang), "ACCUSE")
    assert any(
        (actor in e.actor or any(actor in k for k in e.actor)) and target in e.recipient for e in accusations
    ), shown(accusations)
