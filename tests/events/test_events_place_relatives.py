"""A pronoun subject of a relative clause on a place stands for whoever went there ("X met Y in Addis
Ababa, then flew to Asmara, where he was received by Z"): X, the subject of the clause the place belongs
to (up the chain of verbs that share it), not Y, the last person named (events.arguments). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TOUR = {
    "en": "Mahmoud Ali Youssouf met Prime Minister Abiy Ahmed in Addis Ababa on Monday, then flew to Asmara, where "
    "he was received by President Isaias Afwerki on Tuesday.",
    "fr": "Mahmoud Ali Youssouf a rencontré lundi le Premier ministre Abiy Ahmed à Addis-Abeba, puis s'est rendu à "
    "Asmara, où il a été reçu mardi par le président Isaias Afwerki.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(TOUR))
def test_events_the_one_received_where_he_went_is_the_traveller(world_code, lang):
    found = real_events(world_code(TOUR[lang], lang, "2025-10-23"), "CONSULT")
    pairs = {
        frozenset(e.actor + e.recipient) & {"Mahmoud_Ali_Youssouf", "Abiy_Ahmed", "Isaias_Afwerki"}
        for e in found
    }
    assert pairs == {
        frozenset({"Mahmoud_Ali_Youssouf", "Abiy_Ahmed"}),
        frozenset({"Mahmoud_Ali_Youssouf", "Isaias_Afwerki"}),
    }, shown(found)


@pytest.mark.slow
def test_events_a_second_meeting_where_he_was_is_the_subjects(world_code):
    """ "met Attaf in Algiers, where he also met Ghali": "he" is de Mistura, not Attaf."""
    text = (
        "Staffan de Mistura met Ahmed Attaf in Algiers on Monday, where he also met Brahim Ghali on Tuesday."
    )
    found = real_events(world_code(text, "en", "2025-10-23"), "CONSULT")
    assert any(e.actor[:1] == ("Staffan_de_Mistura",) and "Brahim_Ghali" in e.recipient for e in found), (
        shown(found)
    )
