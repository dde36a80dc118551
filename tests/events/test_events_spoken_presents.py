"""A misdeed a speaker ascribes in the Spanish present ("Rusia cree que la resolución socava el proceso"):
the tagger reads "socava" as an adjective and the lemmatizer leaves it as it is, so the spoken criticism
was lost. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

SPOKEN = [
    ("es", "Argelia cree que la resolución socava el proceso político."),
    ("es", "Argelia afirma que España socava los esfuerzos de paz."),
]


@pytest.mark.slow
@by_language(SPOKEN)
def test_a_misdeed_said_in_the_present_is_criticism(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert any(e.actor == ("Algeria",) for e in real_events(events, "ACCUSE")), shown(events)
