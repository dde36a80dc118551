"""A visit told in the passive ("X a été reçu par Y", "X was received by Y", "X fue recibido por Y"): the
visitor is the actor and the host the recipient, as in the active ("Y a reçu X"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre tchadien des Affaires étrangères a été reçu lundi à Khartoum par Abdel Fattah al-Burhan.",
        ),
        (
            "fr",
            "Abdel Fattah al-Burhan a reçu lundi à Khartoum le ministre tchadien des Affaires étrangères.",
        ),
        ("en", "Chad's foreign minister was received in Khartoum on Monday by Abdel Fattah al-Burhan."),
        ("es", "El canciller chadiano fue recibido el lunes en Jartum por Abdel Fattah al Burhan."),
    ],
)
def test_the_visitor_acts_and_the_host_receives(world_code, lang, text):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert any(
        e.recipient and e.recipient[0] == "Abdel_Fattah_al-Burhan" and "Abdel_Fattah_al-Burhan" not in e.actor
        for e in meetings
    ), shown(meetings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Received by Abdel Fattah al-Burhan, Chad's foreign minister praised the talks."),
        (
            "fr",
            "Reçu par Abdel Fattah al-Burhan, le ministre tchadien des Affaires étrangères a salué les discussions.",
        ),
        ("es", "Recibido por Abdel Fattah al Burhan, el canciller chadiano elogió las conversaciones."),
        (
            "es",
            "Recibido el lunes en Jartum por Abdel Fattah al Burhan, el canciller chadiano pidió una tregua.",
        ),
        ("es", "Recibida por Abdel Fattah al Burhan en Jartum, la delegación chadiana abogó por el diálogo."),
    ],
)
def test_a_clause_opening_with_the_visit_in_the_passive(world_code, lang, text):
    """ "Received by X, Y said...": the participle's agent hosts, the main clause's subject visits."""
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert any(
        e.recipient == ("Abdel_Fattah_al-Burhan",) and "Abdel_Fattah_al-Burhan" not in e.actor
        for e in meetings
    ), shown(meetings)


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS imposed sanctions on Mali on Tuesday.",
        "ECOWAS imposed new sanctions on Niger's junta on Sunday.",
    ],
    ids=["mali", "niger"],
)
def test_a_sentence_opening_with_an_acronym(world_code, text):
    """The English tagger reads a sentence-opening acronym as the root verb ("ECOWAS imposed sanctions":
    "imposed" an adjective); the acronym is the subject of the verb after it (text.sentences)."""
    found = world_code(text, "en")
    assert any(
        e.actor == ("Economic_Community_of_West_African_States",) for e in real_events(found, "SANCTION")
    ), shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Sergueï Lavrov a appelé le Maroc au dialogue. Ahmed Attaf a reçu mardi une délégation à Alger.",
        ),
        (
            "en",
            "Sergey Lavrov called on Morocco to talk. Ahmed Attaf received a delegation in Algiers on Tuesday.",
        ),
    ],
)
def test_received_guests_a_noun_phrase_names_are_not_the_last_actor(code, lang: str, text: str) -> None:
    """The guests are "a delegation" nobody names: the speaker of the sentence before is not them."""
    events = code(text, lang)
    assert not any(e.type == "CONSULT" and "Sergey_Lavrov" in e.actor + e.recipient for e in events), shown(
        events
    )


@pytest.mark.slow
def test_received_him_is_the_last_actor(code) -> None:
    events = code("Nasser Bourita s'est rendu lundi à Alger. Ahmed Attaf l'a reçu mardi.", "fr")
    assert any(
        e.type == "CONSULT" and {"Nasser_Bourita", "Ahmed_Attaf"} <= set(e.actor + e.recipient)
        for e in events
    ), shown(events)


@pytest.mark.slow
def test_a_sentence_opening_with_an_acronym_read_as_a_name(world_code):
    """ "ECOWAS lifted sanctions on Niger": the acronym a name and the root, "lifted" an adjective; the
    acronym is still the subject of the verb after it, Niger the counterpart."""
    found = world_code("ECOWAS lifted sanctions on Niger on Saturday.", "en")
    assert [
        e
        for e in real_events(found, "CONCEDE")
        if e.actor == ("Economic_Community_of_West_African_States",) and "Niger" in e.recipient
    ], shown(found)
