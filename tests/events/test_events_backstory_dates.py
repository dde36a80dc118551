"""A sentence in the past perfect that says it is at that time ("alors", "then", "entonces", "آنذاك"),
right after another one in the past perfect, goes on with the background that one began: it takes that
sentence's date, not the story's ("In October 2023 the Council had extended the mission. Algeria had then
denounced the text": October 2023, not the Monday of the news). Arabic "قد" before a perfect verb tells
what had happened, before an imperfect what may. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events

pytestmark = pytest.mark.slow

BACKSTORIES = [
    (
        "fr",
        "Nasser Bourita a reçu lundi à Rabat Staffan de Mistura. En octobre 2023, le Conseil de sécurité avait "
        "prorogé d'un an le mandat de la MINURSO. L'Algérie avait alors dénoncé un texte déséquilibré.",
    ),
    (
        "en",
        "Nasser Bourita received Staffan de Mistura in Rabat on Monday. In October 2023, the Security Council "
        "had extended the mandate of MINURSO for a year. Algeria had then denounced an unbalanced text.",
    ),
    (
        "es",
        "Nasser Bourita recibió el lunes en Rabat a Staffan de Mistura. En octubre de 2023, el Consejo de "
        "Seguridad había prorrogado por un año el mandato de la MINURSO. Argelia había denunciado entonces un "
        "texto desequilibrado.",
    ),
]


BACKSTORIES.append(
    (
        "ar",
        "استقبل ناصر بوريطة يوم الاثنين في الرباط ستافان دي ميستورا. وكان مجلس الأمن قد مدد في أكتوبر 2023 ولاية "
        "بعثة المينورسو لمدة عام. وكانت الجزائر قد نددت آنذاك بالنص.",
    )
)


@by_language(BACKSTORIES)
def test_the_background_goes_on_at_its_own_time(world_code, lang, text):
    events = world_code(text, lang, "2024-03-13")
    criticism = [e for e in real_events(events, "ACCUSE") if "Algeria" in e.actor]
    assert criticism and all(e.date is not None and e.date.value == "2023-10" for e in criticism), [
        (e.type, e.actor, e.date) for e in events
    ]
    meetings = real_events(events, "CONSULT")
    assert meetings and all(e.date is not None and e.date.value == "2024-03-11" for e in meetings), [
        (e.type, e.actor, e.date) for e in events
    ]


def test_a_past_perfect_after_the_news_keeps_the_story(world_code):
    """Only a sentence in the past perfect carries its date on to the next one in the past perfect: after
    a sentence of the news, an undated past perfect is not dated by it alone."""
    events = world_code(
        "En octobre 2023, le Conseil de sécurité avait prorogé le mandat de la MINURSO. Lundi, Nasser Bourita "
        "a reçu à Rabat Staffan de Mistura. Il a dénoncé l'attitude de l'Algérie.",
        "fr",
        "2024-03-13",
    )
    criticism = real_events(events, "ACCUSE")
    assert criticism and all(e.date is not None and e.date.value == "2024-03-11" for e in criticism), [
        (e.type, e.actor, e.date) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("وكانت الجزائر قد نددت بالنص.", True),
        ("وقد نفت الجزائر ذلك.", True),
        ("قد يلتقي بوريطة دي ميستورا.", False),
    ],
    ids=["had-denounced", "has-denied", "may-meet"],
)
def test_arabic_qad_before_a_perfect_asserts(world_code, text, real):
    """ "قد" before a perfect verb is "had"/"has" (asserted), before an imperfect "may": a perfect may begin
    with ن ("نددت", "نفت") as an imperfect of the first person does."""
    events = world_code(text, "ar", "2024-03-13")
    assert bool(real_events(events)) == real, [(e.type, e.aux) for e in events]
