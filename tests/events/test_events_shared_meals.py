"""A meal shared with a counterpart is a meeting ("Sánchez and Mohammed VI dined in Rabat", "ont dîné",
"cenaron", "تناول ... العشاء مع"), which "the two leaders" of the next sentence then are; with no one met
named, no event ("the minister dined late"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PAIR = ("Pedro_Sánchez", "Mohammed_VI_of_Morocco")

DINED = {
    "en": "Pedro Sánchez and King Mohammed VI dined in Rabat yesterday. The two leaders agreed to fully restore "
    "normal relations.",
    "fr": "Pedro Sánchez et le roi Mohammed VI ont dîné hier à Rabat. Les deux dirigeants sont convenus de "
    "rétablir pleinement les relations.",
    "es": "Pedro Sánchez y el rey Mohamed VI cenaron ayer en Rabat. Los dos dirigentes acordaron restablecer de "
    "forma plena la normalidad en las relaciones.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(DINED))
def test_events_a_dinner_is_a_meeting_of_the_two_leaders(world_code, lang):
    found = world_code(DINED[lang], lang, "2022-04-08")
    met = real_events(found, "CONSULT")
    agreed = real_events(found, "AGREE")
    assert [set(e.actor) | set(e.recipient) for e in met] == [set(PAIR)], shown(found)
    assert [set(e.actor) | set(e.recipient) for e in agreed] == [set(PAIR)], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Blinken dined with Bourita on Monday."),
        ("ar", "تناول بلينكن العشاء مع بوريطة يوم الاثنين."),
    ],
)
def test_events_dining_with_someone_is_meeting_them(world_code, lang, text):
    found = real_events(world_code(text, lang, "2022-04-08"), "CONSULT")
    assert [(e.actor, e.recipient) for e in found] == [(("Antony_Blinken",), ("Nasser_Bourita",))], shown(
        found
    )


@pytest.mark.slow
def test_events_dining_alone_is_no_meeting(world_code):
    text = "Bourita met Blinken in Rabat on Monday. The minister dined late at his residence."
    found = real_events(world_code(text, "en", "2022-04-08"), "CONSULT")
    assert len(found) == 1, shown(found)
