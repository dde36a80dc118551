"""An act a stance is about is not the stance-holder's act (events.clause_status.reacted_on): "expressed
his gratitude for the mediation efforts of Qatar", "expresó su agradecimiento por la mediación de Catar",
"voiced his appreciation for the talks hosted by Qatar" are the holder's SUPPORT, not a meeting the holder
held. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

GRATEFUL = [
    (
        "en",
        "Kenya's president William Ruto expressed his gratitude on Friday for the mediation efforts of Qatar.",
    ),
    (
        "es",
        "El presidente keniano William Ruto expresó el viernes su agradecimiento por la mediación de Catar.",
    ),
    ("en", "Kenya's president William Ruto voiced his appreciation on Friday for the talks hosted by Qatar."),
]


@pytest.mark.parametrize(("lang", "text"), GRATEFUL, ids=[f"{g[0]}-{g[1][40:60]}" for g in GRATEFUL])
def test_the_act_a_stance_is_about_is_not_the_holder_s(world_code, lang, text):
    events = real_events(world_code(text, lang))
    assert any(e.type == "SUPPORT" and "William_Ruto" in e.actor and "Qatar" in e.recipient for e in events)
    assert not any(e.type == "CONSULT" and "William_Ruto" in e.actor for e in events), shown(events)
