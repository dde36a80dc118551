"""A conference announced in the complement of a reporting participle that the parser hung on an
infinitive ("a réitéré son souhait d'accélérer X et annoncé que l'ONU organisera...") is still the main
news of its sentence (clause_status.conjunct_of): a participle is no conjunct of an infinitive. The plan
passes the threshold beside another event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

ANNOUNCED = [
    (
        "fr",
        "Il a réitéré son souhait d'accélérer le processus politique soudanais et annoncé par ailleurs que "
        "l'ONU organisera bientôt une conférence internationale sur les réfugiés, sans en préciser la date.",
    ),
    (
        "fr",
        "Il a rappelé son souhait de relancer le dialogue politique soudanais et annoncé que l'ONU "
        "organisera bientôt une conférence internationale sur les réfugiés.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED, ids=[a[0] for a in ANNOUNCED])
def test_a_conference_announced_after_a_wish_is_kept(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    plans = [e for e in real_events(events, "AGREE") if "United_Nations" in e.actor]
    assert plans and "future" in plans[0].aux, shown(events)
