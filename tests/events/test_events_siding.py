"""Taking a side is support: "Senegal sided with Morocco", "se range derrière la position du Maroc",
"se alinea con", "se puso del lado de", and "se alegró de" is welcoming (no meeting because the thing
welcomed is a dialogue). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

SIDING = [
    ("en", "Senegal sided with Morocco on the issue."),
    ("fr", "Le Sénégal se range derrière la position du Maroc."),
    ("fr", "Le Sénégal s'est rangé aux côtés du Maroc."),
    ("es", "Senegal se alinea con la posición de Marruecos."),
    ("es", "Senegal se puso del lado de Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SIDING, ids=[s[0] for s in SIDING])
def test_taking_a_side_is_support(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in events] == [("SUPPORT", ("Senegal",), ("Morocco",))], (
        shown(events)
    )


@pytest.mark.slow
def test_rejoicing_at_a_dialogue_welcomes_it(world_code) -> None:
    events = real_events(
        world_code("Francia se alegró de la reanudación del diálogo entre Rabat y Argel.", "es")
    )
    assert [e.type for e in events] == ["SUPPORT"], shown(events)


@pytest.mark.slow
def test_aligning_ones_policies_is_no_support(world_code) -> None:
    events = world_code("El Gobierno alineó sus políticas con las normas de la Unión Europea.", "es")
    assert not real_events(events, "SUPPORT"), shown(events)
