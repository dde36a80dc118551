"""What a meeting was for is not who took part in it: the names of an aim ("pour consolider le
cessez-le-feu entre Israël et le Hezbollah"), of the frame it belongs to ("as part of Washington's
efforts", "en el marco de los esfuerzos de Washington") and of every conjunct of its topic ("the conflict
between Morocco and Algeria") are no participants (events.meeting_aims, events.subject_matter). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, the one met)
MET = [
    (
        "fr",
        "Jean-Noël Barrot a rencontré samedi Joseph Aoun pour consolider le cessez-le-feu entre Israël et "
        "le Hezbollah.",
        "Joseph_Aoun",
    ),
    (
        "fr",
        "Jean-Noël Barrot a rencontré samedi Joseph Aoun dans le cadre des efforts de Washington pour "
        "consolider le cessez-le-feu entre Israël et le Hezbollah.",
        "Joseph_Aoun",
    ),
    (
        "es",
        "Jean-Noël Barrot se reunió el sábado con Joseph Aoun en el marco de los esfuerzos de Washington "
        "para consolidar el alto el fuego entre Israel y Hezbolá.",
        "Joseph_Aoun",
    ),
    (
        "en",
        "Jean-Noël Barrot met Joseph Aoun on Saturday as part of Washington's efforts to consolidate the "
        "ceasefire between Israel and Hezbollah.",
        "Joseph_Aoun",
    ),
    (
        "en",
        "Lavrov met Bourita on Monday to discuss the conflict between Morocco and Algeria.",
        "Nasser_Bourita",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "met"), MET, ids=[f"{m[0]}-{i}" for i, m in enumerate(MET)])
def test_events_a_meetings_aim_names_no_participant(world_code, lang, text, met):
    found = world_code(text, lang)
    meetings = real_events(found, "CONSULT")
    assert [e.recipient for e in meetings] == [(met,)], shown(found)
    assert not real_events(found, "AGREE"), shown(found)
