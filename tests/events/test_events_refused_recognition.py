"""Not recognising is rejecting: "does not recognise the court", "no reconocerá el resultado", "ne reconnaît
pas", "لن تعترف" tell a REJECT that was made, not a support that did not happen (lexicon flag "refused").
Recognition said plainly stays a support, and a supposed one ("if Paris does not recognise...") no
rejection. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

REFUSED = [
    ("en", "Serbia said on Friday that it would not recognise the outcome of the vote.", "Serbia"),
    ("en", "Russia does not recognise the jurisdiction of the International Court of Justice.", "Russia"),
    ("fr", "La Russie ne reconnaît pas la compétence de la Cour internationale de justice.", "Russia"),
    (
        "es",
        "Venezuela insistió en que no reconoce la jurisdicción de la Corte Internacional de Justicia.",
        "Venezuela",
    ),
    ("ar", "وأكدت فنزويلا أنها لا تعترف بولاية محكمة العدل الدولية.", "Venezuela"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), REFUSED, ids=[f"{c[0]}-{c[2]}" for c in REFUSED])
def test_not_recognising_is_a_rejection(world_code, lang, text, who):
    events = world_code(text, lang)
    assert any(who in e.actor for e in real_events(events, "REJECT")), shown(events)
    assert not any(who in e.actor for e in real_events(events, "SUPPORT")), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Spain recognised the Palestinian state on Tuesday."),
        ("fr", "L'Espagne a reconnu l'État palestinien mardi."),
    ],
)
def test_recognition_stays_a_support(code, lang, text):
    events = code(text, lang)
    assert real_events(events, "SUPPORT") and not real_events(events, "REJECT"), shown(events)


@pytest.mark.slow
def test_a_supposed_refusal_rejects_nothing(code):
    events = code("Si Paris ne reconnaît pas ses torts, Alger rappellera son ambassadeur.", "fr")
    assert not any("France" in e.actor for e in real_events(events, "REJECT")), shown(events)
