"""The parties an asking verb lists before the infinitive it asks for are its object, though the French
parser reads them as its subject ("appelle le Maroc, le Front Polisario, l'Algérie et la Mauritanie à
reprendre": lang/parse_repairs.yaml `asked_objects`): the caller is the subject of the clause, or of the
verb the call is coordinated with. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PARTIES = {"Morocco", "Algeria", "Polisario_Front", "Mauritania"}

# (text, caller or None when the text names none)
LISTED_PARTIES = [
    (
        "Le Conseil de sécurité a adopté jeudi une résolution qui prolonge d'un an le mandat de la MINURSO "
        "et appelle le Maroc, le Front Polisario, l'Algérie et la Mauritanie à reprendre les négociations.",
        "United_Nations_Security_Council",
    ),
    (
        "La résolution 2703, adoptée jeudi, exhorte le Maroc, le Front Polisario, l'Algérie et la Mauritanie à "
        "reprendre les discussions.",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "caller"), LISTED_PARTIES, ids=["conjoined", "resolution"])
def test_parties_listed_before_the_infinitive_are_asked(world_code, text, caller):
    found = world_code(text, "fr")
    requests = real_events(found, "REQUEST")
    assert requests, shown(found)
    assert not PARTIES & set(requests[0].actor), shown(found)
    assert PARTIES <= set(requests[0].recipient), shown(found)
    assert caller is None or caller in requests[0].actor, shown(found)


# The list the parser broke, hanging its later parties on the main verb (events.asks.asked_parties).
BROKEN_LISTS = [
    "Le Conseil de sécurité a prorogé jeudi le mandat de la MINURSO, appelant le Maroc, le Front Polisario, "
    "l'Algérie et la Mauritanie à reprendre les négociations.",
    "La France salue le plan et appelle le Maroc, l'Algérie, le Front Polisario et la Mauritanie à reprendre "
    "les discussions.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", BROKEN_LISTS, ids=["participle", "coordinated"])
def test_every_party_listed_before_the_infinitive_is_asked(world_code, text):
    found = world_code(text, "fr")
    requests = real_events(found, "REQUEST")
    assert requests and PARTIES <= set(requests[0].recipient), shown(found)
