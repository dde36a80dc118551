"""A stance or a call that names no one, told in the sentence right after a meeting of its actor, was
voiced to the one met ("X met Y on Sunday. He reaffirmed Algeria's support for..."; events.meeting_acts):
the subject of the second sentence is the first one's, named again, a pronoun or left out. Not a
condemnation (what is condemned is no act of the one met), nor an act its own words date to another
day. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, text, category, who acts, the one met)
TOLD_AFTER = [
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura in Algiers on Sunday. He reaffirmed Algeria's support for a political"
        " solution.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "en",
        "Sergey Lavrov received Nasser Bourita in Moscow on Tuesday. Bourita called for a resumption of direct talks.",
        "REQUEST",
        "Nasser_Bourita",
        "Sergey_Lavrov",
    ),
    (
        "fr",
        "Ahmed Attaf a reçu dimanche Staffan de Mistura à Alger. Il a salué ses efforts.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "fr",
        "Sergueï Lavrov a reçu mardi Nasser Bourita à Moscou. Bourita a réaffirmé le soutien du Maroc"
        " à une solution politique.",
        "SUPPORT",
        "Nasser_Bourita",
        "Sergey_Lavrov",
    ),
    (
        "es",
        "Ahmed Attaf se reunió el lunes con Lavrov en Moscú. Attaf expresó el apoyo de Argelia a una solución justa.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Sergey_Lavrov",
    ),
    (
        "es",
        "Lavrov recibió el martes a Nasser Bourita en Moscú. Bourita abogó por la reanudación del diálogo.",
        "REQUEST",
        "Nasser_Bourita",
        "Sergey_Lavrov",
    ),
    (
        "ar",
        "التقى أحمد عطاف يوم الأحد ستيفان دي ميستورا في الجزائر. وجدد عطاف دعم بلاده لحل عادل.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "ar",
        "التقى أحمد عطاف يوم الأحد ستيفان دي ميستورا في الجزائر. وطالب عطاف باستئناف المفاوضات المباشرة.",
        "REQUEST",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "ar",
        "التقى أحمد عطاف يوم الأحد ستيفان دي ميستورا في الجزائر. وأشاد عطاف بجهوده.",
        "SUPPORT",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who", "met"), TOLD_AFTER, ids=[t[0] for t in TOLD_AFTER])
def test_a_stance_told_after_a_meeting_is_voiced_to_the_one_met(code, lang, text, kind, who, met):
    events = code(text, lang)
    assert any(who in e.actor and met in e.recipient for e in real_events(events, kind)), shown(events)


# (language, text, category, the one met, who is not addressed)
NOT_TOLD_THERE = [
    # a condemnation is about what happened, not said to the one met
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. He condemned the attack on Smara.",
        "ACCUSE",
        "Nasser_Bourita",
    ),
    (
        "fr",
        "Staffan de Mistura a rencontré lundi Nasser Bourita à Rabat. Il a condamné l'attaque contre Smara.",
        "ACCUSE",
        "Nasser_Bourita",
    ),
    # another day, by the act's own words
    (
        "fr",
        "Ahmed Attaf a rencontré lundi Staffan de Mistura à Alger. Mardi, il a appelé à la reprise des négociations.",
        "REQUEST",
        "Staffan_de_Mistura",
    ),
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura in Algiers on Monday. On Wednesday, he called for a resumption of talks.",
        "REQUEST",
        "Staffan_de_Mistura",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "met"), NOT_TOLD_THERE, ids=[t[0] for t in NOT_TOLD_THERE])
def test_a_condemnation_or_a_later_call_is_not_voiced_to_the_one_met(code, lang, text, kind, met):
    events = code(text, lang)
    assert all(met not in e.recipient for e in real_events(events, kind)), shown(events)
