"""The bearer of a message ("X, porteur d'un message du président Y au roi Z") meets whom he meets; the
message's sender and addressee take no part in the meeting (events.arguments, lexicon `bearers`); nor
does the Secretary-General an envoy's title names. Sentences written for these tests, with the packaged
knowledge base."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

MESSENGERS = [
    (
        "fr",
        "Ahmed Attaf s'est entretenu mardi à Alger avec son homologue kényan, Musalia Mudavadi, porteur d'un "
        "message du président William Ruto au président Abdelmadjid Tebboune.",
    ),
    (
        "es",
        "Ahmed Attaf se reunió el martes en Argel con su homólogo keniano, Musalia Mudavadi, portador de un "
        "mensaje del presidente William Ruto al presidente Abdelmadjid Tebboune.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), MESSENGERS, ids=[c[0] for c in MESSENGERS])
def test_a_messages_sender_and_addressee_are_not_at_the_meeting(world_code, lang: str, text: str) -> None:
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings, shown(world_code(text, lang))
    for e in meetings:
        parties = set(e.actor + e.recipient)
        assert "Musalia_Mudavadi" in parties and "Ahmed_Attaf" in parties, shown(meetings)
        assert not parties & {"William_Ruto", "Abdelmadjid_Tebboune"}, shown(meetings)


@pytest.mark.slow
def test_an_envoy_the_kb_cannot_tell_is_not_the_secretary_general_named_in_his_title(world_code) -> None:
    """ "l'envoyé personnel du secrétaire général de l'ONU" with no dossier to tell which envoy: the envoy
    (an unknown person) is met, not the Secretary-General his title names (actors.stage._holders_inside)."""
    text = "Le président Abdelmadjid Tebboune a reçu mardi l'envoyé personnel du secrétaire général de l'ONU."
    meetings = real_events(world_code(text, "fr"), "CONSULT")
    assert meetings and all("António_Guterres" not in e.actor + e.recipient for e in meetings), shown(
        meetings
    )
