"""Without a parse (Arabic): a truce or ceasefire told right after a verb of stance ("رحبت روسيا بالهدنة",
"بإعلان وقف إطلاق النار") is what the stance is about, not an agreement of the one who welcomes it. Our
own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    "رحبت روسيا بالهدنة بين المغرب وجبهة البوليساريو.",
    "رحبت روسيا بإعلان الهدنة بين المغرب وجبهة البوليساريو.",
    "رحبت روسيا بإعلان وقف إطلاق النار بين المغرب وجبهة البوليساريو.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CASES, ids=[str(i) for i in range(len(CASES))])
def test_the_welcomed_truce_is_not_the_welcomers(code, text):
    events = code(text, "ar")
    assert any("Russia" in e.actor for e in real_events(events, "SUPPORT")), shown(events)
    assert not any("Russia" in e.actor for e in real_events(events, "AGREE")), shown(events)
