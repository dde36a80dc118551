"""Where an event happened (issue 9): the destination of a visit ("to Moscow", "vers Moscou", "hasta
Moscú", "إلى الرباط") places the visit and what is done during it, while the capital still names its
government; a destination places nothing else ("a message of support to Rabat"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

VISITED = [
    ("en", "Sergey Lavrov travelled to Rabat on Tuesday for talks with Nasser Bourita.", "Rabat"),
    ("en", "During his visit to Moscow, Nasser Bourita held talks with Sergey Lavrov.", "Moscow"),
    ("fr", "Staffan de Mistura a fait route vers Moscou pour s'entretenir avec Sergueï Lavrov.", "Moscow"),
    ("es", "Ahmed Attaf viajó hasta Moscú para reunirse con Sergey Lavrov.", "Moscow"),
    ("ar", "وعقد دي ميستورا خلال زيارته إلى الرباط اجتماعا مع عطاف.", "Rabat"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "place"), VISITED, ids=[f"{v[0]}-{v[2]}" for v in VISITED])
def test_places_a_visit_takes_place_at_its_destination(code, lang: str, text: str, place: str) -> None:
    met = real_events(code(text, lang), "CONSULT")
    assert met and all(e.location is not None and e.location.id == place for e in met)


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
