"""A sentence that tells of the occasion the one before told ("à cette occasion", "on that occasion", "en esa
ocasión") takes its date, even from a past perfect or a relative clause, which otherwise date nothing after
them (sentences written for these tests; events.dating.tells_of_occasion)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

OCCASIONS = [
    (
        "La décision survient après le voyage du ministre Nasser Bourita à Washington, où il avait été accueilli "
        "le 8 avril par Marco Rubio. Ce dernier avait réaffirmé à cette occasion le soutien des Etats-Unis au "
        "plan marocain.",
        "fr",
    ),
    (
        "The decision follows Bourita's trip to Washington, where he had been received by Marco Rubio on April 8. "
        "On that occasion, Rubio had reaffirmed US support for the Moroccan plan.",
        "en",
    ),
    (
        "La decisión llega tras el viaje de Bourita a Washington, donde había sido recibido por Marco Rubio el 8 "
        "de abril. En esa ocasión, Rubio había reafirmado el apoyo de Estados Unidos al plan marroquí.",
        "es",
    ),
    (
        "وكان بوريطة قد استقبل من طرف ماركو روبيو في 8 أبريل. وفي تلك المناسبة، جدد روبيو دعم الولايات المتحدة للمغرب.",
        "ar",
    ),
]


@pytest.mark.parametrize(("text", "lang"), OCCASIONS, ids=["fr", "en", "es", "ar"])
def test_the_occasion_told_before_dates_the_act(world_code, text, lang):
    backed = [
        e for e in real_events(world_code(text, lang, "2025-06-02"), "SUPPORT") if "Morocco" in e.recipient
    ]
    assert [e.date.value if e.date else None for e in backed] == ["2025-04-08"], shown(backed)


def test_without_the_occasion_a_past_perfect_dates_nothing_after_it(world_code):
    text = (
        "La décision survient après le voyage du ministre Nasser Bourita à Washington, où il avait été accueilli "
        "le 8 avril par Marco Rubio. Marco Rubio a réaffirmé lundi le soutien des Etats-Unis au plan marocain."
    )
    backed = [
        e for e in real_events(world_code(text, "fr", "2025-06-02"), "SUPPORT") if "Morocco" in e.recipient
    ]
    assert [e.date.value if e.date else None for e in backed] == ["2025-06-02"], shown(backed)
