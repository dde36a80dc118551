"""Speaking to a council is briefing it: a meeting (CONSULT) of the speaker with the council ("told the
Security Council", "a présenté devant le Conseil de sécurité une feuille de route", "presentó ante el
Consejo de Seguridad"; lang/<xx>/events.yaml). A woman envoy's title ("L'envoyée spéciale de l'ONU pour
la Libye, X", "La enviada especial de la ONU") is a title like a man's: the UN in it takes no part
(kb roles). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BRIEFINGS = [
    ("en", "UN envoy Hanna Tetteh told the Security Council on Tuesday that elections were possible."),
    ("en", "UN envoy Hanna Tetteh addressed the Security Council on Tuesday."),
    ("en", "UN envoy Hanna Tetteh presented a roadmap to the Security Council on Tuesday."),
    (
        "fr",
        "L'envoyée spéciale de l'ONU pour la Libye, Hanna Tetteh, a présenté mardi devant le Conseil de sécurité une "
        "feuille de route.",
    ),
    ("fr", "Hanna Tetteh s'est exprimée mardi devant le Conseil de sécurité."),
    (
        "es",
        "La enviada especial de la ONU para Libia, Hanna Tetteh, presentó el martes ante el Consejo de Seguridad "
        "una hoja de ruta.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BRIEFINGS, ids=[f"{b[0]}{i}" for i, b in enumerate(BRIEFINGS)])
def test_speaking_to_the_council_is_a_briefing(world_code, lang, text):
    events = world_code(text, lang)
    briefings = [
        e
        for e in real_events(events, "CONSULT")
        if "United_Nations_Security_Council" in e.actor + e.recipient
    ]
    assert briefings, shown(events)
    assert all("Hanna_Tetteh" in e.actor and "United_Nations" not in e.actor for e in briefings), shown(
        events
    )


# "brief" alone is weak (a briefing of reporters is no meeting); briefing a council is a phrase of its own,
# which keeps the meeting where it is told in a relative clause, out of the main clause
RELATIVE_BRIEFINGS = [
    (
        "en",
        "Hans Grundberg, who briefed the Security Council on Wednesday, urged the Houthis to free the staff.",
    ),
    (
        "fr",
        "Hans Grundberg, qui a informé mercredi le Conseil de sécurité, a exhorté les Houthis à libérer le "
        "personnel.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVE_BRIEFINGS, ids=[b[0] for b in RELATIVE_BRIEFINGS])
def test_a_council_briefed_in_a_relative_clause_is_met(world_code, lang, text):
    events = world_code(text, lang)
    met = [(e.actor, e.recipient) for e in real_events(events, "CONSULT")]
    assert met == [(("Hans_Grundberg",), ("United_Nations_Security_Council",))], shown(events)
    assert [e.actor for e in real_events(events, "REQUEST")] == [("Hans_Grundberg",)], shown(events)
