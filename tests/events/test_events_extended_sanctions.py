"""Extending or renewing sanctions or an embargo sanctions again ("prorrogó las sanciones contra X", "a
prolongé les sanctions contre X", "renewed the arms embargo on X"): SANCTION, not the SUPPORT those
verbs give a mandate ("a prolongé le mandat de la mission" stays SUPPORT)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_involving, shown

EXTENDED = [
    ("es", "Rusia prorrogó el martes hasta enero las sanciones contra Argelia."),
    ("es", "Rusia extendió el martes las sanciones contra Argelia."),
    ("fr", "La Russie a prolongé mardi d'un an les sanctions contre l'Algérie."),
    ("fr", "La Russie a reconduit mardi l'embargo sur les armes visant l'Algérie."),
    ("en", "Russia extended its sanctions against Algeria by a year on Tuesday."),
    ("en", "Russia renewed the arms embargo on Algeria on Tuesday."),
]


@pytest.mark.slow
@by_language(EXTENDED)
def test_extended_sanctions_are_sanctions(code, lang, text):
    events = code(text, lang)
    assert real_involving(events, "SANCTION", "Algeria"), shown(events)
    assert not real_involving(events, "SUPPORT", "Algeria"), shown(events)
