"""Spanish "insistir en que" demands with a subjunctive clause and asserts with an indicative one: "insistió
en que Marruecos retire sus tropas" is a REQUEST, "insistió en que el plan es la base más seria" is no
request but the backing it states (flag `mood`, events.transitive). English marks no mood: "insisted that
Morocco withdraw" or "should withdraw" demands, "insisted that Ethiopia would pursue", "has never refused" or
"is the basis" asserts (a tense of its own, a modal of prediction: `assertive_modals`). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ASSERTED = "El ministro Albares insistió en que el plan presentado por Marruecos es la base más seria para resolverlo."
DEMANDED = "El ministro Albares insistió en que Marruecos retire sus tropas de la zona."


@pytest.mark.slow
def test_an_indicative_clause_is_asserted_not_asked(world_code) -> None:
    events = world_code(ASSERTED, "es")
    assert not real_events(events, "REQUEST"), shown(events)
    assert any("Morocco" in e.recipient for e in real_events(events, "SUPPORT")), shown(events)


@pytest.mark.slow
def test_a_subjunctive_clause_is_a_demand(world_code) -> None:
    events = world_code(DEMANDED, "es")
    assert any("Morocco" in e.recipient for e in real_events(events, "REQUEST")), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Abiy Ahmed insisted that Ethiopia would pursue its goal of a sea outlet through negotiation.",
        "Abiy Ahmed insisted that Ethiopia has never sought a war with Eritrea.",
        "Abiy Ahmed insisted that Eritrea is responsible for the tension.",
    ],
)
def test_an_english_indicative_clause_asks_nothing(world_code, text) -> None:
    events = world_code(text, "en")
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Abiy Ahmed insisted that Eritrea withdraw its troops from the border.",
        "Abiy Ahmed insisted that Eritrea should withdraw its troops from the border.",
    ],
)
def test_an_english_bare_or_should_clause_is_a_demand(world_code, text) -> None:
    events = world_code(text, "en")
    assert any("Eritrea" in e.recipient for e in real_events(events, "REQUEST")), shown(events)
