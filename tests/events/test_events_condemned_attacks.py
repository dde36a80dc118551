"""An attack told against a place, with no actor struck ("Israel struck a school in Gaza"), is still the act
a later condemnation names ("Jordan condemned the strike"): the condemnation is addressed to the attacker
(events.reactions). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CONDEMNED = {
    "en": "Israel struck a school in Gaza City on Friday. Jordan condemned the strike.",
    "fr": "Israël a frappé une école à Gaza vendredi. La Jordanie a condamné la frappe.",
    "es": "Israel bombardeó una escuela en Gaza el viernes. Jordania condenó el ataque.",
    "ar": "قصفت إسرائيل مدرسة في غزة يوم الجمعة. وأدانت الأردن القصف.",
}


BREACHED = {
    "fr": "Israël a mené dimanche une frappe près de Tyr. Beyrouth a condamné « une violation flagrante » du "
    "cessez-le-feu.",
    "es": "Israel bombardeó el domingo una aldea cerca de Tiro. Beirut condenó una violación flagrante del alto "
    "el fuego.",
    "en": "Israel struck a village near Tyre on Sunday. Beirut condemned a flagrant violation of the ceasefire.",
    "ar": "قصفت إسرائيل يوم الأحد قرية قرب صور. وأدانت بيروت الخرق الفاضح لوقف إطلاق النار.",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("told", "lang", "condemning"),
    [(CONDEMNED, lang, "Jordan") for lang in sorted(CONDEMNED)]
    # a word for a breach ("violation", "خرق": `violations`) names the attack told before
    + [(BREACHED, lang, "Lebanon") for lang in sorted(BREACHED)],
)
def test_events_condemnation_names_the_attacker(world_code, told, lang, condemning):
    found = real_events(world_code(told[lang], lang), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [((condemning,), ("Israel",))], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Israel launched strikes on Hezbollah positions on Sunday.",
        "Israel carried out a strike on Hezbollah positions on Sunday.",
        "Israel conducted strikes against Hezbollah positions on Sunday.",
    ],
)
def test_events_a_strike_launched_or_carried_out_is_an_attack(code, text):
    """ "launched strikes", "carried out a strike": an attack, not a walkout (the bare noun stays ambiguous)."""
    found = code(text, "en")
    assert [e.type for e in real_events(found)] == ["ASSAULT"], shown(found)
