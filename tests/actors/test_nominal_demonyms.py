"""A role noun that refers back ("le ministre", "el ministro") with a demonym right after it ("le
ministre russe", "el ministro español") stands for a person of that state named before, not for the
nearest person named (actors.stage, pass 4). Sentences written for these tests."""

from __future__ import annotations

import pytest

# (language, text, the role phrase's first words, who it stands for)
MEANT = [
    (
        "fr",
        "Sergueï Lavrov a reçu mercredi Ahmed Attaf à Moscou. Le ministre russe a exprimé son soutien au dialogue.",
        "Le ministre",
        "Sergey_Lavrov",
    ),
    (
        "fr",
        "Ahmed Attaf a rencontré mardi José Manuel Albares à Madrid. Le ministre algérien a salué la qualité des"
        " échanges.",
        "Le ministre",
        "Ahmed_Attaf",
    ),
    (
        "es",
        "José Manuel Albares recibió el martes a Ahmed Attaf en Madrid. El ministro español expresó su apoyo al"
        " diálogo.",
        "El ministro",
        "José_Manuel_Albares",
    ),
]


def _holder(actors, words: str) -> str | None:
    return next((a.id for a in actors for m in a.mentions if m.text.startswith(words)), None)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "words", "who"), MEANT, ids=[m[0] for m in MEANT])
def test_a_role_noun_with_a_demonym_stands_for_a_person_of_that_state(
    article, linker, lang, text, words, who
):
    actors = linker(article(text, lang, "2024-03-13")).actors
    assert _holder(actors, words) == who, [(a.id, [m.text for m in a.mentions]) for a in actors]


@pytest.mark.slow
def test_a_role_noun_of_a_state_nobody_named_acts_for_refers_to_no_one(article, linker):
    text = "Ahmed Attaf a rencontré mardi José Manuel Albares à Madrid. Le ministre russe a salué cette rencontre."
    actors = linker(article(text, "fr", "2024-03-13")).actors
    assert _holder(actors, "Le ministre") is None, [(a.id, [m.text for m in a.mentions]) for a in actors]
