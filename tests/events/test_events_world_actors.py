"""Actors of the other dossiers the KB lacked (kb/data/persons_world.yaml): the ELN's commander, the
Sudanese army's assistant commander-in-chief, the US ambassador to Yemen, and a common spelling of the
eastern Libyan prime minister's name. Unlinked, their acts lost their actor or recipient. Sentences
written for these tests."""

from __future__ import annotations

import pytest

# (lang, text, category, the participant expected)
NAMED = [
    (
        "es",
        "El comandante del ELN, Antonio García, criticó el lunes a Gustavo Petro.",
        "ACCUSE",
        "Antonio_García_(ELN)",
    ),
    (
        "fr",
        "Le général Yasser al-Atta a accusé lundi les Émirats arabes unis d'armer les paramilitaires.",
        "ACCUSE",
        "Yasser_al-Atta",
    ),
    (
        "ar",
        "اتهم الفريق ياسر العطا الإمارات يوم الاثنين بتسليح قوات الدعم السريع.",
        "ACCUSE",
        "Yasser_al-Atta",
    ),
    (
        "fr",
        "Rachad al-Alimi a rencontré lundi l'ambassadeur américain Steven Fagin.",
        "CONSULT",
        "Steven_Fagin",
    ),
    ("en", "Osama Hamad met the Egyptian ambassador in Benghazi on Monday.", "CONSULT", "Osama_Hammad"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "who"), NAMED, ids=[f"{n[0]}-{n[3]}" for n in NAMED])
def test_actor_of_another_dossier_takes_part(world_code, lang: str, text: str, kind: str, who: str) -> None:
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert any(who in e.actor + e.recipient for e in events), events
