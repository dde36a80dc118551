"""Who acts and when, read from the clause (issue 9): a place is never the actor, a name right before
a verb the parser left without subject acts, "last week" dates by its month, a year inside a "since"
clause never dates the event (sentences written for these tests)."""

from __future__ import annotations

import pytest

PLACES_ARE_NOT_ACTORS = [
    ("ar", "وعقد دي ميستورا خلال زيارته إلى الرباط اجتماعا مع عطاف.", "Morocco"),
    ("fr", "« Nous avons longuement évoqué la réunion en Espagne », a-t-il ajouté.", "Spain"),
    ("es", "« Hemos hablado largamente de la reunión en España », dijo.", "Spain"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "place"), PLACES_ARE_NOT_ACTORS, ids=[p[0] for p in PLACES_ARE_NOT_ACTORS]
)
def test_arguments_a_place_is_never_the_actor(code, lang: str, text: str, place: str) -> None:
    events = code(text, lang)
    assert events and all(place not in e.actor for e in events)


@pytest.mark.slow
def test_arguments_a_name_before_a_verb_left_without_subject_acts(code) -> None:
    text = "Après son arrivée à l'aéroport de la capitale, M. Lavrov s'est entretenu avec Nasser Bourita."
    met = [e for e in code(text, "fr") if e.type == "CONSULT"]
    assert met and all("Sergey_Lavrov" in e.actor for e in met)


LAST_WEEK = [
    ("en", "Nasser Bourita met Sergey Lavrov in Moscow last week."),
    ("fr", "Nasser Bourita a rencontré Sergueï Lavrov à Moscou la semaine dernière."),
    ("es", "Nasser Bourita se reunió con Sergey Lavrov en Moscú la semana pasada."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LAST_WEEK, ids=[p[0] for p in LAST_WEEK])
def test_dating_last_week_is_its_month(code, lang: str, text: str) -> None:
    met = [e for e in code(text, lang, "2024-03-13") if e.type == "CONSULT"]
    assert met and all(e.date is not None and e.date.value == "2024-03" for e in met)
    assert all(e.date is not None and e.date.granularity == "month" and e.date.approximate for e in met)


@pytest.mark.slow
def test_dating_a_year_in_a_since_clause_never_dates_the_event(code) -> None:
    text = (
        "Nasser Bourita met Sergey Lavrov in Moscow on Monday. "
        "It was the first such visit since the two countries broke off their talks in 2014."
    )
    assert all(e.date is None or not e.date.value.startswith("2014") for e in code(text, "en", "2024-03-13"))
