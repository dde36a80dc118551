"""The subject of a second coordinated clause that the parser joined to the first clause's object
("condemned the sanctions and Algeria called on...", "a suspendu son aide et l'Espagne a exhorté...")
acts in its own clause: it is no counterpart of the first act, and the second act is its own
(text/conjunct_subjects.py)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, shown

SECOND_SUBJECTS = [
    ("en", "Russia condemned the sanctions and Algeria called on Morocco to resume talks."),
    ("en", "Russia suspended its development aid and Spain urged Morocco to resume talks."),
    (
        "fr",
        "La Russie a suspendu son aide au développement et l'Espagne a exhorté le Maroc à reprendre les négociations.",
    ),
    ("fr", "La Russie a condamné les sanctions et l'Espagne a appelé le Maroc à reprendre les négociations."),
    ("es", "Rusia suspendió su ayuda al desarrollo y España instó a Marruecos a reanudar las negociaciones."),
    ("es", "Rusia condenó las sanciones y España exhortó a Marruecos a reanudar las negociaciones."),
]


@pytest.mark.slow
@by_language(SECOND_SUBJECTS)
def test_second_subject_acts_in_its_own_clause(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    second = "Algeria" if "Alg" in text else "Spain"
    asks = real_events(events, "REQUEST")
    assert asks and all(e.actor == (second,) for e in asks), shown(events)
    assert not any("Russia" in e.actor and second in e.recipient for e in events), shown(events)


# the same with the project's own actors: "the United States" joined to "development" by the parser
JOINED_TO_OBJECT = [
    ("en", "France suspended its development aid and the United States froze part of its cooperation."),
    (
        "fr",
        "La France a suspendu son aide au développement et les États-Unis ont gelé une partie de leur coopération.",
    ),
]


@pytest.mark.slow
@by_language(JOINED_TO_OBJECT)
def test_second_subject_is_no_counterpart_of_the_first_act(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert not any("France" in e.actor and "United_States" in e.recipient for e in events), shown(events)


# a second clause with a subject of its own tells another actor's act, of whatever category: its
# counterpart is not the first act's (events.coordination.subjected_conjuncts)
OWN_SUBJECT_CLAUSES = [
    ("en", "Russia condemned the sanctions and Spain criticised Morocco."),
    ("en", "Russia welcomed the talks and Spain praised Morocco."),
    ("es", "Rusia condenó las sanciones y España criticó a Marruecos."),
    ("fr", "La Russie a condamné les sanctions et l'Espagne a critiqué le Maroc."),
    ("fr", "La Russie a salué les pourparlers et l'Espagne a félicité le Maroc."),
]


@pytest.mark.slow
@by_language(OWN_SUBJECT_CLAUSES)
def test_own_subject_clause_keeps_its_counterpart(code, lang, text):
    events = code(AFTER_MEETING[lang] + text, lang)
    assert any(e.actor == ("Spain",) and "Morocco" in e.recipient for e in events), shown(events)
    assert not any("Russia" in e.actor and "Morocco" in e.recipient for e in events), shown(events)
