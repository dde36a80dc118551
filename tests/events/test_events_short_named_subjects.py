"""A subject the parse finds and that names a body told before by its short name ("El Consejo", "The
Council") acts, not the name nearest the trigger: "El Consejo reiteró su apoyo a X y pidió a Marruecos..."
is the Council's request, not X's (our own sentences)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STORIES = [
    (
        "es",
        "El Consejo de Seguridad de la ONU prorrogó el jueves el mandato de la Minurso. El Consejo reiteró su pleno "
        "apoyo a Staffan de Mistura y pidió a Marruecos y al Polisario reanudar las negociaciones.",
    ),
    (
        "en",
        "The UN Security Council extended the mandate of MINURSO on Thursday. The Council reaffirmed its full "
        "support for Staffan de Mistura and called on Morocco and the Polisario to resume talks.",
    ),
    (
        "fr",
        "Le Conseil de sécurité de l'ONU a prolongé jeudi le mandat de la Minurso. Le Conseil a réaffirmé son plein "
        "soutien à Staffan de Mistura et a appelé le Maroc et le Polisario à reprendre les négociations.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), STORIES, ids=[s[0] for s in STORIES])
def test_the_council_named_short_asks(world_code, lang, text):
    events = world_code(text, lang, anchor="2024-10-31")
    requests = real_events(events, "REQUEST")
    assert any("United_Nations_Security_Council" in e.actor and "Morocco" in e.recipient for e in requests), (
        shown(events)
    )
    assert not any("Staffan_de_Mistura" in e.actor for e in requests), shown(events)
