"""Reported speech. A French incise puts the speaker after the verb ("Madrid soutient le plan, a déclaré mardi le
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


# "X said [the text was flawed] and criticised Y": the parser hangs the second verb on the reported
# clause; its subject names nobody, so the act is the reporter's. When the reported clause's subject
# is an actor ("said Morocco had violated... and attacked"), the act stays that actor's.
REPORTER_ACTS = [
    (
        "en",
        "Dmitry Polyanskiy said the text was flawed and criticised the United States.",
        "Dmitry_Polyansky",
    ),
    (
        "es",
        "Dmitry Polyanskiy dijo que el texto era defectuoso y criticó a Estados Unidos.",
        "Dmitry_Polyansky",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actor"), REPORTER_ACTS, ids=[r[0] for r in REPORTER_ACTS])
def test_events_second_verb_after_a_report_is_the_reporters(world_code, lang, text, actor):
    found = world_code(text, lang)
    assert [e for e in real_events(found, "ACCUSE") if actor in e.actor and "United_States" in e.recipient], (
        shown(found)
    )


@pytest.mark.slow
def test_events_second_verb_of_an_actor_reported_stays_its(world_code):
    text = "Dmitry Polyanskiy said Morocco had violated the ceasefire and attacked Algeria."
    found = world_code(text, "en")
    assert not [e for e in real_events(found) if "Dmitry_Polyansky" in e.actor], shown(found)


SPLIT_INCISES = [
    "Washington pousse le Hamas à accepter la proposition, a déclaré vendredi le secrétaire d'État Antony Blinken.",
    "La Russie appelle Israël à la retenue, a déclaré mardi le porte-parole Dmitri Peskov.",
]


@pytest.mark.parametrize("text", SPLIT_INCISES, ids=["cut-off", "parataxis"])
def test_events_an_incise_the_parser_cut_off_still_names_its_speaker(world_code, text):
    """The parser may end the sentence at the comma and make the incise a root of its own ("..., | a déclaré
    vendredi le secrétaire d'État X"): a reporting verb glued back after the clause it reports is still an
    incise, whose speaker is no one pushed or called on."""
    found = world_code(text, "fr", "2024-03-13")
    asked = real_events(found, "REQUEST")
    assert asked, shown(found)
    assert all("Antony_Blinken" not in e.recipient and "Dmitry_Peskov" not in e.recipient for e in asked), (
        shown(found)
    )
