"""Positive answers received ("received positive replies from X", "a reçu des réponses positives de X",
"recibió respuestas positivas de X", "تلقى ... ردودا إيجابية من X"): X accepted, an AGREE addressed to the
one who received them (trigger flag host), not a visit he received. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECEIVED = [
    ("en", "Staffan de Mistura received positive replies from Morocco and Algeria on Tuesday."),
    ("fr", "Staffan de Mistura a reçu mardi des réponses positives du Maroc et de l'Algérie."),
    ("es", "Staffan de Mistura recibió el martes respuestas positivas de Marruecos y Argelia."),
    ("ar", "وتلقى المبعوث الأممي ستيفان دي ميستورا ردودا إيجابية من المغرب والجزائر."),
]


@pytest.mark.parametrize(("lang", "text"), RECEIVED, ids=[r[0] for r in RECEIVED])
def test_answers_received_are_the_answerers_acceptance(code, lang, text):
    events = code(text, lang)
    assert not real_events(events, "CONSULT"), shown(events)
    accepted = real_events(events, "AGREE")
    assert accepted and {"Morocco", "Algeria"} <= set(accepted[0].actor), shown(events)
    assert accepted[0].recipient == ("Staffan_de_Mistura",), shown(events)
