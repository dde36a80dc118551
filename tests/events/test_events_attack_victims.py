"""Condemning an attack blames its doer, not its victim (sentences written for these tests): the complement a
target word opens ("attack on Lebanon", "attaque contre le Liban", "ataque contra el Líbano"; lexicon
`attack_targets`) names whom the attack struck, no counterpart of the condemnation."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CONDEMNED = [
    ("Qatar condemned the Israeli attack on Lebanon.", "en"),
    ("Le Qatar a condamné l'attaque israélienne contre le Liban.", "fr"),
    ("Catar condenó el ataque israelí contra el Líbano.", "es"),
    ("ونددت قطر بالهجوم الإسرائيلي على لبنان.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), CONDEMNED, ids=["en", "fr", "es", "ar"])
def test_the_victim_of_a_condemned_attack_is_not_accused(world_code, text, lang):
    accused = real_events(world_code(text, lang, "2024-11-27"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in accused] == [(("Qatar",), ("Israel",))], shown(accused)


def test_a_condemnation_of_the_attacker_by_name_keeps_him(world_code):
    accused = real_events(
        world_code("Qatar condemned Israel for its attack on Lebanon.", "en", "2024-11-27"), "ACCUSE"
    )
    assert accused and all("Israel" in e.recipient for e in accused), shown(accused)


def test_a_clause_on_the_attack_noun_names_no_victim(world_code):
    text = "Blinken said Washington strongly condemns the attack, which he said casts doubt on Russia's commitment."
    accused = real_events(world_code(text, "en", "2024-11-27"), "ACCUSE")
    assert accused and all("Russia" in e.recipient for e in accused), shown(accused)


def test_an_attack_that_names_no_attacker_stays_aimed_at_its_place(world_code):
    accused = real_events(
        world_code("Le Maroc a condamné l'attaque contre Bamako.", "fr", "2024-11-27"), "ACCUSE"
    )
    assert [e.recipient for e in accused] == [("Mali",)], shown(accused)
