"""A feeling told with its cause ("disappointed by", "déçue par", "preocupado por"): who feels is the
actor of the stance, and the cause's owner its target, not the agent of a passive. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chad was disappointed by Sudan's decision to close the border."),
        ("en", "Chad said it was concerned by Sudan's decision to close the border."),
        ("fr", "Le Tchad s'est dit déçu par la décision du Soudan de fermer la frontière."),
        ("fr", "Le Tchad est préoccupé par la décision du Soudan de fermer la frontière."),
        ("es", "Chad se mostró decepcionado por la decisión de Sudán de cerrar la frontera."),
    ],
)
def test_the_one_who_feels_takes_a_stance_on_the_cause(world_code, lang, text):
    events = world_code(text, lang)
    assert any(e.actor == ("Chad",) and "Sudan" in e.recipient for e in real_events(events, "ACCUSE")), shown(
        events
    )
    assert not any("Sudan" in e.actor for e in real_events(events, "ACCUSE")), shown(events)


def test_a_passive_of_an_act_keeps_its_agent(world_code):
    """ "was condemned by": condemning is an act, its agent is who condemns."""
    events = real_events(world_code("Chad was condemned by Sudan on Monday.", "en"), "ACCUSE")
    assert any(e.actor == ("Sudan",) and "Chad" in e.recipient for e in events), shown(events)
