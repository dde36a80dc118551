"""French "envers" read as a verb by the tagger ("sa colère envers X", "les critiques de l'Algérie envers
l'Espagne se sont multipliées"): its object was a clause apart and the criticism lost whom it is aimed
at; the preposition marks its object again (text/prepositions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

TARGETS = {"Spain", "Staffan_de_Mistura"}
AIMED = [
    ("fr", "Le Maroc a exprimé sa colère envers Staffan de Mistura."),
    ("fr", "Les critiques du Maroc envers l'Espagne se sont multipliées cette semaine."),
]


@pytest.mark.slow
@by_language(AIMED)
def test_whom_envers_names_is_the_target(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Morocco",) and set(e.recipient) & TARGETS for e in accusations), shown(events)


def test_the_root_preposition_gives_way_to_its_verb() -> None:
    from diplowatch.text.normalise import Token
    from diplowatch.text.prepositions import prepositions_restored

    def tok(i: int, text: str, pos: str, dep: str, head: int) -> Token:
        return Token(i * 10, i * 10 + len(text), text, text.lower(), text.lower(), pos, dep, head)

    words = [
        tok(0, "critiques", "NOUN", "nsubj", 1),
        tok(1, "envers", "VERB", "ROOT", -1),
        tok(2, "Espagne", "PROPN", "obj", 1),
        tok(3, "multipliées", "VERB", "conj", 1),
    ]
    fixed = prepositions_restored(tuple(words), frozenset({"envers"}))
    assert [(t.pos, t.dep, t.head) for t in fixed] == [
        ("NOUN", "nsubj", 3),
        ("ADP", "case", 2),
        ("PROPN", "nmod", 0),
        ("VERB", "ROOT", -1),
    ]
