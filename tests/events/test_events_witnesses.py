"""Who witnesses a signing is no party to it: "signed the agreement with the FARC in the presence of Raúl
Castro", "a signé l'accord en présence de Raúl Castro", "firmó el acuerdo en presencia de Raúl Castro",
"وقع الاتفاق بحضور المبعوث الأممي مارتن كوبلر" (events.witnesses, `presence_marks` in
lang/<xx>/events.yaml). Before, the witness was the signatory's counterpart. At a meeting those present take
part ("la table ronde s'est tenue à Genève en présence du Maroc, de l'Algérie et du Front Polisario").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday

SIGNINGS = [
    (
        "en",
        "President Juan Manuel Santos signed the agreement on Monday in the presence of Raúl Castro.",
        "Raúl_Castro",
    ),
    ("fr", "Juan Manuel Santos a signé lundi l'accord en présence de Raúl Castro.", "Raúl_Castro"),
    ("es", "Juan Manuel Santos firmó el lunes el acuerdo en presencia de Raúl Castro.", "Raúl_Castro"),
    (
        "ar",
        "وقع ممثلو الأطراف الليبية أمس الاتفاق السياسي في الصخيرات بحضور المبعوث الأممي مارتن كوبلر.",
        "Martin_Kobler",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "witness"), SIGNINGS, ids=[f"{s[0]}{i}" for i, s in enumerate(SIGNINGS)]
)
def test_events_a_witness_is_no_party_to_the_signing(world_code, lang, text, witness):
    found = [e for e in world_code(text, lang, PUBLISHED) if e.type in ("SUPPORT", "AGREE")]
    assert found and not [e for e in found if witness in e.actor + e.recipient], shown(found)


def test_events_those_present_at_a_meeting_take_part(world_code):
    text = (
        "La table ronde s'est tenue lundi à Genève en présence du Maroc, de l'Algérie et du Front Polisario."
    )
    found = [e for e in world_code(text, "fr", PUBLISHED) if e.type == "CONSULT"]
    assert [e for e in found if {"Morocco", "Algeria", "Polisario_Front"} <= set(e.actor + e.recipient)], (
        shown(found)
    )
