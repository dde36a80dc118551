"""Who is asked is not whom the asked act concerns: "called on Algeria to stop arming the Polisario
Front" is addressed to Algeria; and two calls of one speaker to two parties stay two events
(events.asked_acts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "Russia called on Algeria to stop supplying weapons to the Polisario Front."),
    # a dative asked party ("a demandé à X de", "pidió a X"): the act's names are no addressees either
    ("fr", "La Russie a demandé à l'Algérie de cesser de livrer des armes au Front Polisario."),
    ("fr", "La Russie a exhorté l'Algérie à cesser de livrer des armes au Front Polisario."),
    ("es", "Rusia instó a Argelia a dejar de suministrar armas al Frente Polisario."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_the_asked_party_is_the_recipient(code, lang, text):
    events = real_events(code(text, lang), "REQUEST")
    assert any("Algeria" in e.recipient for e in events), shown(events)
    assert not any("Polisario_Front" in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_two_calls_to_two_parties_stay_two_events(code):
    text = (
        "Russia urged Morocco and the Polisario Front to resume talks on Monday. "
        "Russia also called on Algeria to stop supplying weapons to the Polisario Front."
    )
    events = real_events(code(text, "en"), "REQUEST")
    assert len(events) == 2, shown(events)


# The act a request asks for is done, if ever, by the one asked (object control): "urged Rwanda to stop
# supporting the M23" is Rwanda's support, not the EU's.
CONTROLLED = [
    (
        "en",
        "The European Union urged Rwanda on Tuesday to stop supporting the M23 rebels.",
        "SUPPORT",
        "Rwanda",
    ),
    (
        "fr",
        "L'Union européenne a exhorté mardi le Rwanda à cesser son soutien aux rebelles du M23.",
        "SUPPORT",
        "Rwanda",
    ),
    ("fr", "La junte tchadienne a sommé la France de retirer ses troupes.", "RETREAT", "France"),
    (
        "es",
        "La Unión Europea instó el martes a Ruanda a dejar de apoyar a los rebeldes del M23.",
        "SUPPORT",
        "Rwanda",
    ),
    ("es", "Chad conminó a Francia a retirar sus tropas.", "RETREAT", "France"),
    # the one asked named with its article ("the UN", "l'ONU", "la ONU") controls the act too
    ("en", "Algeria asked the UN to reject the Moroccan plan.", "REJECT", "United_Nations"),
    ("en", "Morocco urged the United States to recognise its sovereignty.", "SUPPORT", "United_States"),
    ("fr", "Le Front Polisario a demandé à l'ONU de rejeter le plan marocain.", "REJECT", "United_Nations"),
    ("es", "El Frente Polisario pidió a la ONU rechazar el plan marroquí.", "REJECT", "United_Nations"),
    # a promise is the promiser's act: subject control, whoever it is made to
    ("es", "Marruecos prometió a España reforzar la cooperación.", "COOPERATE", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "asked"), CONTROLLED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONTROLLED)]
)
def test_the_asked_act_is_the_askeds(world_code, lang, text, kind, asked):
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert events and all(e.actor == (asked,) for e in events), shown(events)
