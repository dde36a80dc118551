"""Reopening a border, a crossing or the airspace lifts a restriction (CONCEDE, with no counterpart
needed), as closing one imposes it; troops pulled back are a RETREAT ("ha replegado sus tropas").
Refused, the reopening is no act. Sentences written for these tests, each after a meeting so that
the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, real_involving, shown

REOPENED = [
    (
        "es",
        "El Gobierno yemení ha replegado sus tropas de Taiz y ha reabierto el paso de Al Hawban.",
        "Yemen",
    ),
    ("es", "Chad reabrió el martes el paso fronterizo de Adré.", "Chad"),
    ("fr", "Le Soudan a rouvert mardi le point de passage d'Adré.", "Sudan"),
    ("en", "Sudan reopened the Adre crossing on Tuesday.", "Sudan"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), REOPENED, ids=[r[0] for r in REOPENED])
def test_a_reopened_crossing_is_a_concession(world_code, lang: str, text: str, who: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "CONCEDE", who), shown(events)


@pytest.mark.slow
def test_troops_pulled_back_are_a_retreat(world_code) -> None:
    text = "El Gobierno yemení ha replegado sus tropas de la ciudad de Taiz."
    events = world_code(AFTER_MEETING["es"] + text, "es")
    assert real_involving(events, "RETREAT", "Yemen"), shown(events)


REFUSED = [
    ("es", "Chad se negó a reabrir el paso fronterizo de Adré."),
    ("en", "Sudan did not reopen the Adre crossing."),
]


@pytest.mark.slow
@by_language(REFUSED)
def test_a_refused_reopening_is_no_concession(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert not real_events(events, "CONCEDE"), shown(events)
