"""Two coordinated verbs sharing the object after them ("a dénoncé et rejeté le communiqué de la
Cédéao"): the parser hangs the object on the first verb only, the second has it too; when the first
verb has an object of its own before ("a salué l'Espagne et rejeté la proposition de l'Algérie"), what
follows the second verb is the second verb's only (events.arguments).
And "recusar" a mediation is to reject it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SHARED = [
    ("fr", "Le gouvernement malien a dénoncé et rejeté le communiqué de la Cédéao."),
    ("es", "El Polisario criticó y rechazó la propuesta de Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SHARED, ids=[s[0] for s in SHARED])
def test_a_coordinated_verb_shares_the_object_after_it(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    rejections = real_events(events, "REJECT")
    assert rejections and all(e.recipient for e in rejections), shown(events)
    assert real_events(events, "ACCUSE"), shown(events)


@pytest.mark.slow
def test_a_verb_with_an_object_of_its_own_keeps_it(world_code) -> None:
    events = world_code("Le Maroc a salué l'Espagne et rejeté la proposition de l'Algérie.", "fr")
    assert any(
        "Algeria" in e.recipient and "Spain" not in e.recipient for e in real_events(events, "REJECT")
    ), shown(events)


@pytest.mark.slow
def test_recusing_a_mediation_rejects_it(world_code) -> None:
    events = world_code("El Gobierno de Malí recusó la mediación de la Cedeao.", "es")
    assert any(
        "Economic_Community_of_West_African_States" in e.recipient for e in real_events(events, "REJECT")
    ), shown(events)
