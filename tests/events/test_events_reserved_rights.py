"""Reserving the right to respond is a warning (THREATEN), in the four languages (sentences written for these
tests): "se réserve le droit de riposter" is no strike, "reserves the right to defend" no support; a page's
"all rights reserved" is no threat."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RESERVED = [
    ("Ethiopia said it reserved the right to respond to any aggression.", "en", "Ethiopia"),
    ("Egypt reserves the right to defend its water security, the ministry said.", "en", "Egypt"),
    ("Alger se réserve le droit de riposter à toute agression marocaine.", "fr", "Algeria"),
    ("La présidence a rappelé que l'Algérie se réservait le droit de répondre.", "fr", "Algeria"),
    ("Argelia se reserva el derecho a responder a cualquier agresión de Marruecos.", "es", "Algeria"),
    ("وأكدت مصر أنها تحتفظ بحقها في الدفاع عن أمنها المائي.", "ar", "Egypt"),
]


@pytest.mark.parametrize(("text", "lang", "actor"), RESERVED)
def test_reserving_the_right_to_respond_is_a_threat(world_code, text, lang, actor):
    events = world_code(text, lang)
    assert any(actor in e.actor for e in real_events(events, "THREATEN")), shown(events)
    assert not real_events(events, "ASSAULT") and not real_events(events, "SUPPORT"), shown(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tous droits réservés à l'auteur. Le Maroc a salué le plan.", "fr"),
        ("All rights reserved by the agency. Morocco welcomed the plan.", "en"),
    ],
)
def test_rights_reserved_on_a_page_threaten_nobody(world_code, text, lang):
    events = world_code(text, lang)
    assert not real_events(events, "THREATEN"), shown(events)
