"""Who speaks is who the sentence names, not the actor of the sentence before. An incise after a
quotation, its subject after it ("« ... », a dénoncé de son côté le représentant du Front Polisario"):
the parser made the quotation the subject and the speaker the object (text/sentences._incise_subjects_
restored). A body the linker does not know ("Le Parti populaire a reproché...") is someone too
(events.named_subjects). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BEFORE = "Le ministère algérien des Affaires étrangères a convoqué lundi l'ambassadeur d'Espagne. "


@pytest.mark.slow
def test_events_incise_after_a_quotation_names_the_speaker(world_code):
    text = (
        BEFORE
        + "« C'est une trahison de Madrid », a dénoncé de son côté le représentant du Front Polisario, Omar Mansour."
    )
    later = [e for e in real_events(world_code(text, "fr"), "ACCUSE") if e.evidence.start >= len(BEFORE)]
    assert later and all("Polisario_Front" in e.actor for e in later), shown(later)
    assert all("Algeria" not in e.actor + e.recipient for e in later), shown(later)


@pytest.mark.slow
def test_events_unknown_body_takes_no_previous_actor(world_code):
    text = BEFORE + (
        "Le Parti populaire, dans l'opposition, a quant à lui reproché au gouvernement de Pedro Sánchez "
        "d'avoir agi sans consulter le Parlement."
    )
    found = real_events(world_code(text, "fr"))
    blamed = [e for e in found if "Pedro_Sánchez" in e.recipient]
    assert not [e for e in blamed if "Ministry_of_Foreign_Affairs_(Algeria)" in e.actor], shown(found)
