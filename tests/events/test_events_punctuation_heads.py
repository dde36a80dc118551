"""A name the parser hung on a comma is the subject of the verb that follows it ("Le lendemain, de
Mistura s'est entretenu avec X"): it met X, not the actor of the sentence before
(text/punctuation_heads.py). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_a_name_hung_on_a_comma_is_the_subject(code):
    text = (
        "Ahmed Attaf a reçu lundi à Alger l'envoyé Staffan de Mistura.\n\n"
        "Le lendemain, de Mistura s'est entretenu avec Nasser Bourita à Rabat."
    )
    met = [e for e in real_events(code(text, "fr"), "CONSULT") if "Nasser_Bourita" in e.actor + e.recipient]
    assert met and all("Ahmed_Attaf" not in e.actor + e.recipient for e in met), shown(met)
    assert any("Staffan_de_Mistura" in e.actor + e.recipient for e in met), shown(met)
