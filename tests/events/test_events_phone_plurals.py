"""Calls told in the plural or the dual are calls too, one with each party ("أجرى اتصالات هاتفية بكل من X
وY", "اتصالين هاتفيين", "mantuvo llamadas telefónicas con X e Y", whose plural the lemmatiser reads as the
adjective "llamado"): lang/ar/events.yaml and lang/es/events.yaml. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

CALLS = {
    "ar-plural": ("ar", "أجرى وزير الخارجية الأمريكي أنتوني بلينكن اتصالات هاتفية بكل من البرهان وحميدتي."),
    "ar-dual": ("ar", "أجرى بلينكن اتصالين هاتفيين بالبرهان وحميدتي."),
    "es-plural": ("es", "Blinken mantuvo llamadas telefónicas con Burhan y Hemedti el lunes."),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CALLS))
def test_events_calls_in_the_plural_are_one_call_each(world_code, case):
    lang, text = CALLS[case]
    found = real_events(world_code(text, lang, "2023-05-12"), "CONSULT")
    assert sorted((e.actor, e.recipient) for e in found) == [
        (("Antony_Blinken",), ("Abdel_Fattah_al-Burhan",)),
        (("Antony_Blinken",), ("Hemedti",)),
    ], shown(found)
