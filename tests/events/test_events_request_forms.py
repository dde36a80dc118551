"""Requests as diplomatic texts word them (sentences written for these tests):
- an asking verb before a clitic and its infinitive ("encourage X à s'engager") asks for that act, which
  is no rival event of its clause (events.asks, events.pruning);
- a French present the lemmatizer leaves as the noun it spells ("invite", "réclame") is still the verb
  (events.triggers.infinitives)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


def test_an_ask_before_a_clitic_and_its_infinitive_is_a_request(world_code):
    text = "Le président kényan encourage le Soudan et le Tchad à s'engager dans un dialogue direct."
    events = world_code(text, "fr")
    requests = real_events(events, "REQUEST")
    assert any({"Sudan", "Chad"} <= set(e.recipient) for e in requests), shown(events)
    assert not real_events(events, "AGREE"), shown(events)  # the commitment asked for is not made


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Le Tchad invite le Soudan et le Soudan du Sud à reprendre le dialogue.", "REQUEST"),
        ("La Cédéao invite la junte nigérienne à libérer le président Bazoum.", "REQUEST"),
    ],
)
def test_a_present_the_lemmatizer_leaves_as_a_noun_is_still_the_verb(world_code, text, kind):
    events = real_events(world_code(text, "fr"), kind)
    assert events, shown(world_code(text, "fr"))
