"""What made another happening possible took place (sentences written for these tests): "the meeting was
made possible by a phone call between X and Y", "una reunión ... hizo posible la cumbre" tell a call, a
meeting that happened, no hypothetical one; "a call could be possible" still is."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

MADE_POSSIBLE = [
    (
        "The summit was made possible by a phone call between Donald Trump and Vladimir Putin last Wednesday.",
        "en",
    ),
    (
        "Talks in Geneva were made possible by a meeting between Antony Blinken and Sergey Lavrov in January.",
        "en",
    ),
    (
        "La rencontre a été rendue possible par un appel téléphonique entre Donald Trump et Vladimir Poutine mercredi.",
        "fr",
    ),
    ("La cumbre fue posible gracias a una reunión entre Antony Blinken y Serguéi Lavrov en enero.", "es"),
    ("Una reunión entre Antony Blinken y Serguéi Lavrov en enero hizo posible la cumbre.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), MADE_POSSIBLE)
def test_what_made_something_possible_happened(world_code, text, lang):
    events = world_code(text, lang)
    assert real_events(events, "CONSULT"), shown(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A phone call between Donald Trump and Vladimir Putin could be possible next week.", "en"),
    ],
)
def test_a_possible_meeting_stays_hypothetical(world_code, text, lang):
    events = world_code(text, lang)
    assert not real_events(events, "CONSULT"), shown(events)
