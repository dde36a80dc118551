"""What an agreement provides for has not happened yet, the second of two provisions as much as the
first: "un acuerdo que prevé el paso de la ayuda y la retirada de las tropas" asserts no withdrawal
(events.modality: a noun coordinated with the object of a verb of planning is planned too). Sentences
written for these tests, each after a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, shown

PROVIDED = [
    (
        "es",
        "Ruanda y la República Democrática del Congo firmaron un acuerdo que prevé el paso de la ayuda "
        "humanitaria y la retirada de las tropas ruandesas.",
    ),
    (
        "fr",
        "Le Rwanda et la République démocratique du Congo ont signé un accord qui prévoit l'accès humanitaire "
        "et le retrait des troupes rwandaises.",
    ),
]


@pytest.mark.slow
@by_language(PROVIDED)
def test_a_second_provision_is_no_act_done(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert not real_events(events, "RETREAT"), shown(events)


@pytest.mark.slow
def test_a_withdrawal_told_beside_the_agreement_is_done(world_code) -> None:
    text = "Ruanda y la República Democrática del Congo firmaron un acuerdo y Ruanda retiró el martes sus tropas."
    events = world_code(AFTER_MEETING["es"] + text, "es")
    assert real_events(events, "RETREAT"), shown(events)
