"""Roles read in the period the named office holders share, when the publication day was only guessed."""

from __future__ import annotations

import dataclasses
from datetime import date

from diplowatch.actors import ActorLinker
from diplowatch.actors.era import era_day, shared_period
from diplowatch.kb import kb_from_dicts
from diplowatch.model import DateValue
from tests.actors.conftest import make_article

ENVOY = [(date(2017, 8, 1), date(2019, 5, 31))]
MINISTER = [(date(2018, 9, 1), date(2021, 5, 1))]
SERVING = [(date(2016, 1, 1), None)]


def test_the_period_is_the_latest_span_most_holders_share():
    assert shared_period([ENVOY, MINISTER, SERVING]) == (date(2018, 9, 1), date(2019, 5, 31), 3)


def test_a_period_still_open_keeps_todays_holders():
    assert shared_period([SERVING]) is None
    assert era_day([SERVING], date(2012, 1, 1)) is None


def test_a_guess_inside_the_period_is_kept_and_one_outside_or_none_is_replaced():
    assert era_day([ENVOY, MINISTER], date(2019, 1, 1)) is None
    assert era_day([ENVOY, MINISTER], date(2012, 9, 27)) == date(2019, 1, 15)
    assert era_day([ENVOY, MINISTER], None) == date(2019, 1, 15)


def _person(id_: str, role: str, country: str | None, start: date, end: date | None) -> dict:
    spell = {"role": role, "country": country, "start": start, "end": end}
    return {"id": id_, "kind": "person", "name": id_.replace("_", " "), "roles": [spell]}


def test_a_guessed_day_outside_the_named_holders_terms_gives_way():
    kb = kb_from_dicts(
        [
            {"id": "Mali", "kind": "country", "name": "Mali", "country": "MLI", "names": {"fr": ["Mali"]}},
            _person("Hans_Testkohl", "un_envoy", "MLI", date(2017, 8, 1), date(2019, 5, 31)),
            _person("Old_Minister", "foreign_minister", "MLI", date(2010, 1, 1), date(2016, 1, 1)),
            _person("New_Minister", "foreign_minister", "MLI", date(2016, 1, 1), date(2020, 1, 1)),
        ],
        [
            {
                "role": "foreign_minister",
                "needs_country": True,
                "phrases": {"fr": ["ministre des Affaires étrangères"]},
            }
        ],
    )
    linker = ActorLinker(kb, use_spacy=False)
    text = "Hans Testkohl a rencontré le ministre des Affaires étrangères du Mali."
    dated = make_article(text, "fr", "2012-09-27")
    guessed = dataclasses.replace(dated, published=DateValue("2012-09-27", "day", approximate=True))
    assert "Old_Minister" in {a.id for a in linker(dated).actors}  # a day the page states is kept
    assert "New_Minister" in {a.id for a in linker(guessed).actors}


def test_without_a_date_a_named_former_holder_beats_todays():
    kb = kb_from_dicts(
        [
            _person("Hans_Testkohl", "un_personal_envoy", None, date(2017, 8, 1), date(2019, 5, 31)),
            _person("Stef_Testura", "un_personal_envoy", None, date(2021, 10, 1), None),
        ],
        [{"role": "un_personal_envoy", "phrases": {"fr": ["envoyé personnel"]}}],
    )
    linker = ActorLinker(kb, use_spacy=False)
    named = "Hans Testkohl a parlé. L'envoyé personnel a salué les parties."
    assert {a.id for a in linker(make_article(named, "fr")).actors} == {"Hans_Testkohl"}
    assert {a.id for a in linker(make_article("L'envoyé personnel a parlé.", "fr")).actors} == {
        "Stef_Testura"
    }
