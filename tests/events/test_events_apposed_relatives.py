"""A dative relative clause after a noun in apposition addresses the name before the comma: "Kenia,
país al que acusa de apoyar a las FAR", "Benín, un país vecino al que acusa" (events.relatives: the
noun may stand between the comma and the preposition). Sentences written for these tests, each after
a meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown, told_between

OPENER = "Guterres se reunió con Burhan el lunes en Nueva York. "

APPOSED = [
    ("Sudán expulsó a dos diplomáticos de Kenia, país al que acusa de apoyar a las FAR.", "Sudan", "Kenya"),
    (
        "Níger cerró su frontera con Benín, un país vecino al que acusa de albergar bases francesas.",
        "Niger",
        "Benin",
    ),
    ("Malí expulsó al embajador de Argelia, país al que acusa de injerencia.", "Mali", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor", "accused"), APPOSED, ids=["kenya", "benin", "algeria"])
def test_the_name_before_an_apposed_relative_is_addressed(
    world_code, text: str, actor: str, accused: str
) -> None:
    events = world_code(OPENER + text, "es")
    assert told_between(events, "ACCUSE", actor, accused), shown(events)
