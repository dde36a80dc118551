"""A meeting's own name is no actor, and its noun stays a trigger. "la próxima Reunión de Alto Nivel entre
España y Marruecos se celebrará en Rabat" was read as the island of Réunion holding a celebration: the
island's bare name is the word for a meeting in French and Spanish (kb/data/countries.yaml now names it
as an island), and the recogniser's person or body spans headed by a meeting noun ("Reunión de Alto
Nivel", "La Cumbre Iberoamericana") are occasions (actors.occasion_names, `occasion_heads` in
lang/<xx>/actors.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.actors.occasion_names import names_occasion
from tests.events.conftest import real_events, shown

PLANNED = [
    (
        "es",
        "El ministro de Exteriores, José Manuel Albares, anunció ayer que la próxima Reunión de Alto Nivel "
        "entre España y Marruecos se celebrará en Rabat en mayo.",
    ),
    ("es", "La Reunión de Alto Nivel entre España y Marruecos se celebrará en Rabat en mayo."),
    ("fr", "Réunion de haut niveau entre l'Espagne et le Maroc en mai à Rabat, a annoncé le ministre."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PLANNED, ids=["es-announced", "es-opening", "fr-headline"])
def test_events_a_meeting_named_in_capitals_is_no_island_and_no_celebration(world_code, lang, text):
    found = world_code(text, lang, "2025-03-04")
    everyone = {k for e in found for k in e.actor + e.recipient}
    assert "Réunion" not in everyone, shown(found)
    assert not [e for e in found if e.type == "SUPPORT"], shown(found)


@pytest.mark.slow
def test_events_the_planned_meeting_of_a_capitalised_name_is_agreed(world_code):
    text = PLANNED[0][1]
    planned = [e for e in world_code(text, "es", "2025-03-04") if e.type == "AGREE"]
    assert [set(e.actor + e.recipient) >= {"Spain", "Morocco"} for e in planned] == [True], shown(planned)
    assert not [k for e in planned for k in e.actor if " " in k], shown(planned)  # no "Reunión de..." actor


@pytest.mark.slow
def test_events_a_summit_subject_is_nobody_acting(world_code):
    text = "La Cumbre Iberoamericana reunió el sábado en Cuenca a los jefes de Estado de la región."
    found = world_code(text, "es", "2025-03-04")
    assert not [k for e in found for k in e.actor if "Cumbre" in k], shown(found)


@pytest.mark.slow
def test_events_the_island_named_as_an_island_is_still_a_place(world_code):
    found = world_code("Emmanuel Macron s'est rendu lundi sur l'île de la Réunion.", "fr", "2025-03-04")
    visits = real_events(found, "CONSULT")
    assert [e.recipient for e in visits] == [("Réunion",)], shown(found)


@pytest.mark.parametrize(
    ("text", "lang", "occasion"),
    [
        ("La Cumbre Iberoamericana", "es", True),
        ("Reunión de Alto Nivel", "es", True),
        ("le Sommet de Nouakchott", "fr", True),
        ("the Munich Security Conference", "en", True),
        ("قمة الرياض", "ar", True),
        ("Frente Polisario", "es", False),
        ("le Conseil de sécurité", "fr", False),
        ("Pacific Islands Council", "en", False),
    ],
)
def test_names_occasion(text, lang, occasion):
    assert names_occasion(text, lang) is occasion
