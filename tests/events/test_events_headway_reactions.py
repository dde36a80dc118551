"""Headway welcomed is the agreement's or the talks': "Moscow welcomed the progress", "a salué ces
progrès", "saludó los avances", "رحبت ... بالتقدم" are addressed to the sides that agreed (lexicon
`advances`); and "se sont mis d'accord" is an agreement (our own sentences)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

STORIES = [
    (
        "en",
        "Armenia and Azerbaijan agreed on Thursday on the text of a peace treaty. "
        "In Moscow, Maria Zakharova welcomed the progress.",
    ),
    (
        "fr",
        "L'Arménie et l'Azerbaïdjan se sont mis d'accord jeudi sur le texte d'un traité de paix. "
        "À Moscou, Maria Zakharova a salué ces progrès.",
    ),
    (
        "es",
        "Armenia y Azerbaiyán se pusieron de acuerdo el jueves sobre el texto del tratado. Rusia saludó los avances.",
    ),
    ("ar", "اتفقت أرمينيا وأذربيجان الخميس على نص معاهدة السلام. ورحبت روسيا بالتقدم المحرز."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), STORIES, ids=[s[0] for s in STORIES])
def test_headway_welcomed_is_addressed_to_the_sides_that_agreed(world_code, lang, text):
    events = world_code(text, lang, anchor="2025-03-14")
    welcomed = real_events(events, "SUPPORT")
    assert any({"Armenia", "Azerbaijan"} <= set(e.recipient) for e in welcomed), shown(events)


@pytest.mark.slow
def test_sides_that_came_to_terms_agreed(world_code):
    # (after a meeting: a document's only event is kept whatever its confidence)
    text = (
        AFTER_MEETING["fr"]
        + "L'Arménie et l'Azerbaïdjan se sont mis d'accord jeudi sur le texte d'un traité de paix."
    )
    events = world_code(text, "fr", anchor="2025-03-14")
    assert any({"Armenia", "Azerbaijan"} <= set(e.actor) for e in real_events(events, "AGREE")), shown(events)
