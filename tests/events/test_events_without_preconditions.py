""" "Without preconditions" denies nothing, on sentences written for these tests: a call to resume talks
"without preconditions" ("sans conditions préalables", "sin condiciones previas"), however the parser
hangs the phrase, is a call made (lexicon `not_denials`, events.modality)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

CALLS = [
    (
        "en",
        "The resolution once more calls on Morocco and the Polisario Front to resume negotiations under UN "
        'auspices, with the support of the envoy, "without preconditions and in good faith".',
    ),
    (
        "en",
        "The Security Council called on Morocco and the Polisario Front to resume negotiations under UN "
        'auspices, "without preconditions and in good faith".',
    ),
    (
        "fr",
        "Le Conseil a appelé le Maroc et le Front Polisario à reprendre les négociations sans conditions préalables.",
    ),
    (
        "es",
        "El Consejo instó a Marruecos y al Frente Polisario a reanudar las negociaciones sin condiciones previas.",
    ),
]


@by_language(CALLS)
def test_a_call_without_preconditions_is_made(code, lang: str, text: str) -> None:
    events = code(text, lang)
    calls = real_events(events, "REQUEST")
    assert calls and {"Morocco", "Polisario_Front"} <= set(calls[0].recipient), shown(events)
