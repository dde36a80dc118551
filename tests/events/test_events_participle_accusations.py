"""An accusation told by a present participle on a noun ("un communiqué accusant X de", "a letter to the
Council accusing X of"): the statement's author accuses, never the addressee the parser hung the
participle on; in an adverbial phrase ("Dans un communiqué accusant X, Y a appelé Z à agir") it is a
real act of its own, not what the other act asks for, and whom it names is no counterpart of that act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

LETTERS = [
    (
        "fr",
        "Le Front Polisario a adressé une lettre au Conseil de sécurité accusant le Maroc de bloquer le vote.",
    ),
    (
        "en",
        "The Polisario Front sent a letter to the Security Council accusing Morocco of blocking the vote.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LETTERS, ids=[t[0] for t in LETTERS])
def test_the_addressee_does_not_accuse(code, lang: str, text: str) -> None:
    accusations = real_events(code(text, lang), "ACCUSE")
    assert accusations and all(e.actor == ("Polisario_Front",) for e in accusations), accusations


ADJUNCTS = [
    (
        "fr",
        "Dans un communiqué accusant le Maroc d'entraver le processus, le Front Polisario a appelé l'Espagne "
        "à agir.",
    ),
    (
        "en",
        "In a statement accusing Morocco of obstructing the process, the Polisario Front called on Spain to "
        "act.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ADJUNCTS, ids=[t[0] for t in ADJUNCTS])
def test_an_accusation_in_an_adverbial_phrase_is_real_and_its_own(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    accusations = real_events(events, "ACCUSE")
    assert any(e.actor == ("Polisario_Front",) and "Morocco" in e.recipient for e in accusations), events
    requests = real_events(events, "REQUEST")
    assert requests and all("Morocco" not in e.recipient for e in requests), requests
