"""The French noun of an exhortation is a call, as the Spanish "exhortación" is: its holder asks the
ones it names to act, and the talks it asks for are not held. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

EXHORTATIONS = [
    (
        "L'exhortation de Staffan de Mistura au Maroc et à l'Algérie à reprendre les négociations est restée "
        "sans réponse.",
        "Staffan_de_Mistura",
        "Algeria",
    ),
    (
        "Le Maroc a répondu à l'exhortation de la France à reprendre le dialogue avec l'Algérie.",
        "France",
        "Algeria",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "caller", "called"), EXHORTATIONS)
def test_a_french_exhortation_is_a_request(world_code, text, caller, called):
    found = world_code(text, "fr")
    requests = [e for e in real_events(found, "REQUEST") if caller in e.actor]
    assert requests and called in requests[0].recipient, shown(found)
    assert not real_events(found, "CONSULT"), shown(found)
