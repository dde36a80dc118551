"""A status granted to a state (candidate, observer) is an endorsement (SUPPORT), not aid or a concession:
"granted Ukraine candidate status", "a accordé à l'Ukraine le statut de candidat", "concedieron a Ucrania el
estatus de candidato", "منح ... أوكرانيا صفة الدولة المرشحة". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

GRANTED = [
    ("The European Council granted Moldova candidate status on Thursday.", "en"),
    ("Les dirigeants de l'UE ont accordé jeudi à la Moldavie le statut de candidat.", "fr"),
    ("Los líderes de la UE concedieron el jueves a Moldavia el estatus de candidato.", "es"),
    ("منح الاتحاد الأوروبي يوم الخميس مولدوفا صفة الدولة المرشحة.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), GRANTED, ids=["en", "fr", "es", "ar"])
def test_a_granted_status_is_support(world_code, text, lang):
    events = world_code(text, lang, "2022-06-25")
    assert any("Moldova" in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
    assert not real_events(events, "AID") and not real_events(events, "CONCEDE"), shown(events)
