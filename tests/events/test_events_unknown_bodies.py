"""A body the knowledge base does not know, named as the subject by a name joined by "of" ("The House of
Representatives accused ..."), is a name (actors.stage) and acts itself: its act is not the previous
sentence's actor's. English "back" supports only as a verb or a noun (events.transitive, flag `verbal`).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

UNKNOWN_BODY_SUBJECTS = [
    # an acronym the linker does not know names a body (a party)
    ("es", "Nasser Bourita rechazó el informe el lunes. El PSOE criticó a Argelia por su silencio."),
    (
        "en",
        "Nasser Bourita rejected the report on Monday. The eastern-based House of Representatives accused "
        "Algeria of stalling the talks.",
    ),
    (
        "en",
        "Nasser Bourita rejected the report on Monday. The Supreme Council of State accused Algeria of "
        "stalling the talks.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNKNOWN_BODY_SUBJECTS, ids=[c[0] for c in UNKNOWN_BODY_SUBJECTS])
def test_an_unknown_named_body_is_not_the_previous_actor(code, lang, text):
    found = code(text, lang)
    accusations = real_events(found, "ACCUSE")
    assert not any({"Morocco", "Nasser_Bourita"} & set(e.actor) for e in accusations), shown(found)


@pytest.mark.slow
def test_a_body_name_joined_by_of_acts(code):
    text = "The eastern-based House of Representatives accused Algeria on Monday of stalling the talks."
    accusations = real_events(code(text, "en"), "ACCUSE")
    assert [e.actor for e in accusations] == [("House of Representatives",)], shown(code(text, "en"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "supports"),
    [
        (
            "Bourita told the Security Council on Monday that the stalemate risked dragging the region back into war.",
            False,
        ),
        ("Spain backed Morocco's plan on Monday.", True),
    ],
)
def test_back_supports_only_as_a_verb_or_noun(code, text, supports):
    assert bool(real_events(code(text, "en"), "SUPPORT")) == supports, shown(code(text, "en"))
