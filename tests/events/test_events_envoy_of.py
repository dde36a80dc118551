"""A person a role is "of" is whose the role is, not its holder: "the personal envoy of António Guterres
for Western Sahara, Staffan de Mistura, met..." is de Mistura's meeting, Guterres takes no part (the
linker's apposition skips a name a genitive introduces; events.titles climbs over English "of").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ENVOY_OF = [
    ("en", "The personal envoy of António Guterres for Western Sahara, Staffan de Mistura, met Ahmed Attaf."),
    (
        "fr",
        "L'envoyé personnel d'António Guterres pour le Sahara occidental, Staffan de Mistura, a reçu Ahmed Attaf.",
    ),
    (
        "es",
        "El enviado personal de António Guterres para el Sáhara Occidental, Staffan de Mistura, recibió a Ahmed Attaf.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ENVOY_OF, ids=[e[0] for e in ENVOY_OF])
def test_the_person_a_role_is_of_does_not_hold_it(world_code, lang, text):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings and "Staffan_de_Mistura" in meetings[0].actor + meetings[0].recipient, shown(meetings)
    assert all("António_Guterres" not in e.actor + e.recipient for e in meetings), shown(meetings)


IN_CHARGE_OF = [
    ("en", "Staffan de Mistura met Amar Belani, the Algerian special envoy in charge of Western Sahara."),
    (
        "fr",
        "Staffan de Mistura s'est entretenu avec Amar Belani, l'envoyé spécial algérien chargé du Sahara occidental.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió con Amar Belani, el enviado especial argelino encargado del Sáhara Occidental.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), IN_CHARGE_OF, ids=[e[0] for e in IN_CHARGE_OF])
def test_what_a_title_holder_is_in_charge_of_takes_no_part(world_code, lang, text):
    """(events.portfolios: `charges` in lang/*/events.yaml)"""
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings and "Amar_Belani" in meetings[0].recipient, shown(meetings)
    assert all("Western_Sahara" not in e.actor + e.recipient for e in meetings), shown(meetings)


WHOSE_ENVOY_MET = [
    (
        "en",
        "Antony Blinken met Staffan de Mistura, the UN Secretary-General's personal envoy, in Washington.",
    ),
    ("fr", "Antony Blinken s'est entretenu avec Staffan de Mistura, l'envoyé personnel d'António Guterres."),
    ("es", "Antony Blinken se reunió con Staffan de Mistura, el enviado personal de António Guterres."),
]


@pytest.mark.parametrize(("lang", "text"), WHOSE_ENVOY_MET, ids=[e[0] for e in WHOSE_ENVOY_MET])
def test_whose_envoy_the_one_met_is_takes_no_part(world_code, lang, text):
    """The title apposed to the one met ("the Secretary-General's envoy") names whose envoy he is, not a
    second person met."""
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings and "Staffan_de_Mistura" in meetings[0].recipient, shown(meetings)
    assert all("António_Guterres" not in e.actor + e.recipient for e in meetings), shown(meetings)
