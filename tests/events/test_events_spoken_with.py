"""Speaking to or with someone is a meeting or a call: "Trump spoke to Putin for two hours", "a parlé
avec Poutine", "habló con Putin", "تحدث ترامب مع بوتين" had no event. The word is weak: speaking to the
press names no counterpart. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

SPOKEN = [
    ("en", "Donald Trump spoke to Vladimir Putin for more than two hours on Tuesday."),
    ("fr", "Donald Trump a parlé mardi avec Vladimir Poutine pendant plus de deux heures."),
    ("fr", "Donald Trump a parlé à Vladimir Poutine pendant deux heures mardi."),
    ("es", "Donald Trump habló el martes con Vladimir Putin durante más de dos horas."),
    ("ar", "تحدث دونالد ترامب مع فلاديمير بوتين يوم الثلاثاء لأكثر من ساعتين."),
]


@pytest.mark.slow
@by_language(SPOKEN)
def test_events_speaking_with_a_leader_is_a_consultation(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert [(e.type, {*e.actor, *e.recipient}) for e in found] == [
        ("CONSULT", {"Donald_Trump", "Vladimir_Putin"})
    ], shown(found)


@pytest.mark.slow
def test_events_speaking_to_the_press_meets_no_one(world_code):
    found = real_events(world_code("Il a parlé à la presse mardi.", "fr"))
    assert found == [], shown(found)
