"""Drawing closer to a state ("strengthened ties with Russia", "a resserré ses liens avec la Russie",
"ha estrechado lazos con Rusia") expands cooperation with it: an act of its own, whose counterpart is
not the one a cut told before it in the sentence sanctions. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "Algeria suspended its cooperation with Spain and strengthened ties with Russia."),
    ("fr", "L'Algérie a suspendu sa coopération avec l'Espagne et a resserré ses liens avec la Russie."),
    ("es", "Argelia suspendió su cooperación con España y estrechó lazos con Rusia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_closer_ties_are_cooperation_of_their_own(code, lang, text):
    events = code(text, lang)
    cut = [e for e in real_events(events, "SANCTION") if "Algeria" in e.actor]
    closer = [e for e in real_events(events, "COOPERATE") if "Algeria" in e.actor and "Russia" in e.recipient]
    assert cut and closer, shown(events)
    assert all("Russia" not in e.recipient for e in cut), shown(events)
