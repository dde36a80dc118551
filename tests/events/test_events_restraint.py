"""An act its actor held back from did not happen ("refrained from criticising Rabat", "stopped short of
condemning Israel", "s'est gardé de critiquer", "se abstuvo de criticar", "evitó criticar", "امتنعت عن
انتقاد"), nor one it has yet to do ("has yet to accept"); and abstaining from an act is no abstention in a
vote ("s'est abstenu de critiquer Rabat" casts no vote), while abstaining from voting still is
(`refrainings`, `yet_marks`, `refrain_particles`; events.modality). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

HELD_BACK = [
    ("en", "Washington stopped short of condemning Israel."),
    ("en", "Paris refrained from criticising Rabat."),
    ("en", "Algeria has yet to accept the envoy's invitation."),
    ("fr", "Paris s'est gardé de critiquer Rabat."),
    ("fr", "Paris s'est abstenu de critiquer Rabat."),
    ("es", "París evitó criticar a Rabat."),
    ("ar", "امتنعت باريس عن انتقاد الرباط."),
]

VOTES = [
    ("en", "Russia abstained from voting on the resolution."),
    ("fr", "La Russie s'est abstenue lors du vote de la résolution."),
    ("ar", "امتنعت روسيا عن التصويت على القرار."),
    ("fr", "La Russie s'est abstenue de voter la résolution du Conseil de sécurité."),
    ("es", "Rusia se abstuvo de votar la resolución del Consejo de Seguridad."),
]

# Held back from an act that is no event, in an article where an assembly votes: still no vote cast (the
# parser may hang "de qualifier" on the noun before it: "pour l'heure de qualifier").
HELD_BACK_NO_EVENT = [
    (
        "fr",
        "Le Conseil de sécurité a adopté jeudi une résolution sur le Niger. Washington s'est abstenu pour "
        "l'heure de qualifier officiellement les événements de coup d'État.",
    ),
    (
        "fr",
        "La Cédéao a suspendu dimanche toutes les transactions avec le Niger. Washington, de son côté, s'est "
        "abstenu pour l'heure de qualifier officiellement les événements de coup d'État, ce qui entraînerait la "
        "suspension d'une partie de son aide.",
    ),
    (
        "es",
        "El Consejo de Seguridad adoptó el jueves una resolución sobre Níger. Washington se abstuvo por "
        "ahora de calificar los hechos de golpe de Estado.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HELD_BACK)
def test_events_an_act_held_back_did_not_happen(world_code, lang, text):
    assert real_events(world_code(text, lang)) == [], shown(world_code(text, lang))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), VOTES)
def test_events_abstaining_from_a_vote_is_still_a_rejection(world_code, lang, text):
    found = real_events(world_code(text, lang), "REJECT")
    assert [e.actor for e in found] == [("Russia",)], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HELD_BACK_NO_EVENT, ids=["fr", "fr-aux", "es"])
def test_events_abstaining_from_what_is_no_event_casts_no_vote(world_code, lang, text):
    found = world_code(text, lang)
    assert not [e for e in real_events(found, "REJECT") if "United_States" in e.actor], shown(found)
