"""Two acts asked in one call: "urged Morocco to resume talks and condemn Algeria", "à reprendre les
négociations et à condamner", "a reanudar el diálogo y a condenar". The second infinitive is asked as
the first is (hypothetical), not a condemnation that happened (events.modality). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ASKED_TWICE = [
    ("en", "France urged Morocco to resume talks and condemn Algeria."),
    ("fr", "La France a appelé le Maroc à reprendre les négociations et à condamner l'Algérie."),
    ("es", "España instó a Marruecos a reanudar el diálogo y a condenar al Frente Polisario."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ASKED_TWICE, ids=[c[0] for c in ASKED_TWICE])
def test_a_second_asked_act_is_only_asked(world_code, lang, text):
    events = world_code(text, lang)
    assert real_events(events, "REQUEST"), shown(events)
    assert not real_events(events, "ACCUSE"), shown(events)
    assert any(e.type == "ACCUSE" for e in events), shown(events)
