"""Phone calls told with an adverbial ("s'est entretenu par téléphone avec", "conversó telefónicamente
con") are CONSULT with the phone mode. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CALLS = [
    ("fr", "Ahmed Attaf s'est entretenu par téléphone avec Nasser Bourita."),
    ("fr", "Ahmed Attaf a échangé par téléphone avec Nasser Bourita."),
    ("es", "Ahmed Attaf conversó telefónicamente con Nasser Bourita."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_a_phone_adverbial_gives_the_phone_mode(code, lang: str, text: str) -> None:
    calls = real_events(code(text, lang), "CONSULT")
    assert calls and all("phone" in e.mode for e in calls), calls
