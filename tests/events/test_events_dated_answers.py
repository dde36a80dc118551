"""A reaction that names an act told before answers it, so it is no older than that act: when the text
dates the act only by the day of writing ("X, who had flown to Ankara on Thursday, accused Moscow... Lavrov
dismissed the criticism"), an earlier dated story (Thursday's trip) does not date the answer. An answer to
an act the text dates keeps that story's day. Sentences written for these tests (published 2024-03-13)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

ANSWERS = [
    (
        "en",
        "Zelensky, who had flown to Ankara on Thursday, accused Moscow of sabotaging the talks. Lavrov "
        "dismissed the criticism.",
    ),
    (
        "fr",
        "Zelensky, qui s'était rendu à Ankara jeudi, a accusé Moscou de saboter les pourparlers. Lavrov a "
        "rejeté ces critiques.",
    ),
    (
        "es",
        "Zelenski, que había viajado a Ankara el jueves, acusó a Moscú de sabotear las conversaciones. Lavrov "
        "rechazó las críticas.",
    ),
]


def _rejections(events) -> list:
    return [(e.actor, e.recipient, e.date.value if e.date else None) for e in real_events(events, "REJECT")]


@pytest.mark.slow
@by_language(ANSWERS)
def test_events_an_answer_to_an_act_of_the_day_is_of_the_day(world_code, lang, text):
    found = world_code(text, lang)
    assert _rejections(found) == [(("Sergey_Lavrov",), ("Volodymyr_Zelenskyy",), "2024-03-13")], shown(found)


@pytest.mark.slow
def test_events_an_answer_to_a_dated_act_keeps_its_day(world_code):
    found = world_code(
        "Zelensky accused Moscow on Monday of sabotaging the talks. Lavrov dismissed the criticism.", "en"
    )
    assert _rejections(found) == [(("Sergey_Lavrov",), ("Volodymyr_Zelenskyy",), "2024-03-11")], shown(found)
