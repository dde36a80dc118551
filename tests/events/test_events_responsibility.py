"""Blame laid by saying who is responsible (sentences written for these tests): "X said Y is
responsible for", "selon X, Y porte la responsabilité de", "وقال X إن Y مسؤولة عن" are X's allegation
against Y (PLOVER ACCUSE, allege); "responsable" as a noun (an official) or as a remit ("qui est
responsable du dossier") blames no one, nor does the writer's own word."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, sentence, who blames, who is blamed)
BLAMED = [
    ("fr", "Selon Sergueï Lavrov, l'Espagne est responsable de la crise.", "Sergey_Lavrov", "Spain"),
    ("fr", "« L'Algérie est responsable de ce conflit », a déclaré Omar Hilale.", "Omar_Hilale", "Algeria"),
    (
        "fr",
        "Selon Ahmed Attaf, le Maroc porte l'entière responsabilité de l'impasse.",
        "Ahmed_Attaf",
        "Morocco",
    ),
    ("en", "Lavrov said Spain was responsible for the crisis.", "Sergey_Lavrov", "Spain"),
    ("en", "Attaf said Morocco bore full responsibility for the deadlock.", "Ahmed_Attaf", "Morocco"),
    ("es", "Según Attaf, Marruecos es responsable del bloqueo.", "Ahmed_Attaf", "Morocco"),
    ("ar", "وقال بوريطة إن الجزائر مسؤولة عن الأزمة.", "Nasser_Bourita", "Algeria"),
]
UNBLAMED = [
    ("fr", "Le diplomate, qui est responsable du dossier, a rencontré Bourita, a indiqué Attaf."),
    ("fr", "Attaf a reçu des responsables marocains, a indiqué Lavrov."),
    ("en", "Spain is responsible for the crisis."),  # the writer's own claim
    ("ar", "وقال بوريطة إن الجزائر غير مسؤولة عن الأزمة."),  # "not responsible": no blame
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), BLAMED, ids=[b[0] for b in BLAMED])
def test_saying_who_is_responsible_is_an_allegation(code, lang, text, who, whom):
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(who in e.actor and whom in e.recipient for e in accusations), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNBLAMED, ids=[u[0] for u in UNBLAMED])
def test_an_official_a_remit_or_the_writers_word_blames_no_one(code, lang, text):
    events = code(text, lang)
    assert not any(e.mode == ("allege",) for e in real_events(events, "ACCUSE")), shown(events)
