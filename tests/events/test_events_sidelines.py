"""The occasion of an act takes no part in it: "On the sidelines of the General Assembly, X met Y", "en
marge du sommet de l'Union africaine", "al margen de la Asamblea General", "على هامش القمة" (events.sidelines).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, the body of the occasion)
OCCASIONS = [
    (
        "en",
        "On the sidelines of the General Assembly, Ahmed Attaf met Antony Blinken.",
        "United_Nations_General_Assembly",
    ),
    (
        "en",
        "Attaf met Blinken on the sidelines of the UN General Assembly in New York.",
        "United_Nations_General_Assembly",
    ),
    (
        "fr",
        "En marge de l'Assemblée générale, Ahmed Attaf s'est entretenu avec Antony Blinken.",
        "United_Nations_General_Assembly",
    ),
    (
        "es",
        "Al margen de la Asamblea General, Ahmed Attaf se entrevistó con Antony Blinken.",
        "United_Nations_General_Assembly",
    ),
    ("ar", "على هامش الجمعية العامة، التقى أحمد عطاف أنتوني بلينكن.", "United_Nations_General_Assembly"),
    (
        "fr",
        "En marge du sommet de l'Union africaine, Ahmed Attaf a rencontré Antony Blinken.",
        "African_Union",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "occasion"), OCCASIONS, ids=[o[0] for o in OCCASIONS])
def test_the_occasion_of_a_meeting_takes_no_part_in_it(
    world_code, lang: str, text: str, occasion: str
) -> None:
    events = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in events] == [
        ("CONSULT", ("Ahmed_Attaf",), ("Antony_Blinken",))
    ], shown(events)
    assert all(occasion not in e.actor + e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_who_acts_after_the_occasion_still_takes_part(world_code) -> None:
    events = real_events(
        world_code("En marge du sommet, l'Algérie a vivement critiqué le Maroc.", "fr"), "ACCUSE"
    )
    assert any("Algeria" in e.actor and "Morocco" in e.recipient for e in events), shown(events)
