"""An agreement to an act, or a refusal of one, is an event even when the sentence names no counterpart:
"Haftar agreed to withdraw the mercenaries", "a accepté de retirer", "aceptó liberar", "a refusé de
lever", "se negó a retirar" (events.asks.commits_to_act lifts the no-recipient factor of
events.confidence). Not when the agreement is denied or only possible. Sentences
written for these tests, each after a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, real_involving, shown

AGREED = [
    ("en", "Haftar agreed on Tuesday to withdraw the foreign mercenaries from the front line."),
    ("fr", "Le maréchal Haftar a accepté mardi de retirer les mercenaires étrangers de la ligne de front."),
    (
        "es",
        "El mariscal Haftar aceptó el martes retirar a los mercenarios extranjeros de la línea del frente.",
    ),
    ("es", "El mariscal Haftar se comprometió el martes a retirar a los mercenarios extranjeros del frente."),
]


@pytest.mark.slow
@by_language(AGREED)
def test_an_agreement_to_an_act_needs_no_counterpart(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "AGREE", "Khalifa_Haftar"), shown(events)


NOT_AGREED = [
    ("en", "Haftar did not agree to withdraw the foreign mercenaries from the front line."),
    ("fr", "Le maréchal Haftar n'a pas accepté de retirer les mercenaires étrangers de la ligne de front."),
    ("es", "El mariscal Haftar podría aceptar retirar a los mercenarios extranjeros de la línea del frente."),
    ("es", "El mariscal Haftar se negó a aceptar la retirada de los mercenarios extranjeros."),
]


@pytest.mark.slow
@by_language(NOT_AGREED)
def test_a_denied_or_possible_agreement_asserts_none(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert not real_events(events, "AGREE"), shown(events)


# a refusal to act is a rejection of that act, whoever asked for it; a denied refusal asserts none
REFUSED = [
    ("fr", "Le Parlement de Tobrouk a refusé de lever la suspension de la production pétrolière."),
    ("fr", "Le maréchal Haftar a refusé mardi de retirer ses troupes de Syrte."),
    ("en", "Haftar refused on Tuesday to withdraw his forces from Sirte."),
    ("es", "El mariscal Haftar se negó el martes a retirar sus fuerzas de Sirte."),
]


@pytest.mark.slow
@by_language(REFUSED)
def test_a_refusal_to_act_needs_no_counterpart(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert real_events(events, "REJECT"), shown(events)


@pytest.mark.slow
def test_a_denied_refusal_asserts_none(world_code) -> None:
    events = world_code(
        AFTER_MEETING["en"] + "Haftar did not refuse to withdraw his forces from Sirte.", "en"
    )
    assert not real_events(events, "REJECT"), shown(events)
