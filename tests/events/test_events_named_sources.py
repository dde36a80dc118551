"""A party the sentence names both in the event and in the attribution phrase takes part in the event:
"Tiani aceptó la propuesta de mediación de Togo, según un comunicado de la Presidencia togolesa" (Togo
mediates, whoever tells it), "قبلت جماعة الحوثي مقترح الوساطة العماني، بحسب بيان الخارجية العمانية"
(events.attribution.sources). A source named only in the attribution stays out. Sentences written for
these tests, each after a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, shown

NAMED_TWICE = [
    (
        "es",
        AFTER_MEETING["es"]
        + "El general Tiani aceptó la propuesta de mediación de Togo, según un comunicado de la "
        + "Presidencia togolesa.",
        "Togo",
    ),
    (
        "ar",
        AFTER_MEETING["ar"]
        + "وقبلت جماعة الحوثي مقترح الوساطة العماني، بحسب بيان صادر عن الخارجية العمانية.",
        "Oman",
    ),
    (
        "en",
        AFTER_MEETING["en"]
        + "The Houthis accepted the Omani mediation proposal, according to a statement from Oman's "
        + "foreign ministry.",
        "Oman",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "party"), NAMED_TWICE, ids=[n[0] for n in NAMED_TWICE])
def test_a_party_also_named_as_the_source_stays_a_party(world_code, lang: str, text: str, party: str) -> None:
    agreements = real_events(world_code(text, lang), "AGREE")
    assert any(party in e.actor + e.recipient for e in agreements), shown(agreements)


@pytest.mark.slow
def test_a_source_named_only_in_the_attribution_stays_out(world_code) -> None:
    text = (
        AFTER_MEETING["es"]
        + "El general Tiani aceptó la propuesta de la Cedeao, según la Presidencia togolesa."
    )
    agreements = real_events(world_code(text, "es"), "AGREE")
    assert agreements and not any("Togo" in e.actor + e.recipient for e in agreements), shown(agreements)
