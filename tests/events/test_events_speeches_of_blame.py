"""Criticism told as a speech of blame ("la diatribe de X contre Y", "un réquisitoire contre Y", "a tirade
against Y", "a scathing indictment of Y's record"), and criticism told by a noun whose author is named
with a title ("las críticas del presidente Maduro contra Colombia"): the parser hangs the target on the
title, yet a complement "contra", "contre" opens qualifies no title (events.titles). Sentences written for
these tests (issue 9)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, actor, recipient)
SPEECHES = [
    (
        "fr",
        "Le rappel de l'ambassadeur s'accompagnait d'un réquisitoire du ministère algérien contre la France.",
        "Algeria",
        "France",
    ),
    (
        "es",
        "El presidente Nicolás Maduro lanzó el martes una diatriba contra Colombia.",
        "Nicolás_Maduro",
        "Colombia",
    ),
    ("en", "Maduro launched into a tirade against Colombia on Tuesday.", "Nicolás_Maduro", "Colombia"),
    (
        "en",
        "Blinken delivered a scathing indictment of the Russian government's record.",
        "Antony_Blinken",
        "Russia",
    ),
]

TITLED_AUTHORS = [
    (
        "es",
        "Las críticas del presidente Maduro contra Colombia se multiplicaron esta semana.",
        "Nicolás_Maduro",
        "Colombia",
    ),
    (
        "fr",
        "Les critiques du président Tebboune contre la France se sont multipliées cette semaine.",
        "Abdelmadjid_Tebboune",
        "France",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actor", "recipient"), SPEECHES, ids=[s[1][:24] for s in SPEECHES])
def test_a_speech_of_blame_is_criticism(world_code, lang: str, text: str, actor: str, recipient: str) -> None:
    events = real_events(world_code(text, lang), "ACCUSE")
    assert any(actor in e.actor and recipient in e.recipient for e in events), shown(events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "actor", "recipient"), TITLED_AUTHORS, ids=[t[0] for t in TITLED_AUTHORS]
)
def test_a_target_hung_on_the_authors_title_is_still_the_target(
    world_code, lang: str, text: str, actor: str, recipient: str
) -> None:
    events = real_events(world_code(text, lang), "ACCUSE")
    assert any(actor in e.actor and recipient in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_a_title_keeps_its_posting(world_code) -> None:
    """Guard: "ante la ONU" still only says where the ambassador serves."""
    text = "El embajador de Marruecos ante la ONU, Omar Hilale, criticó a Argelia."
    events = real_events(world_code(text, "es"), "ACCUSE")
    assert events and all("United_Nations" not in e.actor + e.recipient for e in events), shown(events)
