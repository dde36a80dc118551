"""An actor named as a portfolio of a ministry's title ("Ministerio de Asuntos Exteriores, Unión
Europea y Cooperación", "ministry of Foreign Affairs, European Union and Cooperation") is part of the
title, not a participant; the same actor named on its own still acts. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

TITLES = [
    (
        "es",
        "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación pidió a Rusia que respete la tregua.",
    ),
    ("es", "El ministro de Exteriores, UE y Cooperación criticó a Rusia por el ataque."),
    (
        "en",
        "The ministry of Foreign Affairs, European Union and Cooperation urged Russia to respect the truce.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TITLES, ids=[f"{t[0]}-{i}" for i, t in enumerate(TITLES)])
def test_a_portfolio_is_no_participant(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert all("European_Union" not in e.actor + e.recipient for e in events), events


ACTING = [
    ("es", "La Unión Europea y Cooperación Española firmaron un acuerdo con Marruecos."),
    ("es", "El ministro marroquí criticó a la Unión Europea y Francia por la decisión."),
    ("en", "The minister criticised the European Union and Russia over the decision."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ACTING, ids=[f"{t[0]}-{i}" for i, t in enumerate(ACTING)])
def test_the_union_named_on_its_own_still_takes_part(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert any("European_Union" in e.actor + e.recipient for e in events), events


@pytest.mark.slow
def test_a_title_listing_portfolios_is_its_holders(world_code) -> None:
    text = (
        "El canciller argelino, Ahmed Attaf, llegó a Madrid el lunes. El ministro de Asuntos Exteriores, "
        "Unión Europea y Cooperación, José Manuel Albares, criticó a Rusia por el ataque."
    )
    accusations = real_events(world_code(text, "es"), "ACCUSE")
    assert accusations and all(e.actor == ("José_Manuel_Albares",) for e in accusations), accusations
