"""Spanish "insistir en que" demands with a subjunctive clause and asserts with an indicative one: "insistió
en que Marruecos retire sus tropas" is a REQUEST, "insistió en que el plan es la base más seria" is no
request but the backing it states (flag `mood`, events.transitive). Sentences written for these tests."""

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
