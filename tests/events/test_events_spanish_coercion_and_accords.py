"""Spanish wire wordings of arrests, expulsions, agreements and concessions (lang/es/events.yaml):
"deportó a tres periodistas", "detuvo a dos periodistas", "capturó a un dirigente" (the personal "a":
not "capturaron la ciudad", "detener la ofensiva"), "se avino a liberar", "se emplazaron a reunirse"
(not "emplazó al ELN a reunirse": a demand), "permitió el ingreso de la ayuda". Sentences written for
these tests, each after a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, real_events, real_involving, shown

ASSERTED = [
    ("El Gobierno venezolano deportó a tres periodistas colombianos.", "COERCE", "Venezuela"),
    ("Venezuela capturó el martes a un dirigente opositor en Zulia.", "COERCE", "Venezuela"),
    ("Las autoridades sudanesas detuvieron el martes a dos periodistas en Jartum.", "COERCE", "Sudan"),
    ("El ELN se avino a liberar a los rehenes.", "AGREE", "National_Liberation_Army_(Colombia)"),
    ("Colombia y el ELN se emplazaron a reunirse de nuevo en La Habana.", "AGREE", "Colombia"),
    ("Maduro permitió el ingreso de la ayuda humanitaria.", "CONCEDE", "Nicolás_Maduro"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who"), ASSERTED, ids=[a[1] for a in ASSERTED])
def test_spanish_wordings_of_material_and_agreed_acts(world_code, text: str, kind: str, who: str) -> None:
    events = world_code(AFTER_MEETING["es"] + text, "es")
    assert real_involving(events, kind, who), shown(events)


NOT_ASSERTED = [
    ("Las FAR capturaron la ciudad de Wad Madani.", "COERCE"),
    ("El Ejército logró detener la ofensiva de las FAR.", "COERCE"),
    ("Petro emplazó al ELN a reunirse de nuevo en La Habana.", "AGREE"),
    ("La policía no detuvo a ningún periodista.", "COERCE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), NOT_ASSERTED, ids=[n[1] for n in NOT_ASSERTED])
def test_spanish_lookalikes_assert_no_such_act(world_code, text: str, kind: str) -> None:
    events = world_code(AFTER_MEETING["es"] + text, "es")
    assert not real_events(events, kind), shown(events)
