"""Confidence declared in someone is SUPPORT ("has full confidence in his envoy", "garde toute sa
confiance à", "tiene plena confianza en"); confidence withdrawn from an envoy is a SANCTION ("withdrew its
confidence in", "a retiré sa confiance à", "retiró su confianza a", "سحب ثقتها من"). A lack of confidence
in a process is neither. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

BACKED = [
    ("en", "Tension was high. On Thursday, Ban Ki-moon said he had full confidence in Christopher Ross."),
    (
        "fr",
        "La tension était vive. Jeudi, Ban Ki-moon a assuré garder toute sa confiance à Christopher Ross.",
    ),
    ("es", "La tensión era alta. El jueves, Ban Ki-moon afirmó tener plena confianza en Christopher Ross."),
]
WITHDRAWN = [
    (
        "en",
        "Tension was high. On Thursday, Morocco withdrew its confidence in the UN envoy Christopher Ross.",
    ),
    ("fr", "La tension était vive. Jeudi, le Maroc a retiré sa confiance à l'envoyé Christopher Ross."),
    ("es", "La tensión era alta. El jueves, Marruecos retiró su confianza al enviado Christopher Ross."),
    ("ar", "كانت الأجواء متوترة. أعلنت الحكومة المغربية يوم الخميس سحب ثقتها من المبعوث كريستوفر روس."),
]


@pytest.mark.parametrize(("lang", "text"), BACKED, ids=[b[0] for b in BACKED])
def test_confidence_declared_is_support(world_code, lang, text):
    found = world_code(text, lang, "2012-05-19")
    assert told_between(found, "SUPPORT", "Ban_Ki-moon", "Christopher_Ross"), shown(found)


@pytest.mark.parametrize(("lang", "text"), WITHDRAWN, ids=[w[0] for w in WITHDRAWN])
def test_confidence_withdrawn_is_a_sanction(world_code, lang, text):
    found = world_code(text, lang, "2012-05-19")
    assert told_between(found, "SANCTION", "Morocco", "Christopher_Ross"), shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


def test_a_lack_of_confidence_in_a_process_is_no_event(world_code):
    found = world_code(
        "Tension was high. On Thursday, the envoy said he lacked confidence in the process.", "en"
    )
    assert not real_events(found), shown(found)
