"""Taking a state to court accuses it (CAMEO 115, "bring lawsuit against": PLOVER ACCUSE), in the four
languages (sentences written for these tests): "une requête contre X devant la CIJ" is no request, "una
demanda contra X" no demand; a request addressed to a body stays a request."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SUED = [
    ("Mexico filed a case against Ecuador at the International Court of Justice on Thursday.", "en"),
    ("Mexico brought a complaint against Ecuador before the UN's top court.", "en"),
    (
        "Le Mexique a déposé jeudi une requête contre l'Équateur devant la Cour internationale de justice.",
        "fr",
    ),
    ("Le Mexique a porté plainte contre l'Équateur devant la Cour internationale de justice.", "fr"),
    (
        "El Gobierno de México presentó este jueves una demanda contra Ecuador ante la Corte Internacional de Justicia.",
        "es",
    ),
    ("رفعت المكسيك يوم الخميس دعوى ضد الإكوادور أمام محكمة العدل الدولية.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), SUED)
def test_a_lawsuit_against_a_state_accuses_it(world_code, text, lang):
    events = world_code(text, lang)
    assert any("Mexico" in e.actor and "Ecuador" in e.recipient for e in real_events(events, "ACCUSE")), (
        shown(events)
    )
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Maroc a adressé une requête au Conseil de sécurité pour qu'il agisse.", "fr"),
        ("Marruecos atendió la demanda de España sobre el control migratorio.", "es"),
    ],
)
def test_a_request_without_an_adversary_is_no_lawsuit(world_code, text, lang):
    events = world_code(text, lang)
    assert not real_events(events, "ACCUSE"), shown(events)
