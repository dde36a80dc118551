"""Opening relations with a state is establishing them (AGREE): "opened official relations with",
"a ouvert des relations avec", "abrió relaciones con", "la apertura de relaciones oficiales con"
(lang/xx/events.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CASES = [
    ("en", "Nicaragua opened official relations with Ghana on Sunday."),
    ("fr", "Le Nicaragua a ouvert dimanche des relations officielles avec le Ghana."),
    ("es", "Nicaragua abrió el domingo relaciones oficiales con Ghana."),
    ("es", "Nicaragua anunció el domingo la apertura de relaciones diplomáticas con Ghana."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES)
def test_opening_relations_is_an_agreement(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2024-03-13"), "AGREE")
    assert [(list(e.actor), list(e.recipient)) for e in found] == [(["Nicaragua"], ["Ghana"])]
