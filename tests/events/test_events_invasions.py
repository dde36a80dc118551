"""Invading a country attacks it (ASSAULT) in the four languages, as "invade" already did in English: "a envahi
l'Ukraine", "invadió Ucrania", "اجتاحت القوات الروسية أوكرانيا", "غزت روسيا أوكرانيا", "Russian troops crossed
into Ukraine"; refugees crossing into a country attack nobody, and an invasion named after "since" dates a state
of things, no event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

INVASIONS = [
    ("Russian troops crossed into Ukraine on February 24, 2022.", "en"),
    ("La Russie a envahi l'Ukraine le 24 février 2022.", "fr"),
    ("Rusia invadió Ucrania el 24 de febrero de 2022.", "es"),
    ("اجتاحت القوات الروسية أوكرانيا في 24 فبراير 2022.", "ar"),
    ("غزت روسيا أوكرانيا في 24 فبراير 2022.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), INVASIONS)
def test_an_invasion_attacks_the_country(world_code, text, lang):
    events = world_code(text, lang, "2025-02-19")
    attacks = [e for e in events if e.type == "ASSAULT" and "negation" not in e.aux]
    assert any("Russia" in e.actor and "Ukraine" in e.recipient for e in attacks), shown(events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands of refugees crossed into Poland on Monday.", "en"),
        ("Depuis l'invasion russe de l'Ukraine en 2022, Moscou est isolé.", "fr"),
    ],
)
def test_refugees_and_a_state_of_things_attack_nobody(world_code, text, lang):
    assert not real_events(world_code(text, lang, "2025-02-19"), "ASSAULT")
