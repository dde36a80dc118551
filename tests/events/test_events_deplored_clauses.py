"""A stance on what a clause tells is aimed at whoever did it: "Algeria deplored that France had chosen to
back the Moroccan plan" criticises France, not only Morocco, whom France's act names; so does "deplored
that France backed the plan", a stance of France's own being what is deplored (events.arguments). Our own
sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CASES = [
    ("en", "Algeria deplored that France had chosen to back the Moroccan plan.", "Algeria", "France"),
    ("en", "Algeria deplored that France backed the Moroccan plan.", "Algeria", "France"),
    ("es", "Argelia lamentó que España haya decidido apoyar el plan marroquí.", "Algeria", "Spain"),
    ("fr", "Alger a regretté que Madrid soutienne le plan marocain.", "Algeria", "Spain"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "critic", "criticised"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_stance_on_a_clause_is_aimed_at_its_subject(world_code, lang, text, critic, criticised):
    events = world_code(text, lang)
    assert any(critic in e.actor and criticised in e.recipient for e in real_events(events, "ACCUSE")), shown(
        events
    )


@pytest.mark.slow
def test_a_contrasted_stance_is_no_reason(world_code):
    events = world_code("Rabat a salué la décision, tandis qu'Alger a dénoncé ce choix.", "fr")
    assert not any("Algeria" in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
