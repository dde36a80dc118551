"""A condemnation told in the passive names what was done by its subject ("the attack was condemned by
X"): addressed to whoever did it, told before (events.reactions), as "X condemned the attack" is. The
agent stays the actor even where the parser hangs "by X" on a noun of the verb's adverbial ("the same
day by X", "à Rabat par X"), and in Arabic, where only the passive form and "من جانب/من قبل X" tell it
(events.proximity). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PASSIVE = {
    "en": "Russian drones struck a hospital in Kharkiv on Friday. The attack was condemned by the European Union.",
    "fr": "Des drones russes ont frappé un hôpital à Kharkiv vendredi. L'attaque a été dénoncée par l'Union "
    "européenne.",
    "es": "Drones rusos atacaron un hospital en Járkov el viernes. El ataque fue condenado por la Unión Europea.",
    "ar": "قصفت روسيا مستشفى في خاركيف يوم الجمعة. وأدين القصف من جانب الاتحاد الأوروبي.",
}

# a word for an attack names force of either kind: a town seized is what "the offensive" names
SEIZED = {
    "en": "Rebels of the M23 seized the town of Uvira on Sunday. The offensive was condemned on Monday by the "
    "African Union.",
    "es": "Los rebeldes del M23 tomaron la ciudad de Uvira el domingo. La ofensiva fue condenada el lunes por la "
    "Unión Africana.",
}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("told", "lang", "doer", "condemning"),
    [(PASSIVE, lang, "Russia", "European_Union") for lang in sorted(PASSIVE)]
    + [(SEIZED, lang, "March_23_Movement", "African_Union") for lang in sorted(SEIZED)],
)
def test_events_a_passive_condemnation_names_the_doer(world_code, told, lang, doer, condemning):
    found = real_events(world_code(told[lang], lang), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [((condemning,), (doer,))], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "kind", "actor", "recipient"),
    [
        # "by Turkey" hung on "day"
        (
            "Israel struck Damascus on Friday. The strikes were condemned the same day by Turkey.",
            "en",
            "ACCUSE",
            ("Turkey",),
            ("Israel",),
        ),
        # "par le ministre" hung on "Rabat": the minister received the envoy
        (
            "L'émissaire Staffan de Mistura a été reçu lundi à Rabat par le ministre Nasser Bourita.",
            "fr",
            "CONSULT",
            ("Staffan_de_Mistura",),
            ("Nasser_Bourita",),
        ),
    ],
)
def test_events_an_agent_hung_on_an_adverbial_still_acts(world_code, text, lang, kind, actor, recipient):
    found = real_events(world_code(text, lang), kind)
    assert [(e.actor[:1], e.recipient[:1]) for e in found] == [(actor, recipient)], shown(found)


@pytest.mark.slow
def test_events_arabic_passive_without_agent_names_no_actor(world_code):
    """ "أدين الهجوم على نطاق واسع": condemned widely, by no one named; the names after the verb are what
    it was done to, never its actor."""
    found = real_events(world_code("وأدينت الهجمات الإسرائيلية على نطاق واسع.", "ar"), "ACCUSE")
    assert not [e for e in found if "Israel" in e.actor], shown(found)


@pytest.mark.slow
def test_events_arabic_same_day_words_date_by_the_day_before(world_code):
    """ "في اليوم ذاته" (on that same day) is the last day told, not the day of writing."""
    text = "قصفت روسيا مستشفى في خاركيف يوم الاثنين. كما أدين القصف في اليوم ذاته من جانب الاتحاد الأوروبي."
    found = real_events(world_code(text, "ar", "2024-03-13"), "ACCUSE")
    assert [e.date.value for e in found if e.date] == ["2024-03-11"], shown(found)
