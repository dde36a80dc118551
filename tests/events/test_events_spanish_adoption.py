"""The Security Council approving a resolution ("aprobó la resolución", the usual Spanish word beside
"adoptó") is its own act of adoption, which needs no counterpart: it stays beside the other events of the
article (lexicon `adoptions`; sentences written for these tests)."""

from __future__ import annotations

from tests.events.conftest import real_events, shown


def test_approving_a_resolution_is_an_adoption(world_code):
    text = (
        "El Consejo de Seguridad aprobó el jueves la resolución 2756. La resolución pide a Marruecos y al "
        "Frente Polisario que cooperen con el enviado personal."
    )
    events = world_code(text, "es", "2024-11-27")
    adopted = real_events(events, "SUPPORT") + real_events(events, "AGREE")
    assert [e.actor for e in adopted] == [("United_Nations_Security_Council",)], shown(events)
    assert real_events(events, "REQUEST"), shown(events)
