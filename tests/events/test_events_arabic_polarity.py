"""Without a parse (Arabic): "any" right before a trigger noun that a negation a few words back
governs ("لن يوقع على أي اتفاق": will sign no agreement) denies the act, though the negation stands
beyond the usual window; "any" after no negation ("رحبت روسيا بأي اتفاق") denies nothing. Our own
sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_any_after_a_negation_denies_the_act(code):
    events = code("أعلنت روسيا أنها لن توقع على أي اتفاق مع إسبانيا.", "ar")
    assert not any("Russia" in e.actor for e in real_events(events, "AGREE")), shown(events)
    assert any("negation" in e.aux for e in events if e.type == "AGREE"), shown(events)


@pytest.mark.slow
def test_any_without_a_negation_denies_nothing(code):
    events = code("رحبت روسيا بأي اتفاق بين المغرب وإسبانيا.", "ar")
    assert any("Russia" in e.actor for e in real_events(events, "SUPPORT")), shown(events)
