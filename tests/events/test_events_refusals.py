"""Refusing to criticise is no rejection of the one spared: the criticism did not happen, and stays unreal
(events.refusals); refusing to meet still rejects the meeting. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

REFUSED_CRITICISMS = [
    ("en", "Algeria refused on Monday to condemn Russia."),
    ("fr", "L'Algérie a refusé lundi de condamner la Russie."),
    ("es", "Argelia se negó el lunes a condenar a Rusia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REFUSED_CRITICISMS, ids=[c[0] for c in REFUSED_CRITICISMS])
def test_refusing_to_criticise_is_no_rejection(code, lang: str, text: str) -> None:
    found = code(text, lang)
    assert not real_events(found, "REJECT"), shown(found)
    assert not real_events(found, "ACCUSE"), shown(found)  # the criticism did not happen


@pytest.mark.slow
def test_refusing_to_meet_still_rejects(code) -> None:
    found = code("Algeria refused on Monday to meet Russia.", "en")
    assert any("Russia" in e.recipient for e in real_events(found, "REJECT")), shown(found)
