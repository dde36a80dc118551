"""A participle on a text says what its issuer says: "France issued a statement urging Russia to accept a
ceasefire" is France's REQUEST, as is "In a statement urging Russia to..., France said" (the subject of the
clause the text's noun belongs to; events.arguments). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "France issued a statement urging Russia to accept a ceasefire.",
        "In a statement urging Russia to accept a ceasefire, France said the war had to end.",
        "The foreign ministers of France and Germany released a statement calling on Russia to accept a ceasefire.",
    ],
)
def test_events_a_text_urges_what_its_issuer_urges(world_code, text):
    found = real_events(world_code(text, "en", "2025-06-12"), "REQUEST")
    assert [e for e in found if "France" in e.actor and "Russia" in e.recipient], shown(found)


@pytest.mark.slow
def test_events_a_text_of_nobody_named_borrows_no_object(world_code):
    """ "Russia rejected a statement urging it to...": the one who rejects is no issuer."""
    found = real_events(
        world_code("Russia received a statement urging Ukraine to accept a ceasefire.", "en"), "REQUEST"
    )
    assert not [e for e in found if "Russia" in e.actor], shown(found)
