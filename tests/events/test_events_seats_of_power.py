"""Presidential palaces of the Colombia/Venezuela dossier stand for their government as the White House
or the Élysée do ("la Casa de Nariño rechazó", "Miraflores a accusé"): kb/data/places.yaml. Sentences
written for these tests."""

from __future__ import annotations

import pytest

# (lang, text, category, actor, recipient)
SEATS = [
    (
        "es",
        "La Casa de Nariño rechazó el lunes las declaraciones de Miraflores.",
        "REJECT",
        "Colombia",
        "Venezuela",
    ),
    (
        "fr",
        "Miraflores a accusé lundi la Casa de Nariño de préparer un complot.",
        "ACCUSE",
        "Venezuela",
        "Colombia",
    ),
    (
        "en",
        "Miraflores accused Washington on Monday of plotting a coup.",
        "ACCUSE",
        "Venezuela",
        "United_States",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "actor", "recipient"), SEATS, ids=[s[0] for s in SEATS])
def test_a_presidential_palace_stands_for_its_government(
    world_code, lang: str, text: str, kind: str, actor: str, recipient: str
) -> None:
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert any(actor in e.actor and recipient in e.recipient for e in events), events
