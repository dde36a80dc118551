"""Who acts when the parse names no linked actor: a participle the parser hung on a noun naming the
very actor it acts on is an adverbial, not that noun's act ("l'expulsion de l'ambassadeur d'Espagne,
accusant Madrid de..."); a description the linker could not tell ("la junte" in an article naming
several juntas) is no licence to carry the previous sentence's actor. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events


@pytest.mark.slow
def test_a_participle_does_not_make_its_target_accuse_itself(world_code) -> None:
    text = "La veille, l'Algérie avait annoncé l'expulsion de l'ambassadeur de France, accusant Paris d'ingérence."
    accusations = real_events(world_code(text, "fr"), "ACCUSE")
    assert accusations and all(e.actor == ("Algeria",) and "France" in e.recipient for e in accusations), (
        accusations
    )


@pytest.mark.slow
def test_an_unresolved_junta_does_not_take_the_previous_actor(world_code) -> None:
    text = (
        "Le ministre togolais Robert Dussey a rencontré jeudi à Niamey des responsables du Mali, du Burkina "
        "Faso et du Niger. La junte a ensuite annoncé l'expulsion de l'ambassadeur d'Espagne."
    )
    expulsions = real_events(world_code(text, "fr"), "SANCTION")
    assert all("Robert_Dussey" not in e.actor for e in expulsions), expulsions
