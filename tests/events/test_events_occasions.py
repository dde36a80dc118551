"""A meeting told inside another act's sentence with a holding clause and a date of its own is a
happening of its own (events.occasions; issue 9; sentences written for these tests). Publication
date: Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

BRIEFED_ON_AN_EARLIER_MEETING = [
    (
        "en",
        "Staffan de Mistura briefed the Security Council on Wednesday on the meeting held in Geneva in "
        "December with Morocco and Algeria.",
    ),
    (
        "fr",
        "Staffan de Mistura a présenté mercredi un exposé au Conseil de sécurité sur la réunion tenue en "
        "décembre à Genève avec le Maroc et l'Algérie.",
    ),
    (
        "es",
        "Staffan de Mistura presentó el miércoles una sesión informativa al Consejo de Seguridad sobre la "
        "reunión celebrada en diciembre en Ginebra con Marruecos y Argelia.",
    ),
]


@pytest.mark.slow
@by_language(BRIEFED_ON_AN_EARLIER_MEETING)
def test_occasions_an_earlier_meeting_is_its_own_event(code, lang: str, text: str) -> None:
    events = real_events(code(text, lang), "CONSULT")
    briefing = [e for e in events if "United_Nations_Security_Council" in e.actor + e.recipient]
    earlier = [e for e in events if {"Morocco", "Algeria"} <= set(e.actor + e.recipient)]
    assert briefing and earlier, shown(events)
    assert all(e.date is not None and e.date.value == "2024-03-13" for e in briefing), shown(events)
    assert all("Morocco" not in e.actor + e.recipient for e in briefing), shown(events)
    assert all(e.date is not None and e.date.value == "2023-12" for e in earlier), shown(events)
    assert all("United_Nations_Security_Council" not in e.actor + e.recipient for e in earlier), shown(events)


ANNOUNCED_AFTER_A_FIRST_ROUND = [
    (
        "en",
        "Staffan de Mistura announced on Thursday a second round table, after the first meeting held in "
        "Geneva on 5 and 6 December with Morocco and Algeria.",
    ),
    (
        "fr",
        "Staffan de Mistura a annoncé jeudi une deuxième table ronde, après la première réunion tenue à "
        "Genève les 5 et 6 décembre avec le Maroc et l'Algérie.",
    ),
    (
        "es",
        "Staffan de Mistura anunció el jueves una segunda mesa redonda, tras la primera reunión celebrada "
        "en Ginebra el 5 y 6 de diciembre con Marruecos y Argelia.",
    ),
]


@pytest.mark.slow
@by_language(ANNOUNCED_AFTER_A_FIRST_ROUND)
def test_occasions_the_first_round_keeps_its_own_day(code, lang: str, text: str) -> None:
    events = real_events(code(text, lang), "CONSULT")
    first = [e for e in events if {"Morocco", "Algeria"} <= set(e.actor + e.recipient)]
    assert first, shown(events)
    assert all(e.date is not None and e.date.value == "2023-12-05" for e in first), shown(events)


@pytest.mark.slow
def test_occasions_a_meeting_with_the_only_date_stays_the_frame_of_the_act(code) -> None:
    """One date, on the holding clause: the summit is where they met, one happening."""
    events = real_events(
        code("Staffan de Mistura met Nasser Bourita at the summit held in Addis Ababa on Sunday.", "en"),
        "CONSULT",
    )
    assert len(events) == 1, shown(events)
    assert {"Staffan_de_Mistura", "Nasser_Bourita"} <= set(events[0].actor + events[0].recipient), shown(
        events
    )
