"""Wordings of the Spanish wire services (EFE, Europa Press) on other dossiers than the Sahara: a stance
told with a locution ("se mostró a favor de", "se pronunció en contra de"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, told_between

IN_FAVOUR = [
    "España se mostró a favor del plan de autonomía de Marruecos.",
    "Rusia se pronunció el martes a favor de la propuesta de Argelia.",
]
AGAINST = [
    "Argelia se mostró en contra de la propuesta de Marruecos.",
    "Rusia se pronunció el martes en contra del plan de España.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", IN_FAVOUR, ids=range(len(IN_FAVOUR)))
def test_a_stance_in_favour_is_support(code, text: str) -> None:
    events = code(text, "es")
    assert told_between(events, "SUPPORT", "Spain", "Morocco") or told_between(
        events, "SUPPORT", "Russia", "Algeria"
    ), events


@pytest.mark.slow
@pytest.mark.parametrize("text", AGAINST, ids=range(len(AGAINST)))
def test_a_stance_against_is_reject(code, text: str) -> None:
    events = code(text, "es")
    assert told_between(events, "REJECT", "Algeria", "Morocco") or told_between(
        events, "REJECT", "Russia", "Spain"
    ), events
    assert not real_events(events, "AGREE"), events
