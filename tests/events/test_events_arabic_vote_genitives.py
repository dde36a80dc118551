"""Arabic tallies: "بأغلبية 12 صوتا مقابل امتناع روسيا وموزمبيق عن التصويت" (twelve votes against the
abstention of Russia and Mozambique). The abstention noun follows "مقابل" like a preposition, so the names
after it hold it: they abstained (REJECT to the Council), and the Council's adoption is not addressed to
them. They were read as recipients of the mission named before (lang/ar/events.yaml `prepositions`,
events.proximity._genitive_holder). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

COUNCIL = "United_Nations_Security_Council"

TALLIES = [
    (
        "اعتمد مجلس الأمن الدولي مساء الخميس القرار 2756 القاضي بتمديد ولاية بعثة مينورسو لمدة عام، "
        "بأغلبية 12 صوتا مقابل امتناع روسيا وموزمبيق عن التصويت.",
        {"Russia", "Mozambique"},
    ),
    ("صادق مجلس الأمن على القرار بأغلبية 13 صوتا مقابل امتناع روسيا عن التصويت.", {"Russia"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "abstainers"), TALLIES, ids=["two", "one"])
def test_events_arabic_abstention_after_a_tally_is_the_members(world_code, text, abstainers):
    found = world_code(text, "ar", "2024-11-01")
    rejects = real_events(found, "REJECT")
    assert [(set(e.actor), e.recipient) for e in rejects] == [(abstainers, (COUNCIL,))], shown(found)
    adoption = real_events(found, "SUPPORT")
    assert adoption and all(not abstainers & set(e.recipient) for e in adoption), shown(found)
