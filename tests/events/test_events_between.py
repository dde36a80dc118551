"""The sides an agreement reached is between are its actor, whoever welcomes or reports it
(events.between): "the truce agreed between X and Y", "l'accord conclu entre X et Y", "el alto el fuego
pactado entre X y Y", "الاتفاق المبرم بين X و Y". An agreement in force ("the trade agreement between X
and Y") is no agreement reached. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, category, the sides, the one who welcomed it)
BETWEEN = [
    (
        "en",
        "Qatar welcomed on Sunday the truce agreed between Ukraine and Russia over the Black Sea ports.",
        "AGREE",
        {"Ukraine", "Russia"},
        "Qatar",
    ),
    (
        "fr",
        "L'Union africaine a salué samedi l'accord de paix signé entre l'Éthiopie et le TPLF.",
        "AGREE",
        {"Ethiopia", "Tigray_People's_Liberation_Front"},
        "African_Union",
    ),
    (
        "es",
        "México saludó el viernes el alto el fuego pactado entre el Gobierno de Colombia y el ELN.",
        "AGREE",
        {"Colombia", "National_Liberation_Army_(Colombia)"},
        "Mexico",
    ),
    (
        "ar",
        "رحبت مصر يوم الأحد بالاتفاق المبرم بين الجيش السوداني وقوات الدعم السريع.",
        "AGREE",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
        "Egypt",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "sides", "welcomer"), BETWEEN, ids=[f"{b[0]}-{b[2]}-{b[4]}" for b in BETWEEN]
)
def test_the_sides_after_between_are_the_act_s_actor(world_code, lang, text, kind, sides, welcomer):
    events = real_events(world_code(text, lang), kind)
    assert any(sides <= set(e.actor) and welcomer not in e.actor for e in events), shown(events)


def test_an_agreement_in_force_is_no_agreement_reached(world_code):
    text = "Brazil criticised on Monday the trade agreement between Mercosur and the European Union."
    agreements = real_events(world_code(text, "en"), "AGREE")
    assert not any({"Mercosur", "European_Union"} <= set(e.actor) for e in agreements), shown(agreements)
