"""Summoned diplomats and foreign ministries named by whose they are. Sentences written for these tests.

- A summoned diplomat is the protest's recipient, even when the purpose clause names the protest again
  ("convocó al encargado de negocios francés para protestar"); one's own ambassador summoned for
  consultations is a recall (SANCTION), not a protest, and the Arabic "للتشاور" is no meeting.
- A ministry's bare title qualified by another state ("el Ministerio de Exteriores keniano", "el
  Ministerio de Asuntos Exteriores de Argelia") is that state's, not the one whose alias the bare title
  is (Spain's ministry in Spanish); a French demonym inside the title ("le ministère kényan des Affaires
  étrangères") is whose ministry it is, not one of its portfolios.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

PROTESTS = [
    ("es", "Argelia convocó al encargado de negocios francés para protestar.", "Algeria", "France"),
    (
        "es",
        "Marruecos convocó a la embajadora de España para protestar por sus declaraciones.",
        "Morocco",
        "Spain",
    ),
    ("fr", "L'Algérie a convoqué le chargé d'affaires français pour protester.", "Algeria", "France"),
    ("en", "Algeria summoned the French charge d'affaires to protest.", "Algeria", "France"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actor", "recipient"), PROTESTS, ids=[p[0] for p in PROTESTS])
def test_a_summoned_diplomat_is_the_protest_recipient(
    world_code, lang: str, text: str, actor: str, recipient: str
) -> None:
    events = real_events(world_code(text, lang), "ACCUSE")
    assert any(actor in e.actor and recipient in e.recipient for e in events), shown(events)


RECALLS = [
    ("es", "Argelia convocó a su embajador en Madrid para consultas."),
    ("fr", "L'Algérie a convoqué son ambassadeur à Madrid pour consultations."),
    ("en", "Algeria summoned its ambassador in Madrid for consultations."),
    ("ar", "استدعت الجزائر سفيرها في مدريد للتشاور."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RECALLS, ids=[r[0] for r in RECALLS])
def test_an_own_ambassador_summoned_for_consultations_is_recalled(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in events] == [("SANCTION", ("Algeria",), ("Spain",))], (
        shown(events)
    )


MINISTRIES = [
    ("es", "El Ministerio de Exteriores keniano condenó a Etiopía.", "Kenya"),
    ("es", "El Ministerio de Exteriores argelino condenó a Marruecos.", "Algeria"),
    ("es", "El Ministerio de Asuntos Exteriores de Argelia condenó a Marruecos.", "Algeria"),
    ("fr", "Le ministère kényan des Affaires étrangères a condamné l'Éthiopie.", "Kenya"),
    ("fr", "Le ministère kényan de la Défense a condamné l'Éthiopie.", "Kenya"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "state"), MINISTRIES, ids=[m[0] for m in MINISTRIES])
def test_a_ministry_qualified_by_a_state_is_that_states(world_code, lang: str, text: str, state: str) -> None:
    events = real_events(world_code(text, lang), "ACCUSE")
    assert len(events) == 1, shown(events)
    assert state in events[0].actor, shown(events)
    assert "Ministry_of_Foreign_Affairs_(Spain)" not in events[0].actor, shown(events)


@pytest.mark.slow
def test_a_bare_ministry_title_and_its_own_state_keep_their_ministry(world_code) -> None:
    events = real_events(
        world_code("El Ministerio de Exteriores de España condenó a Marruecos.", "es"), "ACCUSE"
    )
    assert any("Ministry_of_Foreign_Affairs_(Spain)" in e.actor or "Spain" in e.actor for e in events), shown(
        events
    )
    assert all("Spain" not in e.recipient for e in events), shown(events)
