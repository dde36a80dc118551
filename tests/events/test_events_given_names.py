"""Given names read from the KB's persons: a name the small English model tags as an organisation
("Morgan Ortagus") is a person when its first word is one (actors.given_names). Names written for these
tests."""

from __future__ import annotations

import pytest

from diplowatch.actors.given_names import given_names, named_like_person
from diplowatch.kb import kb_from_dicts


def person(name: str) -> dict:
    return {"id": name.replace(" ", "_"), "kind": "person", "name": name, "names": {"en": [name]}}


def test_given_names_are_borne_by_two_persons_and_open_no_other_name():
    kb = kb_from_dicts(
        [
            person("Morgan Freeland"),
            person("Morgan Ashby"),
            person("Rafael Ortiz"),
            person("Saint Clair Smith"),
            person("Saint Paul Jones"),
            {"id": "Saint_Lucia", "kind": "country", "name": "Saint Lucia", "names": {"en": ["Saint Lucia"]}},
        ],
        [],
    )
    names = given_names(kb)
    assert "morgan" in names  # two persons bear it
    assert "rafael" not in names  # one only
    assert "saint" not in names  # opens a state's name too


def test_a_name_like_a_persons_is_two_or_three_capitalised_words_without_a_body_word():
    given = frozenset({"morgan"})
    assert named_like_person("Morgan Ortagus", given, frozenset({"bank"}))
    assert not named_like_person("Morgan Stanley Bank", given, frozenset({"bank"}))
    assert not named_like_person("Morgan", given, frozenset())
    assert not named_like_person("Morgan and partners", given, frozenset())


@pytest.mark.slow
def test_a_person_tagged_as_a_body_acts(world_code):
    # a person the KB does not know (Morgan Ortagus is in it now): the given name still makes her one
    found = world_code("Morgan Hartwell met Joseph Aoun on Saturday.", "en")
    meetings = [(e.actor, e.recipient) for e in found if e.type == "CONSULT"]
    assert meetings == [(("Morgan Hartwell",), ("Joseph_Aoun",))], meetings
