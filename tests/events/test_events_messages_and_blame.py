"""Messages and calls handed over or received, and blame in idioms (sentences written for these tests):
a message delivered is a contact between who hands it and who gets it, not aid; a call or a message
received is the caller's or the sender's act; "s'en prendre à" and "tirer à boulets rouges sur" are
criticism, not an attack."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Chad's foreign minister delivered a message from President Déby to Abdel Fattah al-Burhan."),
        (
            "fr",
            "Le ministre tchadien des Affaires étrangères a remis à Abdel Fattah al-Burhan un message écrit.",
        ),
        ("es", "El canciller chadiano entregó a Abdel Fattah al Burhan un mensaje escrito."),
        ("ar", "سلم وزير الخارجية التشادي رسالة خطية إلى عبد الفتاح البرهان."),
    ],
)
def test_a_message_handed_over_is_a_contact(world_code, lang, text):
    events = world_code(text, lang)
    assert any("Abdel_Fattah_al-Burhan" in e.recipient for e in real_events(events, "CONSULT")), shown(events)
    assert not real_events(events, "AID"), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "تلقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان اتصالا هاتفيا من الرئيس التشادي.",
        "تلقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان رسالة خطية من الرئيس التشادي.",
    ],
)
def test_a_call_or_a_message_received_is_the_senders_act(world_code, text):
    meetings = real_events(world_code(text, "ar"), "CONSULT")
    assert any(
        "Abdel_Fattah_al-Burhan" in e.recipient and "Abdel_Fattah_al-Burhan" not in e.actor for e in meetings
    ), shown(meetings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Tchad s'en est pris vivement au Soudan mardi."),
        ("fr", "Le Tchad a tiré à boulets rouges sur le Soudan."),
    ],
)
def test_blame_in_an_idiom_is_criticism(world_code, lang, text):
    events = world_code(text, lang)
    assert any(e.actor == ("Chad",) and "Sudan" in e.recipient for e in real_events(events, "ACCUSE")), shown(
        events
    )
    assert not real_events(events, "ASSAULT"), shown(events)
