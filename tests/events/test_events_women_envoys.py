"""Recalling or expelling an ambassador is a SANCTION whether the envoy is an "embajadora" or an
"ambassadrice": the trigger phrases of lang/es and lang/fr events.yaml cover the feminine forms.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CASES = [
    ("es", "El Gobierno de Ghana retiró ayer a su embajadora en Nairobi."),
    ("es", "Ghana llamó a consultas el lunes a su embajadora en Nairobi."),
    ("es", "Ghana expulsó el lunes a la embajadora de Kenia."),
    ("fr", "Le Ghana a rappelé lundi son ambassadrice à Nairobi."),
    ("fr", "Le Ghana a retiré lundi son ambassadrice au Kenya."),
    ("fr", "Le Ghana a ordonné lundi le départ de l'ambassadrice du Kenya."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CASES)
def test_a_woman_envoy_recalled_or_expelled_is_a_sanction(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2024-05-22"), "SANCTION")
    assert [(list(e.actor), list(e.recipient)) for e in found] == [(["Ghana"], ["Kenya"])]
