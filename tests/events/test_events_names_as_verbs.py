"""A first name in -er or -ir the French tagger reads as an infinitive ("a déclaré Nasser Bourita") is
the speaker's name, not the counterpart of what he said (text/names_as_verbs.py; issue 9; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

INCISES = [
    "Le Maroc soutient le plan d'autonomie, a déclaré mardi Nasser Bourita.",
    "Le Maroc soutient le plan, a déclaré Nasser Bourita.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", INCISES)
def test_a_name_read_as_a_verb_is_no_counterpart(code, text: str) -> None:
    events = real_events(code(text, "fr"), "SUPPORT")
    assert events and all("Nasser_Bourita" not in e.recipient for e in events), shown(events)


def test_the_repair_makes_the_first_name_head_the_name() -> None:
    from diplowatch.text.names_as_verbs import names_restored
    from diplowatch.text.normalise import Token

    toks = (
        Token(0, 2, "Il", "il", "il", "PRON", "nsubj", 1),
        Token(3, 9, "reçoit", "recoit", "recevoir", "VERB", "ROOT", -1, "VerbForm=Fin"),
        Token(10, 15, "Samir", "samir", "samir", "VERB", "xcomp", 1, "VerbForm=Inf"),
        Token(16, 22, "Bakkar", "bakkar", "bakkar", "PROPN", "obj", 2),
    )
    repaired = names_restored(toks)
    assert repaired[2].pos == "PROPN" and repaired[2].dep == "obj" and repaired[2].head == 1
    assert repaired[3].head == 2 and repaired[3].dep == "flat:name"


@pytest.mark.slow
def test_a_name_read_as_a_verb_opening_the_sentence_is_its_subject(code) -> None:
    """ "Nasser Bourita a remercié...": the parser made "Nasser" the root infinitive and the act a clause
    hung on it; the name is the subject of the act again."""
    events = real_events(code("Nasser Bourita a remercié l'Espagne pour sa position.", "fr"), "SUPPORT")
    assert events and all(e.actor == ("Nasser_Bourita",) and "Spain" in e.recipient for e in events), shown(
        events
    )


def test_a_name_opening_the_sentence_hung_on_its_verb_is_its_subject() -> None:
    """ "Nasser Bourita a rejeté le rapport": the parser hung "Nasser" on the verb as a loose dependent and
    made "le rapport" the subject; the name is the subject again, the report the object."""
    from diplowatch.text.names_as_verbs import names_restored
    from diplowatch.text.normalise import Token

    toks = (
        Token(0, 6, "Nasser", "nasser", "nasser", "VERB", "dep", 3, "VerbForm=Inf"),
        Token(7, 14, "Bourita", "bourita", "bourita", "PROPN", "obj", 0),
        Token(15, 16, "a", "a", "avoir", "AUX", "aux:tense", 3),
        Token(17, 23, "rejeté", "rejete", "rejeter", "VERB", "ROOT", -1, "VerbForm=Part"),
        Token(24, 26, "le", "le", "le", "DET", "det", 5),
        Token(27, 34, "rapport", "rapport", "rapport", "NOUN", "nsubj", 3),
    )
    repaired = names_restored(toks)
    assert repaired[0].pos == "PROPN" and repaired[0].dep == "nsubj" and repaired[0].head == 3
    assert repaired[1].head == 0 and repaired[1].dep == "flat:name"
    assert repaired[5].dep == "obj"


@pytest.mark.slow
def test_a_name_opening_a_sentence_rejects_in_its_own_name(world_code) -> None:
    events = real_events(world_code("Nasser Bourita a rejeté le rapport lundi.", "fr"), "REJECT")
    assert events and all(e.actor == ("Nasser_Bourita",) for e in events), shown(events)
