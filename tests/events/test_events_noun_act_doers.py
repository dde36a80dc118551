"""An act told by a noun names its doer by its possessor or its agent: "Russia's invasion of Ukraine" is
Russia's ASSAULT on Ukraine (the subject of the sentence, here Sweden, did not invade), "Beijing's
sanctions on Vilnius" China's SANCTION, "the invasion of Ukraine by Russia" Russia's; a genitive is the
target ("l'invasion de l'Ukraine"). An attack in words is an accusation ("a scathing attack on Algeria",
"une attaque verbale contre Alger", "هجوما لاذعا على الجزائر"), not an assault. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between


def test_the_possessor_of_an_invasion_invaded(world_code):
    found = world_code("Tension rose. Sweden applied to join NATO after Russia's invasion of Ukraine.", "en")
    assaults = real_events(found, "ASSAULT")
    assert assaults and all(e.actor == ("Russia",) for e in assaults), shown(found)
    assert told_between(found, "ASSAULT", "Russia", "Ukraine"), shown(found)


def test_the_possessor_of_sanctions_imposed_them(world_code):
    found = world_code("Tension rose. On Monday, Beijing's sanctions on Vilnius angered Brussels.", "en")
    sanctions = real_events(found, "SANCTION")
    assert sanctions and sanctions[0].actor == ("China",) and "Lithuania" in sanctions[0].recipient, shown(
        found
    )


def test_the_agent_of_an_invasion_invaded(world_code):
    found = world_code(
        "Tension rose. On Monday, the invasion of Ukraine by Russia was condemned in Kyiv.", "en"
    )
    assaults = real_events(found, "ASSAULT")
    assert assaults and assaults[0].actor == ("Russia",), shown(found)


VERBAL = [
    ("en", "Tension rose. On Monday, the Moroccan minister launched a scathing attack on Algeria."),
    ("fr", "La tension monte. Lundi, le ministre marocain s'est livré à une attaque verbale contre Alger."),
    ("ar", "تصاعد التوتر. وشن الوزير المغربي يوم الاثنين هجوما لاذعا على الجزائر."),
]


@pytest.mark.parametrize(("lang", "text"), VERBAL, ids=[v[0] for v in VERBAL])
def test_an_attack_in_words_is_an_accusation(world_code, lang, text):
    found = world_code(text, lang)
    assert told_between(found, "ACCUSE", "Morocco", "Algeria"), shown(found)
    assert not real_events(found, "ASSAULT"), shown(found)
