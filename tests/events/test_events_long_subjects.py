"""A verb with a subject before it takes none after it: after a long subject set off by commas, the parser
may read the object as an inverted subject ("L'envoyée américaine, X, a rencontré samedi *le président
libanais* Joseph Aoun"), and the one met joined the ones meeting (text/double_subjects.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

LONG_SUBJECT = (
    "L'envoyée adjointe américaine pour le Proche-Orient, Morgan Ortagus, a rencontré samedi à Beyrouth le "
    "président libanais Joseph Aoun, puis le Premier ministre Nawaf Salam."
)


@pytest.mark.slow
def test_events_the_one_met_after_a_long_subject_is_met(world_code):
    found = real_events(world_code(LONG_SUBJECT, "fr"), "CONSULT")
    assert {e.recipient for e in found} == {("Joseph_Aoun",), ("Nawaf_Salam",)}, shown(found)
    assert all("Joseph_Aoun" not in e.actor for e in found), shown(found)


def test_double_subject_after_the_verb_is_its_object():
    from diplowatch.text.double_subjects import double_subject_restored
    from diplowatch.text.normalise import Token

    def tok(i: int, text: str, pos: str, dep: str, head: int) -> Token:
        return Token(i * 10, i * 10 + len(text), text, text.lower(), text.lower(), pos, dep, head)

    words = [
        ("Ortagus", "PROPN", "nsubj", 1),
        ("rencontré", "VERB", "ROOT", -1),
        ("président", "NOUN", "nsubj", 1),
    ]
    toks = tuple(tok(i, *w) for i, w in enumerate(words))
    assert [t.dep for t in double_subject_restored(toks)] == ["nsubj", "ROOT", "obj"]
    passive = toks + (tok(3, "été", "AUX", "aux:pass", 1),)
    assert double_subject_restored(passive)[2].dep == "nsubj"  # a passive is left as parsed
