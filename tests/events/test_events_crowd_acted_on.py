"""The crowd that protests, named as a verb's object, is acted on: "Police dispersed the demonstrators", "the
army removed the protesters", "la police a dispersé les manifestants", "la policía dispersó a los
manifestantes" are no protest of the police or the army (flag `crowd` in lang/<xx>/events.yaml,
events.triggers). Before, the verb's subject became the protest's actor. The crowd as subject still protests
(controls that passed before). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

pytestmark = pytest.mark.slow

PUBLISHED = "2020-11-14"  # a Saturday

ACTED_ON = [
    ("en", "Police dispersed the demonstrators in Algiers on Friday."),
    ("en", "The Moroccan army removed the protesters on Friday."),
    ("fr", "La police a dispersé vendredi les manifestants à Alger."),
    ("es", "La policía dispersó el viernes a los manifestantes en Argel."),
]


@pytest.mark.parametrize(("lang", "text"), ACTED_ON, ids=[f"{a[0]}{i}" for i, a in enumerate(ACTED_ON)])
def test_events_a_crowd_acted_on_is_no_protest_of_the_actor(world_code, lang, text):
    found = [e for e in world_code(text, lang, PUBLISHED) if e.type == "PROTEST"]
    assert not found, shown(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thousands of demonstrators marched in Rabat on Friday."),
        ("fr", "Des milliers de manifestants ont défilé vendredi à Alger."),
    ],
)
def test_events_a_crowd_as_subject_still_protests(world_code, lang, text):
    assert [e for e in world_code(text, lang, PUBLISHED) if e.type == "PROTEST"]
