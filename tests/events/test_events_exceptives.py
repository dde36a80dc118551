"""A negation undone by an exceptive right before the verb ("could not but denounce", "no puede sino
condenar", "لا يسعها إلا أن تدين"): the speaker could do nothing else, and did (lang/<xx>/events.yaml
`exceptives`, events.modality; the Arabic form was read so before). A "but" that opens another clause
leaves the first one negated. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

UNDONE = {
    "en": "Oman said it could not but denounce the American strikes.",
    "es": "Omán no puede sino condenar los ataques estadounidenses.",
    "ar": "وقالت سلطنة عمان إنها لا يسعها إلا أن تدين الضربات الأمريكية.",
}

STILL_NEGATED = {
    "en": "Oman did not condemn the American strikes but called for restraint.",
    "es": "Omán no condenó los ataques estadounidenses sino que pidió calma.",
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(UNDONE))
def test_events_an_exceptive_undoes_the_negation(world_code, lang):
    found = real_events(world_code(UNDONE[lang], lang), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [(("Oman",), ("United_States",))], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(STILL_NEGATED))
def test_events_a_but_opening_another_clause_keeps_the_negation(world_code, lang):
    assert real_events(world_code(STILL_NEGATED[lang], lang), "ACCUSE") == []
