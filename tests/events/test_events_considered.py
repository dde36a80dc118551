"""An act a government weighs or does not rule out is not done: "n'exclut pas de rappeler son
ambassadeur", "is weighing recalling", "estudia llamar a consultas" (lang/<xx>/events.yaml:
`hypothetical` takes "exclure", `future_heads` the verbs of weighing). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WEIGHED = [
    ("fr", "Le Maroc n'exclut pas de rappeler son ambassadeur à Alger."),
    ("fr", "Le Maroc a exclu de rappeler son ambassadeur à Alger."),
    ("en", "Morocco is weighing recalling its ambassador to Algiers."),
    ("es", "Marruecos estudia llamar a consultas a su embajador en Argel."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), WEIGHED, ids=[f"{r[0]}-{i}" for i, r in enumerate(WEIGHED)])
def test_events_a_weighed_recall_is_not_done(world_code, lang, text):
    found = world_code(text, lang)
    assert not real_events(found, "SANCTION"), shown(found)
