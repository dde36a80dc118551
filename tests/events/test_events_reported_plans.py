"""The aim of a trip told as a plan in reported speech is planned too, on sentences written for these
tests (events.modality `_planned`): "said Witkoff would travel to Moscow to meet Putin" tells no meeting
held, only a planned one (AGREE, future), as "said Witkoff would meet Putin" does."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

REPORTED = [
    ("en", "Trump said Witkoff would travel to Moscow to meet Putin."),
    ("fr", "Trump a indiqué que Witkoff se rendrait à Moscou pour rencontrer Poutine."),
    ("es", "Trump dijo que Witkoff viajaría a Moscú para reunirse con Putin."),
]


@by_language(REPORTED)
def test_the_aim_of_a_reported_trip_is_planned(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang, "2025-11-25")
    assert not real_events(events, "CONSULT"), shown(events)
    planned = [e for e in events if e.type == "AGREE" and "future" in e.aux]
    assert planned and "Vladimir_Putin" in planned[0].recipient, shown(events)
