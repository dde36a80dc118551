"""A happening that only places an act in time takes no part in it (sentences written for these tests): "au
lendemain de la visite de X", "on the eve of the visit by X", "en vísperas de la visita de X" name no one
condemned, met or asked (events.time_anchors)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ANCHORED = [
    ("Le Maroc a condamné l'attaque, au lendemain de la visite de Sergueï Lavrov à Alger.", "fr"),
    ("Le Maroc a condamné l'attaque à la veille de la visite de Sergueï Lavrov.", "fr"),
    ("Morocco condemned the attack, a day after Sergey Lavrov's visit to Algiers.", "en"),
    ("Morocco condemned the attack on the eve of the visit by Sergey Lavrov.", "en"),
    ("Marruecos condenó el ataque, al día siguiente de la visita de Serguéi Lavrov.", "es"),
    ("Marruecos condenó el ataque en vísperas de la visita de Serguéi Lavrov.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), ANCHORED)
def test_the_happening_that_dates_an_act_takes_no_part(world_code, text, lang):
    events = world_code(text, lang, "2024-11-27")
    condemned = real_events(events, "ACCUSE")
    assert condemned and all(e.actor == ("Morocco",) for e in condemned), shown(events)
    assert all("Sergey_Lavrov" not in e.recipient and "Algeria" not in e.recipient for e in condemned), shown(
        events
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Hezbollah a attaqué Israël le 8 octobre 2023, au lendemain de l'offensive du Hamas.", "fr"),
        ("Hezbolá atacó a Israel el 8 de octubre de 2023, al día siguiente de la ofensiva de Hamás.", "es"),
    ],
)
def test_an_act_dated_beside_its_anchor_keeps_its_date_and_target(world_code, text, lang):
    attacks = real_events(world_code(text, lang, "2024-11-27"), "ASSAULT")
    assert [(e.actor, e.recipient, e.date.value if e.date else None) for e in attacks] == [
        (("Hezbollah",), ("Israel",), "2023-10-08")
    ], shown(attacks)


def test_a_verb_that_reads_like_an_anchor_is_no_anchor(world_code):
    events = world_code(
        "Le Maroc veille à la reprise du dialogue avec l'Algérie, a salué Sergueï Lavrov.", "fr"
    )
    assert not any("Sergey_Lavrov" in e.recipient for e in events if e.actor == ("Morocco",)), shown(events)
