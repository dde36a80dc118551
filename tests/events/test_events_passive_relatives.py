"""A passive relative clause with its agent tells another act, whose doer is its own: in "Guyana denounced
an incursion, an incident that was condemned by the United States", the United States condemned, and is
no target of Guyana's denunciation (in any category: the two acts here are both ACCUSE). A relative clause
whose verb tells no act still names the target ("denunció los obstáculos que Marruecos pone"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

PASSIVE_RELATIVES = [
    (
        "en",
        "Guyana denounced an incursion by Venezuelan ships, an incident that was condemned by the United States.",
    ),
    (
        "fr",
        "Le Guyana a dénoncé une incursion de navires, un incident qui a été condamné par les États-Unis.",
    ),
    ("es", "Guyana denunció una incursión de buques, un incidente que fue condenado por Estados Unidos."),
]


@pytest.mark.slow
@by_language(PASSIVE_RELATIVES)
def test_events_the_agent_of_a_passive_relative_is_no_target(world_code, lang, text):
    found = world_code(text, lang)
    guyanese = [e for e in found if e.type == "ACCUSE" and "Guyana" in e.actor]
    assert guyanese and all("United_States" not in e.recipient for e in guyanese), shown(found)


@pytest.mark.slow
def test_events_a_relative_clause_telling_no_act_names_the_target(world_code):
    found = real_events(
        world_code("El Polisario denunció los obstáculos que Marruecos pone al proceso.", "es")
    )
    assert [(e.type, e.actor, e.recipient) for e in found] == [
        ("ACCUSE", ("Polisario_Front",), ("Morocco",))
    ], shown(found)
