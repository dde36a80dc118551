"""A tour told in one sentence: one meeting per stop, each with its own day and place; an event whose
sentence names no place happens where its story does (issue 9; sentences written for these tests).
Publication date: Friday 2024-03-15."""

from __future__ import annotations

import pytest

TOURS = [
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday, then Ahmed Attaf in Algiers on Tuesday.",
    ),
    ("fr", "Staffan de Mistura a rencontré Nasser Bourita lundi à Rabat, puis Ahmed Attaf mardi à Alger."),
    ("ar", "التقى دي ميستورا بوريطة في الرباط يوم الاثنين ثم عطاف في الجزائر العاصمة يوم الثلاثاء."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TOURS, ids=[t[0] for t in TOURS])
def test_tours_one_meeting_per_stop_with_its_day_and_place(code, lang: str, text: str) -> None:
    meetings = {
        person: e
        for e in code(text, lang, "2024-03-15")
        if e.type == "CONSULT"
        for person in ("Nasser_Bourita", "Ahmed_Attaf")
        if person in e.recipient
    }
    bourita, attaf = meetings["Nasser_Bourita"], meetings["Ahmed_Attaf"]
    assert bourita is not attaf
    assert bourita.date is not None and bourita.date.value == "2024-03-11"
    assert attaf.date is not None and attaf.date.value == "2024-03-12"
    assert bourita.location is not None and bourita.location.id == "Rabat"
    assert attaf.location is not None and attaf.location.id == "Algiers"


@pytest.mark.slow
def test_tours_two_persons_met_at_one_stop_share_its_day_and_place(code) -> None:
    text = "Staffan de Mistura met Nasser Bourita and Ahmed Attaf in Rabat on Monday."
    meetings = [e for e in code(text, "en", "2024-03-15") if e.type == "CONSULT"]
    assert len(meetings) == 2
    assert {e.date.value for e in meetings if e.date} == {"2024-03-11"}
    assert {e.location.id for e in meetings if e.location} == {"Rabat"}


SCENES = [
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. "
        "Bourita welcomed the commitment of Staffan de Mistura to the political process.",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré Nasser Bourita lundi à Rabat. "
        "Bourita a salué l'engagement de Staffan de Mistura en faveur du processus politique.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió con Nasser Bourita el lunes en Rabat. "
        "Bourita elogió el compromiso de Staffan de Mistura con el proceso político.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SCENES, ids=[s[0] for s in SCENES])
def test_scene_an_unplaced_event_of_the_same_story_takes_its_place(code, lang: str, text: str) -> None:
    praise = [e for e in code(text, lang, "2024-03-15") if e.type == "SUPPORT"]
    assert praise and all(e.location is not None and e.location.id == "Rabat" for e in praise)


@pytest.mark.slow
def test_scene_an_event_of_other_participants_keeps_no_place(code) -> None:
    text = (
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. "
        "Sergey Lavrov welcomed the Polisario's commitment to the political process."
    )
    praise = [e for e in code(text, "en", "2024-03-15") if e.type == "SUPPORT"]
    assert praise and all(e.location is None for e in praise)
