"""A trigger noun right after a negative preposition or determiner did not happen ("ended without an
agreement", "se sont terminés sans accord", "terminaron sin acuerdo", "reached no agreement";
events.modality._denied_noun), and a set phrase with a negative word denies nothing ("Sin embargo, ..." is
"however": it negates no act and "embargo" in it is no sanction; `not_denials`). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WITHOUT_AGREEMENT = [
    ("en", "The talks between Sudan and Chad in Doha ended without an agreement on Sunday."),
    ("fr", "Les pourparlers entre le Soudan et le Tchad se sont terminés sans accord dimanche à Doha."),
    ("es", "Las conversaciones entre Sudán y Chad terminaron sin acuerdo el domingo en Doha."),
    ("en", "Sudan and Chad reached no agreement in Doha on Sunday."),
]


@pytest.mark.parametrize(("lang", "text"), WITHOUT_AGREEMENT, ids=[w[1][:30] for w in WITHOUT_AGREEMENT])
def test_an_agreement_the_talks_ended_without_is_none(world_code, lang, text):
    events = world_code(text, lang)
    assert not real_events(events, "AGREE") and not real_events(events, "REJECT"), shown(events)


def test_sin_embargo_negates_nothing_and_sanctions_nobody(world_code):
    events = world_code("Sin embargo, Marruecos rechazó el martes la propuesta de Argelia.", "es")
    assert any("Morocco" in e.actor for e in real_events(events, "REJECT")), shown(events)
    assert not [e for e in events if e.type == "SANCTION"], shown(events)
