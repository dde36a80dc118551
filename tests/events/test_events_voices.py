"""Whom a subject speaks through ("par la voix de sa porte-parole", "por boca de", "through its
spokeswoman", "على لسان"): the voice acts with the subject and is never addressed (events.voices).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

VOICED = [
    (
        "fr",
        "Moscou, par la voix de sa porte-parole Maria Zakharova, a fustigé jeudi la tournée de Jean-Noël Barrot.",
    ),
    ("fr", "L'Algérie a condamné, par la voix d'Ahmed Attaf, la déclaration de Madrid."),
    ("es", "Rusia, por boca de su portavoz, María Zajárova, criticó el viernes a Josep Borrell."),
    (
        "es",
        "Moscú, a través de la portavoz de Exteriores, María Zajárova, censuró la gira de José Manuel Albares.",
    ),
    ("en", "Moscow, through its spokeswoman Maria Zakharova, condemned David Lammy's remarks on Thursday."),
    ("ar", "انتقدت روسيا على لسان ماريا زاخاروفا تصريحات جوزيب بوريل."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), VOICED, ids=[f"{r[0]}-{i}" for i, r in enumerate(VOICED)])
def test_events_the_voice_acts_with_its_subject_and_is_not_addressed(world_code, lang, text):
    found = real_events(world_code(text, lang), "ACCUSE")
    assert found, shown(found)
    voice = "Ahmed_Attaf" if "Attaf" in text else "Maria_Zakharova"
    assert all(voice in e.actor and voice not in e.recipient for e in found), shown(found)
    assert all(set(e.actor) & {"Russia", "Algeria"} for e in found), shown(found)


@pytest.mark.slow
def test_events_through_alone_names_no_voice(world_code):
    found = real_events(world_code("Morocco condemned the attack launched through Algeria's airspace.", "en"))
    assert not [e for e in found if "Algeria" in e.actor], shown(found)


def test_a_name_left_as_a_root_before_an_incise_is_the_verbs_subject() -> None:
    """ "Moscou, selon son ministère, a critiqué": the French parser made the name a root of its own and left
    the verb without a subject (text/split_subjects.py)."""
    from diplowatch.text.normalise import Token
    from diplowatch.text.split_subjects import split_subject_restored

    toks = (
        Token(0, 6, "Moscou", "moscou", "moscou", "PROPN", "ROOT", -1),
        Token(6, 7, ",", ",", ",", "PUNCT", "punct", 6),
        Token(8, 13, "selon", "selon", "selon", "ADP", "case", 3),
        Token(14, 23, "ministère", "ministere", "ministere", "NOUN", "obl:mod", 6),
        Token(23, 24, ",", ",", ",", "PUNCT", "punct", 6),
        Token(25, 26, "a", "a", "avoir", "AUX", "aux:tense", 6),
        Token(27, 35, "critiqué", "critique", "critiquer", "VERB", "ROOT", -1, "VerbForm=Part"),
    )
    repaired = split_subject_restored(toks)
    assert repaired[0].head == 6 and repaired[0].dep == "nsubj"
    # a verb with a subject of its own keeps it, and the name stays a root
    own = toks + (Token(36, 40, "Paris", "paris", "paris", "PROPN", "nsubj", 6),)
    assert split_subject_restored(own)[0].head == -1
    # a name that does not open the sentence is no such subject
    later = (Token(0, 3, "Hier", "hier", "hier", "ADV", "advmod", 1), *toks[1:])
    assert split_subject_restored(later) == later
