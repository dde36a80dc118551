""" "Both warring parties", "les deux belligérants", "ambas partes en conflicto", "طرفي النزاع" are the two
sides of the dispute the article names (`two_parties` in lang/<xx>/events.yaml): an accusation of them
has the two as recipients. Before, the phrase was not listed and the accusation had nobody. Sentences
written for this test."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SIDES = {"Sudanese_Armed_Forces", "Rapid_Support_Forces"}

ACCUSED = [
    (
        "en",
        "The Sudanese army and the Rapid Support Forces have fought since April 2023. The US envoy Tom "
        "Perriello on Thursday accused both warring parties of using starvation as a weapon of war.",
    ),
    (
        "fr",
        "L'armée soudanaise et les Forces de soutien rapide s'affrontent depuis avril 2023. L'envoyé "
        "américain Tom Perriello a accusé jeudi les deux belligérants d'utiliser la famine comme arme.",
    ),
    (
        "es",
        "El Ejército sudanés y las Fuerzas de Apoyo Rápido combaten desde abril de 2023. El enviado "
        "estadounidense Tom Perriello acusó el jueves a ambas partes en conflicto de usar el hambre como arma.",
    ),
    (
        "ar",
        "يتقاتل الجيش السوداني وقوات الدعم السريع منذ أبريل 2023. واتهم المبعوث الأمريكي توم بيرييلو "
        "يوم الخميس طرفي النزاع باستخدام التجويع سلاحا في الحرب.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ACCUSED, ids=[a[0] for a in ACCUSED])
def test_events_both_warring_parties_are_the_two_sides(world_code, lang, text):
    found = real_events(world_code(text, lang, "2024-08-16"), "ACCUSE")
    assert [set(e.recipient) for e in found if "Tom_Perriello" in e.actor] == [SIDES], shown(found)
