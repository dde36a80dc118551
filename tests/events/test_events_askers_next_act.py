"""A call followed by a second act of the caller: "France urged Morocco to resume talks and condemned
Algeria". The parser joins the finite second verb to the asked infinitive; the condemnation is still
France's, not Morocco's (the asked party controls only the act asked for). An infinitive second
conjunct ("and condemn", "et à condamner") stays asked (events.arguments._subject). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SECOND_ACTS = [
    ("en", "France urged Morocco to resume talks and condemned Algeria.", "France", "Algeria"),
    (
        "fr",
        "La France a appelé le Maroc à reprendre les négociations et a condamné l'Algérie.",
        "France",
        "Algeria",
    ),
    (
        "es",
        "El Frente Polisario ha instado al Consejo de Seguridad a actuar y ha criticado a Francia.",
        "Polisario_Front",
        "France",
    ),
    (
        "es",
        "Brasil instó a Venezuela a publicar las actas y criticó a Estados Unidos.",
        "Brazil",
        "United_States",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "caller", "target"), SECOND_ACTS, ids=[c[0] for c in SECOND_ACTS])
def test_the_callers_second_act_is_the_callers(world_code, lang, text, caller, target):
    events = world_code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert accusations and all(e.actor == (caller,) and target in e.recipient for e in accusations), shown(
        events
    )
    assert real_events(events, "REQUEST"), shown(events)
