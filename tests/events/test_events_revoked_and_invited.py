"""Revoking an accord rejects it ("has revoked with immediate effect an accord that allowed..."), in
three languages; and an invitation to a meeting stays an invitation (AGREE) when an infinitive after
the meeting says what the meeting is for ("invited X to a meeting to resolve the issues"), while an
invitation to an act is a call. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

REVOKED = [
    (
        "en",
        "Algeria has revoked with immediate effect an accord that allowed Spanish ships to fish in its waters.",
    ),
    (
        "fr",
        "L'Algérie a révoqué avec effet immédiat l'accord qui permettait aux navires espagnols de pêcher.",
    ),
    (
        "es",
        "Argelia revocó con efecto inmediato el acuerdo que permitía a los barcos españoles pescar en sus aguas.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REVOKED, ids=[r[0] for r in REVOKED])
def test_revoking_an_accord_rejects_it(code, lang, text):
    events = code(text, lang)
    assert any("Algeria" in e.actor for e in real_events(events, "REJECT")), shown(events)
    assert not any("Algeria" in e.actor for e in real_events(events, "AGREE")), shown(events)


INVITED = [
    (
        "en",
        "Staffan de Mistura invited Morocco and Algeria to a meeting to resolve the outstanding issues.",
        "AGREE",
    ),
    (
        "fr",
        "Staffan de Mistura a invité le Maroc et l'Algérie à une réunion pour régler les questions en suspens.",
        "AGREE",
    ),
    (
        "es",
        "Staffan de Mistura invitó a Marruecos y Argelia a una reunión para resolver las cuestiones pendientes.",
        "AGREE",
    ),
    ("en", "Staffan de Mistura invited Morocco and Algeria to resume talks.", "REQUEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind"), INVITED, ids=[f"{i[0]}-{i[2]}" for i in INVITED])
def test_an_invitation_to_a_meeting_stays_one(code, lang, text, kind):
    events = code(text, lang)
    told = [
        e for e in real_events(events, kind) if "Staffan_de_Mistura" in e.actor and "Morocco" in e.recipient
    ]
    assert told, shown(events)
