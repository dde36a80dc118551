"""An assembly named as where a stance was taken is not whom the stance is about (events.venues,
lexicons `venue_bodies`, `venue_prepositions`); a meeting keeps it. Sentences written for these tests,
with the packaged knowledge base (the assemblies are in it)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

IN_AN_ASSEMBLY = [
    (
        "es",
        "La ministra Margarita Robles defendió el jueves en el Congreso de los Diputados el respaldo del "
        "Gobierno a la mediación de Catar.",
    ),
    (
        "en",
        "The Spanish foreign minister defended in the European Parliament on Thursday Spain's backing for "
        "Qatar's mediation.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), IN_AN_ASSEMBLY, ids=[c[0] for c in IN_AN_ASSEMBLY])
def test_the_assembly_where_a_stance_is_taken_is_no_recipient(world_code, lang, text):
    supports = real_events(world_code(text, lang), "SUPPORT")
    assert supports and all(e.recipient == ("Qatar",) for e in supports), shown(world_code(text, lang))


@pytest.mark.slow
def test_an_assembly_criticised_stays_the_recipient(world_code):
    text = "Margarita Robles criticó el jueves al Congreso de los Diputados por su lentitud."
    accusations = real_events(world_code(text, "es"), "ACCUSE")
    assert any("Congress_of_Deputies" in e.recipient for e in accusations), shown(world_code(text, "es"))
