"""What a stance is about is not whom an act about that stance addresses: "criticised France's position on
Western Sahara" addresses France; the territory named after "on", "sur", "sobre", "بشأن" is the topic
(events.subject_matter.without_topics). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

CRITICISED_STANCES = [
    (
        "en",
        "Algeria's foreign minister Ahmed Attaf on Thursday criticised France's position on Western Sahara.",
    ),
    (
        "fr",
        "Le ministre algérien Ahmed Attaf a vivement critiqué jeudi la position de la France sur le Sahara occidental.",
    ),
    (
        "es",
        "El ministro argelino Ahmed Attaf criticó el jueves la postura de Francia sobre el Sáhara Occidental.",
    ),
    ("ar", "انتقد وزير الخارجية الجزائري أحمد عطاف موقف فرنسا بشأن الصحراء الغربية."),
]


@pytest.mark.slow
@by_language(CRITICISED_STANCES)
def test_events_the_topic_of_a_criticised_stance_is_no_recipient(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in found] == [("ACCUSE", ("Ahmed_Attaf",), ("France",))], (
        shown(found)
    )


@pytest.mark.slow
def test_events_a_topic_two_nouns_down_is_no_recipient(world_code):
    found = real_events(world_code("The EU backed Morocco's stance on the Sahara issue.", "en"))
    assert [(e.type, e.recipient) for e in found] == [("SUPPORT", ("Morocco",))], shown(found)


@pytest.mark.slow
def test_events_a_topic_the_parser_hangs_on_the_verb_is_no_recipient(world_code):
    found = real_events(world_code("L'UE a salué la position du Maroc sur le dossier du Sahara.", "fr"))
    assert [(e.type, e.recipient) for e in found] == [("SUPPORT", ("Morocco",))], shown(found)


@pytest.mark.slow
def test_events_sanctions_on_a_state_still_address_it(world_code):
    found = real_events(world_code("The United States imposed sanctions on Russia.", "en"))
    assert [(e.type, e.recipient) for e in found] == [("SANCTION", ("Russia",))], shown(found)
