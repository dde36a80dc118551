"""A call told after two meetings of its actor, addressed to "the two sides" ("met Haftar on Thursday, then
Dbeibah on Friday. She urged the two sides to..."), is addressed to both partners met, not to the first
alone (events.meeting_acts). After one meeting it stays the one met. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

AFTER_TWO_MEETINGS = [
    (
        "en",
        "UN envoy Hanna Tetteh met Khalifa Haftar in Benghazi on Thursday, then Abdulhamid Dbeibah in Tripoli on "
        "Friday. She urged the two sides to agree on a unified government.",
    ),
    (
        "fr",
        "L'envoyée de l'ONU Hanna Tetteh a rencontré jeudi Khalifa Haftar à Benghazi, puis vendredi Abdelhamid "
        "Dbeibah à Tripoli. Elle a appelé les deux camps à s'entendre sur un gouvernement unifié.",
    ),
]


@pytest.mark.slow
@by_language(AFTER_TWO_MEETINGS)
def test_events_the_two_sides_are_both_partners_met(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-07-12"), "REQUEST")
    assert [(e.actor, set(e.recipient)) for e in found] == [
        (("Hanna_Tetteh",), {"Khalifa_Haftar", "Abdul_Hamid_Dbeibeh"})
    ], shown(found)


@pytest.mark.slow
def test_events_after_one_meeting_the_call_is_the_one_mets(world_code):
    text = (
        "UN envoy Hanna Tetteh met Khalifa Haftar in Benghazi on Thursday. She urged the two sides to agree."
    )
    found = real_events(world_code(text, "en", "2025-07-12"), "REQUEST")
    assert [(e.actor, e.recipient) for e in found] == [(("Hanna_Tetteh",), ("Khalifa_Haftar",))], shown(found)
