"""A subject describing the movement ("le mouvement indépendantiste", "the separatists", "el movimiento
independentista", "الانفصاليون") stands for the one armed movement the article names; with none named
it is nobody known, never the last actor ("Le mouvement séparatiste a accusé le Maroc" after a meeting of
the UN envoy's was coded as the envoy accusing Morocco). Data: lang/descriptions.yaml (armed_group).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

POLISARIO = "Polisario_Front"

# (lang, text): the envoy met the movement's leaders, then the description accuses Morocco
LINKED = [
    (
        "fr",
        "L'envoyé de l'ONU Staffan de Mistura a rencontré mercredi les dirigeants du Front Polisario à "
        "Tindouf. À l'issue de la rencontre, le mouvement indépendantiste a accusé Rabat de saper ses efforts.",
    ),
    (
        "en",
        "UN envoy Staffan de Mistura met the leaders of the Polisario Front in Tindouf on Wednesday. "
        "The separatists later accused Morocco of blocking the process.",
    ),
    (
        "es",
        "El enviado de la ONU Staffan de Mistura se reunió el miércoles en Tinduf con los dirigentes del "
        "Frente Polisario. El movimiento independentista acusó después a Marruecos de bloquear el proceso.",
    ),
    (
        "ar",
        "التقى المبعوث الأممي ستافان دي ميستورا يوم الأربعاء في تندوف قادة جبهة البوليساريو. "
        "واتهم الانفصاليون المغرب بعرقلة العملية.",
    ),
]

# (lang, text): no movement named; the envoy, the last actor, accused no one
UNRESOLVED = [
    (
        "fr",
        "Le ministre algérien Ahmed Attaf a reçu jeudi Staffan de Mistura à Alger. Le mouvement "
        "séparatiste a ensuite accusé le Maroc de bloquer le processus.",
    ),
    (
        "en",
        "UN envoy Staffan de Mistura met Algerian Foreign Minister Ahmed Attaf in Algiers on Thursday. "
        "The independence movement later accused Morocco of blocking the process.",
    ),
    (
        "es",
        "El enviado de la ONU Staffan de Mistura se reunió el jueves en Argel con el ministro argelino "
        "Ahmed Attaf. El movimiento independentista acusó después a Marruecos de bloquear el proceso.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), LINKED, ids=[c[0] for c in LINKED])
def test_events_movement_description_is_the_movement(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-04-12"), "ACCUSE")
    assert [(e.actor, e.recipient) for e in found] == [((POLISARIO,), ("Morocco",))], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNRESOLVED, ids=[c[0] for c in UNRESOLVED])
def test_events_unresolved_movement_description_is_not_the_last_actor(world_code, lang, text):
    found = world_code(text, lang, "2025-04-12")
    assert all("Staffan_de_Mistura" not in e.actor for e in real_events(found, "ACCUSE")), shown(found)
