"""A trigger noun that completes another trigger noun is what the outer act is about, on sentences
written for these tests (events.clause_status `completes_trigger_noun`): "announced the suspension of its
energy agreement with Trinidad and Tobago" tells a suspension, not also an agreement made that day."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

SUSPENDED = [
    ("en", "Venezuela announced on Monday the suspension of its energy agreement with Trinidad and Tobago."),
    ("fr", "Le Venezuela a annoncé lundi la suspension de son accord énergétique avec Trinité-et-Tobago."),
    (
        "es",
        "Venezuela anunció el lunes la suspensión inmediata del acuerdo energético con Trinidad y Tobago.",
    ),
]


@by_language(SUSPENDED)
def test_a_suspended_agreement_is_no_agreement_made(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    suspended = real_events(events, "SANCTION")
    assert suspended and "Trinidad_and_Tobago" in suspended[0].recipient, shown(events)
    assert not real_events(events, "AGREE"), shown(events)


def test_a_dateline_with_two_places_names_no_actor(world_code) -> None:
    text = "Caracas/Bogotá, 28 de octubre de 2025 (Redacción).- El Gobierno de Venezuela suspendió el acuerdo con Trinidad y Tobago."
    events = world_code(text, "es")
    assert events and not any("Colombia" in e.actor + e.recipient for e in events), shown(events)
