"""An invitation or an encouragement to a conduct ("a invité le Maroc et l'Algérie à la retenue",
"invitó a Marruecos y Argelia a la moderación") asks for it (REQUEST: events.asks.asks_conduct,
`asked_conducts`), as "invited them to show restraint" and "دعا ... إلى ضبط النفس" already were; an
invitation to a meeting stays an invitation (AGREE). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

CONDUCTS = [
    ("fr", "L'Union européenne a invité le Maroc et l'Algérie à la retenue."),
    ("fr", "Le Conseil de sécurité a encouragé le Maroc et l'Algérie à la désescalade."),
    ("es", "La Unión Europea invitó a Marruecos y Argelia a la moderación."),
    ("es", "Francia alentó a Marruecos y Argelia a la calma."),
]


@pytest.mark.slow
@by_language(CONDUCTS)
def test_a_conduct_invited_to_is_asked_for(world_code, lang, text):
    found = world_code(text, lang)
    requests = real_events(found, "REQUEST")
    assert requests and {"Morocco", "Algeria"} <= set(requests[0].recipient), shown(found)
    assert not real_events(found, "AGREE") and not real_events(found, "SUPPORT"), shown(found)


@pytest.mark.slow
def test_an_invitation_to_a_conference_stays_an_invitation(world_code):
    found = world_code(
        "L'Union européenne a invité le Maroc et l'Algérie à la conférence de Bruxelles.", "fr"
    )
    assert real_events(found, "AGREE") and not real_events(found, "REQUEST"), shown(found)
