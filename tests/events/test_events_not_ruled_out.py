"""An act a negated verb of ruling out governs is held open: a threat when it is conflictual, an offer
when it is cooperative, as a stated readiness is (events.clause_status.not_ruled_out; issue 9;
sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

HELD_OPEN = [
    ("es", "Estados Unidos no descarta imponer nuevas sanciones a Venezuela.", "THREATEN"),
    ("fr", "Washington n'exclut pas d'imposer de nouvelles sanctions au Venezuela.", "THREATEN"),
    ("en", "Washington does not rule out imposing new sanctions on Venezuela.", "THREATEN"),
    ("es", "Rusia no descarta reunirse con Ucrania.", "AGREE"),
    ("fr", "Moscou n'exclut pas de rencontrer les dirigeants ukrainiens.", "AGREE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), HELD_OPEN, ids=[f"{c[0]}-{c[2]}" for c in HELD_OPEN])
def test_not_ruled_out_is_an_offer_or_a_threat(world_code, lang: str, text: str, kind: str) -> None:
    events = world_code(text, lang)
    assert real_events(events, kind), shown(events)
    assert not real_events(events, "SANCTION") and not real_events(events, "CONSULT"), shown(events)


@pytest.mark.slow
def test_ruled_out_is_no_threat(world_code) -> None:
    events = world_code("Estados Unidos descarta imponer nuevas sanciones a Venezuela.", "es")
    assert not real_events(events, "THREATEN") and not real_events(events, "SANCTION"), shown(events)
