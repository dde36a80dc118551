"""A count of votes ("14 votes in favour", "12 voix pour", "13 votos a favor") is cast by members it
does not name: a member the sentence names beside it ("and Russia abstaining") cast another vote
(our own sentences)."""

import pytest

from .conftest import real_events

TALLIES = [
    (
        "en",
        "The Security Council endorsed the truce plan on Monday, with 14 votes in favour and Russia abstaining.",
    ),
    ("en", "The Council renewed the mission by 13 votes in favor, with China and Russia abstaining."),
    ("fr", "Le Conseil de sécurité a adopté lundi le texte par 12 voix pour, la Russie s'abstenant."),
    ("es", "El Consejo de Seguridad aprobó el lunes el texto con 13 votos a favor y la abstención de Rusia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TALLIES, ids=[f"{t[0]}{i}" for i, t in enumerate(TALLIES)])
def test_a_member_named_beside_a_vote_count_did_not_vote_for(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert not [e for e in events if e.type == "SUPPORT" and "Russia" in e.actor], events
    assert any(e.type == "REJECT" and "Russia" in e.actor for e in events), events


VOTES_CAST = [
    ("en", "Russia and China voted in favour of the resolution on Monday."),
    ("fr", "La Russie a voté pour le texte lundi."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), VOTES_CAST, ids=[v[0] for v in VOTES_CAST])
def test_a_vote_a_named_member_cast_stays(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang), "SUPPORT")
    assert any("Russia" in e.actor for e in events), events
