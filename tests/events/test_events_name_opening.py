"""A sentence that opens with a person's name the tagger misreads ("Nasser" as a verb in "Nasser Bourita
s'est entretenu avec..."): the name before the verb is still its subject. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    "text",
    [
        "Nasser Bourita s'est entretenu avec son homologue allemand Annalena Baerbock.",
        "Nasser Bourita a évoqué avec José Manuel Albares la question migratoire.",
    ],
)
def test_a_misread_name_opening_the_sentence_is_its_subject(world_code, text):
    meetings = real_events(world_code(text, "fr"), "CONSULT")
    assert any(e.actor == ("Nasser_Bourita",) for e in meetings), shown(meetings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'Égypte étrille l'Éthiopie"),
        ("es", "Egipto arremete contra Etiopía por la presa"),
    ],
)
def test_a_headline_parsed_as_a_noun_phrase_keeps_its_target(world_code, lang, text):
    """A headline with no word read as a verb: the name after the trigger is its target, as the name
    before it is its actor."""
    events = real_events(world_code(text, lang), "ACCUSE")
    assert any(e.actor == ("Egypt",) and "Ethiopia" in e.recipient for e in events), shown(events)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "fr",
            "Bourita et Albares se sont entretenus lundi à Rabat.",
            {"Nasser_Bourita", "José_Manuel_Albares"},
        ),
        ("ar", "أجرى عطاف وألباريس مباحثات يوم الاثنين في مدريد.", {"Ahmed_Attaf", "José_Manuel_Albares"}),
    ],
)
def test_two_names_joined_before_the_verb_both_act(world_code, lang, text, pair):
    """The parser leaves "Bourita et Albares" apart from the verb: both names are its subject. An Arabic
    name written with its own "أل" ("وألباريس", and Albares) is no "ال" article to peel (Paris)."""
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert any(set(e.actor) == pair for e in meetings), shown(meetings)
    assert all("France" not in e.actor + e.recipient for e in meetings), shown(meetings)
