"""A tour told in one sentence: one meeting per stop, each with its own day and place (issue 9;
sentences written for these tests). Publication date: Friday 2024-03-15."""

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
