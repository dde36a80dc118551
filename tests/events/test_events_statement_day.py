"""A day told on the participle of the statement an act is made in ("dans un communiqué publié jeudi", "in a
statement issued on Thursday", "en un comunicado difundido el jueves", "في بيان صدر يوم الخميس") is the
day of the act: a statement is a text its author issues, as a resolution is one its assembly adopts
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

STATEMENTS = [
    ("fr", "Dans un communiqué publié jeudi, le Front Polisario a dénoncé la position française."),
    ("fr", "Dans un communiqué rendu public jeudi, le Front Polisario a dénoncé la position française."),
    ("en", "In a statement issued on Thursday, the Polisario Front condemned the French position."),
    ("es", "En un comunicado difundido el jueves, el Frente Polisario condenó la posición francesa."),
    ("ar", "وفي بيان صدر يوم الخميس، ندد وزير الخارجية الجزائري بالموقف الفرنسي."),
]


@by_language(STATEMENTS)
def test_the_statements_day_dates_its_criticism(world_code, lang, text):
    accusations = real_events(world_code(text, lang, "2024-03-13"), "ACCUSE")  # a Wednesday
    assert accusations, shown(accusations)
    assert all(e.date is not None and e.date.value == "2024-03-07" for e in accusations), [
        (e.type, e.date) for e in accusations
    ]


def test_a_reaction_to_a_text_keeps_its_own_day(world_code):
    """The participle dates the text the act is stated in, not a text the act answers."""
    events = world_code(
        "Le Maroc a salué mardi le communiqué publié jeudi par le Conseil de sécurité.", "fr", "2024-03-13"
    )
    support = real_events(events, "SUPPORT")
    assert support and all(e.date is not None and e.date.value == "2024-03-12" for e in support), [
        (e.type, e.date) for e in events
    ]


ACCOUNTS = [
    (
        "fr",
        "Ban Ki-moon est arrivé samedi à Alger. Il a été reçu par le président Bouteflika, selon un communiqué "
        "publié dimanche par la présidence.",
    ),
    (
        "fr",
        "Ban Ki-moon est arrivé samedi à Alger. Le président Bouteflika l'a reçu, a indiqué la présidence dans "
        "un communiqué publié dimanche.",
    ),
    (
        "en",
        "Ban Ki-moon arrived in Algiers on Saturday. He was received by President Bouteflika, according to a "
        "statement issued on Sunday by the presidency.",
    ),
]


@by_language(ACCOUNTS)
def test_a_statement_that_tells_of_a_meeting_does_not_date_it(world_code, lang, text):
    """The text an account comes from, or the text of the verb that reports it, gives the day of the
    account: the meeting keeps the day of the story (Saturday)."""
    meetings = [
        e
        for e in real_events(world_code(text, lang, "2016-03-07"), "CONSULT")
        if "Abdelaziz_Bouteflika" in e.actor + e.recipient
    ]
    assert meetings and all(e.date is not None and e.date.value == "2016-03-05" for e in meetings), [
        (e.type, e.actor, e.recipient, e.date) for e in meetings
    ]
