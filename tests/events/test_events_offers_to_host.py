"""An offer or a plan to host with no guest named ("Turkey is ready to host a meeting between the two
leaders") is the host's own AGREE: the host is the subject of "host", not a recipient left without an
actor (which fell under the threshold). A meeting hosted with its guests named keeps them. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

OFFERS = [
    ("en", "Turkey said it was prepared to host a meeting between the two leaders."),
    ("fr", "La Turquie s'est dite prête à accueillir une rencontre entre les deux dirigeants."),
    ("es", "Turquía está dispuesta a acoger una reunión entre los dos líderes."),
    ("en", "Turkey will host a new round of talks."),
]


@pytest.mark.slow
@by_language(OFFERS)
def test_events_an_offer_to_host_is_the_hosts(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in found] == [("AGREE", ("Turkey",), ())], shown(found)


@pytest.mark.slow
def test_events_a_plan_to_host_named_guests_keeps_them(world_code):
    found = real_events(world_code("Turkey will host talks between Russia and Ukraine.", "en"), "AGREE")
    assert [set(e.actor) | set(e.recipient) for e in found] == [{"Turkey", "Russia", "Ukraine"}], shown(found)
