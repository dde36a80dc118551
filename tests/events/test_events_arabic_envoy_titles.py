"""An ambassador's Arabic title names the state he represents inside it ("السفير المندوب الدائم للجزائر لدى
الأمم المتحدة"): that state is part of the title, not the target of what he says (kb roles.yaml, with
the country cue inside the phrase). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TITLED = [
    (
        "وانتقد السفير المندوب الدائم للجزائر لدى الأمم المتحدة، عمار بن جامع، مشروع القرار.",
        "ACCUSE",
        "Algeria",
    ),
    ("ورحب السفير الممثل الدائم للمغرب لدى الأمم المتحدة، عمر هلال، بالخطوة.", "SUPPORT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "state"), TITLED, ids=[t[2] for t in TITLED])
def test_the_state_in_an_ambassadors_title_is_not_the_target(
    world_code, text: str, kind: str, state: str
) -> None:
    events = real_events(world_code(text, "ar"), kind)
    assert events and all(state not in e.recipient for e in events), shown(events)
