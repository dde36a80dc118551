"""An active verb coordinated with a passive shares its subject, who acts in it, on sentences written for
these tests: "Algeria was invited to the round table and rejected the invitation" is Algeria's refusal;
"Morocco was invited to the talks and accepted the invitation" Morocco's acceptance (events.arguments
`_subject`). Before, the subject was only the passive's patient, and the second act had no actor."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Algeria was invited to the round table and rejected the invitation.", "REJECT", "Algeria"),
        ("Morocco was invited to the talks and accepted the invitation.", "AGREE", "Morocco"),
    ],
    ids=["rejected", "accepted"],
)
def test_the_passives_subject_acts_in_the_active_conjunct(code, text: str, kind: str, actor: str) -> None:
    events = real_events(code(text, "en"), kind)
    assert events and events[0].actor == (actor,), shown(events)
