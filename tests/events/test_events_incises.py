"""A French incise puts the speaker after the verb ("Madrid soutient le plan, a déclaré mardi le
ministre"): the parser reads the speaker as the verb's object (text.sentences repairs it), so the
speaker is no counterpart of the act it reports, and the day of the statement dates the stance.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

INCISES = [
    "L'Algérie soutient le droit des Sahraouis à l'autodétermination, a déclaré lundi Ahmed Attaf.",
    "L'Algérie soutient le droit des Sahraouis à l'autodétermination, a indiqué lundi le ministère algérien.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", INCISES, ids=["named", "ministry"])
def test_events_speaker_of_an_incise_is_no_recipient(world_code, text):
    found = world_code(text, "fr")
    support = [e for e in real_events(found, "SUPPORT") if "Algeria" in e.actor]
    assert support, shown(found)
    assert all("Ahmed_Attaf" not in e.recipient for e in support), shown(found)
    assert [e.date.value for e in support] == ["2024-03-11"], [(e.date, e.actor) for e in support]


def test_incise_subject_restored():
    """The repair itself, on tokens as spaCy leaves them: the incise's object becomes its subject; an
    object of a verb that is no incise (no comma before it) stays an object."""
    from diplowatch.text.normalise import Token
    from diplowatch.text.sentences import _incise_subjects_restored

    def tok(i: int, text: str, dep: str, head: int, pos: str = "NOUN") -> Token:
        return Token(i * 10, i * 10 + len(text), text, text.lower(), text.lower(), pos, dep, head)

    toks = (
        tok(0, "Rabat", "nsubj", 1, "PROPN"),
        tok(1, "salue", "ROOT", -1, "VERB"),
        tok(2, "le", "det", 3, "DET"),
        tok(3, "plan", "obj", 1),
        tok(4, ",", "punct", 6, "PUNCT"),
        tok(5, "a", "aux:tense", 6, "AUX"),
        tok(6, "déclaré", "parataxis", 1, "VERB"),
        tok(7, "le", "det", 8, "DET"),
        tok(8, "ministre", "obj", 6),
    )
    assert _incise_subjects_restored(toks)[8].dep == "nsubj"
    assert _incise_subjects_restored(toks)[3].dep == "obj"
    no_comma = toks[:4] + (tok(4, "et", "cc", 6, "CCONJ"),) + toks[5:]
    assert _incise_subjects_restored(no_comma)[8].dep == "obj"
