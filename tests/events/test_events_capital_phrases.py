""" "The <demonym> capital" is a place, the state's capital, and hosts a visit there: "Abiy arrived in the
Eritrean capital", "Bourita est arrivé dans la capitale algérienne", "Albares llegó a la capital marroquí",
"وصل بوريطة إلى العاصمة الموريتانية" (actors.demonyms `capital_noun`, `capital_nouns` in
lang/<xx>/actors.yaml). Before, the phrase named no actor and no place: the visit had no host. The phrase
is still no actor of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday

VISITS = [
    ("en", "Prime Minister Abiy Ahmed arrived in the Eritrean capital on Sunday.", "Abiy_Ahmed", "Eritrea"),
    ("fr", "Nasser Bourita est arrivé dimanche dans la capitale algérienne.", "Nasser_Bourita", "Algeria"),
    (
        "fr",
        "Nasser Bourita s'est rendu dimanche dans la capitale mauritanienne.",
        "Nasser_Bourita",
        "Mauritania",
    ),
    ("es", "José Manuel Albares llegó el domingo a la capital marroquí.", "José_Manuel_Albares", "Morocco"),
    (
        "ar",
        "وصل وزير الخارجية المغربي ناصر بوريطة أمس إلى العاصمة الموريتانية.",
        "Nasser_Bourita",
        "Mauritania",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "visitor", "host"), VISITS, ids=[f"{v[0]}{i}" for i, v in enumerate(VISITS)]
)
def test_events_the_capital_a_demonym_names_hosts_the_visit(world_code, lang, text, visitor, host):
    found = real_events(world_code(text, lang, PUBLISHED), "CONSULT")
    assert [e for e in found if visitor in e.actor and host in e.recipient], shown(found)


def test_events_the_capital_phrase_is_no_actor(world_code):
    text = "Dans la capitale algérienne, le ministre a dénoncé dimanche la position de la France."
    found = world_code(text, "fr", PUBLISHED)
    assert not [e for e in found if "Algeria" in e.actor], shown(found)
