"""A contrast the parser hangs under a parenthetical reporting clause ("X accepted the invitation,
Attaf said, while Y demanded...": "while Y demanded" under "said") is still another actor's act: its
subject is no counterpart of the first act. Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

CASES = [
    (
        "en",
        "Nasser Bourita, the Moroccan foreign minister, accepted the invitation, Ahmed Attaf said, while Sergey "
        "Lavrov, the Russian foreign minister, demanded that Spain also be invited.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES, ids=[c[0] for c in CASES])
def test_a_contrast_under_a_parenthetical_is_another_act(code, lang, text):
    events = code(text, lang)
    accepted = [e for e in events if e.type == "AGREE" and "Nasser_Bourita" in e.actor]
    assert accepted, shown(events)
    assert all("Sergey_Lavrov" not in e.recipient for e in accepted), shown(events)
