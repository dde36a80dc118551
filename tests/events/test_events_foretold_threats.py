"""A consequence foretold to someone is a threat by whoever says so ("Iran said Israel will pay a heavy
price", "a averti qu'Israël le paierait cher", "pagarán un alto precio", "ستدفع ثمنا باهظا"): the one
who is to pay is threatened (flags `spoken foretold`, events.threats.foretold). Told in the present
("civilians are paying a heavy price"), it foretells nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

FORETOLD = {
    "en": "Iran said Israel will pay a heavy price for the strike.",
    "fr": "L'Iran a averti qu'Israël le paierait cher.",
    "es": "Irán advirtió que Israel pagará un alto precio por el ataque.",
    "ar": "وقالت إيران إن إسرائيل ستدفع ثمنا باهظا لهذا الهجوم.",
}

PRESENT = {
    "en": "Sudanese civilians are paying a heavy price for the war, Guterres said.",
    "fr": "Les civils paient le prix fort de la guerre, a déclaré Guterres.",
    "es": "Los civiles pagan un alto precio por la guerra, dijo Guterres.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(FORETOLD))
def test_events_a_foretold_price_is_a_threat(world_code, lang):
    found = real_events(world_code(FORETOLD[lang], lang), "THREATEN")
    assert [(e.actor, e.recipient, e.aux) for e in found] == [(("Iran",), ("Israel",), ())], shown(found)


@pytest.mark.slow
def test_events_a_price_to_pay_under_several_verbs_is_foretold(world_code):
    text = "The Houthis said Washington and London would have to prepare to pay a heavy price."
    found = real_events(world_code(text, "en"), "THREATEN")
    assert [(e.actor, e.recipient) for e in found] == [(("Houthis",), ("United_States", "United_Kingdom"))], (
        shown(found)
    )


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(PRESENT))
def test_events_a_price_paid_now_is_no_threat(world_code, lang):
    assert real_events(world_code(PRESENT[lang], lang), "THREATEN") == []
