"""A capitalised noun after a determiner that opens the name of exactly one organisation told in an earlier
sentence is that organisation ("pidió a la Comisión" after "la Comisión Europea"); not one a name goes on
after ("la Comisión Nacional"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SHORT = [
    (
        "La Commission européenne a ouvert mardi une enquête sur les subventions. Jean-Noël Barrot a appelé la "
        "Commission à agir avant l'été.",
        "fr",
    ),
    (
        "La Comisión Europea abrió el martes una investigación sobre las ayudas. José Manuel Albares pidió a la Comisión "
        "que actúe antes del verano.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), SHORT, ids=["fr", "es"])
def test_a_short_name_after_the_full_one_is_that_body(world_code, text, lang):
    calls = real_events(world_code(text, lang, "2024-10-05"), "REQUEST")
    assert any("European_Commission" in e.recipient for e in calls), shown(calls)


def test_a_short_name_a_name_goes_on_after_is_another_body(world_code):
    text = (
        "La Comisión Europea abrió el martes una investigación sobre las ayudas. José Manuel Albares pidió a la Comisión "
        "Nacional de los Mercados que actúe antes del verano."
    )
    events = world_code(text, "es", "2024-10-05")
    assert events and not any("European_Commission" in e.recipient for e in events), shown(events)
