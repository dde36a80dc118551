"""The leader of an armed movement named by his role ("le chef des Houthis", "the Houthi leader", "el
jefe del Ejército Nacional Libio"): kb/data/roles.yaml houthi_leader, lna_commander. Sentences written
for these tests (published 2024-03-13)."""

from __future__ import annotations

import pytest

# (lang, text, category, the leader expected among its participants)
LEADERS = [
    ("fr", "Le chef des Houthis a menacé lundi les États-Unis.", "THREATEN", "Abdul-Malik_al-Houthi"),
    ("en", "The Houthi leader threatened Saudi Arabia on Monday.", "THREATEN", "Abdul-Malik_al-Houthi"),
    ("ar", "هدد زعيم الحوثيين يوم الاثنين الولايات المتحدة.", "THREATEN", "Abdul-Malik_al-Houthi"),
    (
        "es",
        "El jefe del Ejército Nacional Libio se reunió el lunes con Abdulhamid Dbeibah en Trípoli.",
        "CONSULT",
        "Khalifa_Haftar",
    ),
    (
        "fr",
        "Le commandant de l'ANL a rencontré lundi Mohamed el-Menfi à Benghazi.",
        "CONSULT",
        "Khalifa_Haftar",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "leader"), LEADERS, ids=[f"{x[0]}-{x[3]}" for x in LEADERS])
def test_a_movement_leader_named_by_role(world_code, lang: str, text: str, kind: str, leader: str) -> None:
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert any(leader in e.actor + e.recipient for e in events), events
