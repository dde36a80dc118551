"""An aspectual periphrasis ("volvió a pedir", "continue à appeler", "continued to urge", "volverá a
designar") tells the infinitive's act: what follows the infinitive is its own (the parsers hang it on
the aspectual verb), so the one asked is asked, not the asker. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("es", "Marruecos volvió a pedir a Argelia que regrese a la mesa redonda."),
    ("fr", "Le Maroc continue à appeler l'Algérie à revenir à la table ronde."),
    ("en", "Morocco continued to urge Algeria to return to the round table."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_the_infinitive_of_a_periphrasis_keeps_its_complements(code, lang, text):
    events = code(text, lang)
    asked = real_events(events, "REQUEST")
    assert any(e.actor == ("Morocco",) and "Algeria" in e.recipient for e in asked), shown(events)
    assert not real_events(events, "CONSULT"), shown(events)
