"""Where an event happened (issue 9): a capital named as a city ("la capitale russe, Moscou") is a
place, not its government; the destination of a visit ("to Moscow", "vers Moscou", "hasta
Moscú", "إلى الرباط") places the visit and what is done during it, while the capital still names its
government; a destination places nothing else ("a message of support to Rabat"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (lang, text, where the meeting is, who is not a participant: a capital named as a city is not its government)
PLACED = [
    ("en", "Sergey Lavrov travelled to Rabat on Tuesday for talks with Nasser Bourita.", "Rabat", None),
    ("en", "During his visit to Moscow, Nasser Bourita held talks with Sergey Lavrov.", "Moscow", None),
    (
        "fr",
        "Staffan de Mistura a fait route vers Moscou pour s'entretenir avec Sergueï Lavrov.",
        "Moscow",
        None,
    ),
    ("es", "Ahmed Attaf viajó hasta Moscú para reunirse con Sergey Lavrov.", "Moscow", None),
    # Spanish "a" after a word of motion is the destination
    ("es", "Nasser Bourita viajó el martes a Moscú para reunirse con Sergey Lavrov.", "Moscow", None),
    ("es", "Sergey Lavrov llegó ayer a Argel y se reunió con Ahmed Attaf.", "Algiers", None),
    (
        "es",
        "Durante la visita del ministro Nasser Bourita a Moscú, se reunió con Sergey Lavrov.",
        "Moscow",
        None,
    ),
    ("ar", "وعقد دي ميستورا خلال زيارته إلى الرباط اجتماعا مع عطاف.", "Rabat", None),
    (
        "fr",
        "Ahmed Attaf a rencontré mercredi Sergueï Lavrov dans la capitale russe, Moscou.",
        "Moscow",
        "Russia",
    ),
    ("en", "Nasser Bourita held talks with Sergey Lavrov in the Russian capital Moscow.", "Moscow", "Russia"),
    ("es", "Ahmed Attaf se reunió con Sergey Lavrov en la capital rusa, Moscú.", "Moscow", "Russia"),
    ("ar", "التقى عطاف أمس في العاصمة الروسية موسكو بلافروف.", "Moscow", "Russia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "place", "absent"), PLACED, ids=[p[1][:30] for p in PLACED])
def test_places_a_meeting_is_where_its_visit_or_city_is(
    code, lang: str, text: str, place: str, absent: str | None
) -> None:
    met = real_events(code(text, lang), "CONSULT")
    assert met and all(e.location is not None and e.location.id == place for e in met)
    assert all(absent not in e.actor + e.recipient for e in met)


NOT_VISITED = [
    ("en", "Sergey Lavrov sent a message of support to Rabat on Tuesday."),
    ("fr", "Sergueï Lavrov a adressé un message de soutien vers Rabat."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NOT_VISITED, ids=[n[0] for n in NOT_VISITED])
def test_places_a_destination_places_no_other_event(code, lang: str, text: str) -> None:
    backed = real_events(code(text, lang), "SUPPORT")
    assert backed and all(e.location is None for e in backed)
    assert all("Morocco" in e.recipient for e in backed)  # the capital still names its government


# Spanish "personal a": before the object of a verb that is no motion, "a" names who, never where
PERSONAL_A = [
    ("es", "El Gobierno de Marruecos criticó a Argelia por su postura sobre el Sáhara.", "ACCUSE", "Algeria"),
    ("es", "Sergey Lavrov felicitó el lunes a Argelia por su elección al Consejo.", "SUPPORT", "Algeria"),
    ("es", "Ahmed Attaf acusó ayer a Rabat de bloquear el proceso.", "ACCUSE", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "object_"), PERSONAL_A, ids=[p[1][:30] for p in PERSONAL_A])
def test_places_the_object_of_a_verb_is_no_place(code, lang: str, text: str, kind: str, object_: str) -> None:
    events = real_events(code(text, lang), kind)
    assert events and all(e.location is None for e in events)
    assert all(object_ in e.recipient for e in events)
