"""A stance noun with a possessive, joined to another stance the verb renews ("a renouvelé son soutien au
plan et son appel à l'Algérie à rejoindre"), is the subject's own call: a strong trigger (a possessive
names its holder: events.nominal.owned), not an act the renewal is about (events.clause_status).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SECOND_STANCES = [
    (
        "La France a renouvelé son soutien au plan d'autonomie et son appel à l'Algérie à rejoindre les "
        "tables rondes.",
        "France",
        "Algeria",
    ),
    (
        "La Russie a réaffirmé son soutien à Staffan de Mistura et son appel au Maroc et à l'Algérie à "
        "reprendre le dialogue.",
        "Russia",
        "Morocco",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "caller", "called"), SECOND_STANCES, ids=["renouvelé", "réaffirmé"])
def test_a_call_joined_to_a_renewed_support_is_the_subjects(world_code, text, caller, called):
    found = world_code(text, "fr")
    requests = [e for e in real_events(found, "REQUEST") if caller in e.actor]
    assert requests and called in requests[0].recipient, shown(found)
    assert [e for e in real_events(found, "SUPPORT") if caller in e.actor], shown(found)
