"""Who travels with the actor is of the actor's party: "accompanied by his deputy X", "accompagné de sa
ministre X", "acompañado del ministro X", "برفقة نائبه" name no one the visit is with (our own
sentences)."""

import pytest

from .conftest import real_events

COMPANIONS = [
    (
        "en",
        "Lavrov flew to Damascus on Monday, accompanied by his deputy Mikhail Bogdanov.",
        "Mikhail_Bogdanov",
        "Syria",
    ),
    (
        "fr",
        "Le président Macron s'est rendu lundi à Alger, accompagné de sa ministre Catherine Colonna.",
        "Catherine_Colonna",
        "Algeria",
    ),
    (
        "es",
        "Pedro Sánchez viajó el lunes a Rabat acompañado del ministro José Manuel Albares.",
        "José_Manuel_Albares",
        "Morocco",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "companion", "host"), COMPANIONS, ids=[c[0] for c in COMPANIONS])
def test_a_companion_is_not_whom_the_visit_is_with(
    world_code, lang: str, text: str, companion: str, host: str
) -> None:
    visits = real_events(world_code(text, lang), "CONSULT")
    assert visits and all(companion not in e.recipient for e in visits), visits
    assert any(host in e.recipient for e in visits), visits


@pytest.mark.slow
def test_an_act_told_inside_the_companion_phrase_keeps_its_participants(world_code) -> None:
    text = "Blinken arrived in Cairo on Monday, accompanied by his envoy Tom Perriello, who met Burhan the day before."
    meetings = real_events(world_code(text, "en"), "CONSULT")
    assert any(
        "Abdel_Fattah_al-Burhan" in e.recipient or "Abdel_Fattah_al-Burhan" in e.actor for e in meetings
    ), meetings
