"""A plan told beside an act done is no restatement of it: "relations were restored" (its day borrowed
from the sentence before) and "the minister will travel to Havana on 14 August" are two events, where the
borrowed day let the plan swallow the act. Sentences written for these tests."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_a_plan_does_not_swallow_the_act_told_before(world_code):
    text = (
        "La bandera cubana volvió a ondear ayer lunes en Washington. Con la entrada en vigor, un minuto después "
        "de la medianoche, del restablecimiento de relaciones diplomáticas entre Estados Unidos y Cuba, las "
        "secciones de intereses pasaron a ser embajadas. John Kerry anunció que viajará a La Habana el 14 de agosto para presidir la "
        "apertura de la embajada."
    )
    found = world_code(text, "es", "2015-07-21")
    restored = [e for e in real_events(found, "AGREE") if {"United_States", "Cuba"} <= set(e.actor)]
    assert restored and restored[0].date is not None and restored[0].date.value == "2015-07-20", shown(found)
    planned = [e for e in found if e.type == "AGREE" and "future" in e.aux]
    assert planned and planned[0].date is not None and planned[0].date.value == "2015-08-14", shown(found)
