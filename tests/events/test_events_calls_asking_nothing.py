"""A call that reaches a named actor and asks for nothing is a telephone call (PLOVER CONSULT, mode phone),
not a request: "Biden called Macron on Tuesday", "Macron a appelé Biden mardi pour évoquer Gaza", "Sánchez
llamó al presidente palestino". One that asks for an act or a conduct stays a REQUEST ("a appelé X à la
retenue", "llamó a Marruecos y Argelia a negociar", "called on X to"). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CALLS = [
    ("en", "Joe Biden called Emmanuel Macron on Tuesday.", "Joe_Biden", "Emmanuel_Macron"),
    (
        "fr",
        "Emmanuel Macron a appelé Joe Biden mardi pour évoquer la situation à Gaza.",
        "Emmanuel_Macron",
        "Joe_Biden",
    ),
    (
        "fr",
        "Ahmed Attaf a appelé mercredi son homologue russe Sergueï Lavrov.",
        "Ahmed_Attaf",
        "Sergey_Lavrov",
    ),
    ("es", "Pedro Sánchez llamó el martes a Emmanuel Macron.", "Pedro_Sánchez", "Emmanuel_Macron"),
    (
        "es",
        "Ese mismo jueves, Mohamed VI llamó al presidente palestino, Mahmud Abás.",
        "Mohammed_VI_of_Morocco",
        "Mahmoud_Abbas",
    ),
]
REQUESTS = [
    ("en", "Joe Biden called on Emmanuel Macron to act.", "Joe_Biden", "Emmanuel_Macron"),
    (
        "fr",
        "Emmanuel Macron a appelé le Maroc et l'Algérie à reprendre le dialogue.",
        "Emmanuel_Macron",
        "Morocco",
    ),
    ("fr", "Emmanuel Macron a appelé Joe Biden à la retenue.", "Emmanuel_Macron", "Joe_Biden"),
    ("es", "Pedro Sánchez llamó a Marruecos y Argelia a negociar.", "Pedro_Sánchez", "Morocco"),
    ("es", "Pedro Sánchez llamó a Marruecos y Argelia al diálogo.", "Pedro_Sánchez", "Morocco"),
    ("fr", "Ahmed Attaf a appelé mardi le Maroc et la Mauritanie au dialogue.", "Ahmed_Attaf", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "caller", "called"), CALLS, ids=[f"{c[0]}{i}" for i, c in enumerate(CALLS)]
)
def test_a_call_asking_nothing_is_a_phone_call(world_code, lang, text, caller, called):
    events = world_code(text, lang)
    calls = [e for e in real_events(events, "CONSULT") if caller in e.actor and called in e.recipient]
    assert calls and all("phone" in e.mode for e in calls), shown(events)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "caller", "called"), REQUESTS, ids=[f"{r[0]}{i}" for i, r in enumerate(REQUESTS)]
)
def test_a_call_asking_for_an_act_stays_a_request(world_code, lang, text, caller, called):
    events = world_code(text, lang)
    assert any(caller in e.actor and called in e.recipient for e in real_events(events, "REQUEST")), shown(
        events
    )
