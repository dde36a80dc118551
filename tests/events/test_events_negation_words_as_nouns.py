"""A negation word used as a noun negates nothing: "un premier pas", "ce pas important" are a step,
though the French tagger reads "pas" as the adverb of "ne ... pas" (events.modality). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("La cheffe de la Manul, Hanna Tetteh, a salué mardi un premier pas vers un accord.", False),
        ("Le Maroc a salué mardi ce pas important de l'Espagne.", False),
        ("Le Maroc n'a pas salué mardi la décision de l'Espagne.", True),
        ("Le Maroc ne salue pas la décision de l'Espagne.", True),
    ],
    ids=["premier-pas", "ce-pas", "n-a-pas", "ne-pas"],
)
def test_a_step_is_no_negation(world_code, text, negated):
    found = world_code(text, "fr")
    supports = [e for e in found if e.type == "SUPPORT"]
    assert supports and all(("negation" in e.aux) is negated for e in supports), shown(found)
    assert bool(real_events(found, "SUPPORT")) is not negated, shown(found)
