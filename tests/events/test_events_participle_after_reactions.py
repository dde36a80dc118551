"""A present participle closing a reaction's clause after a comma tells a second act of the clause's
subject: "X welcomed the UN's role, urging Algeria to resume dialogue", "a salué le rôle de l'ONU, appelant
l'Algérie à", "condemned the US decision, saying it violated international law". Whom the participle asks
is its own addressee, not a second party of the reaction (events.arguments, as for a conjunct: "welcomed
X and urged Y"), and the decision named before the comma is no speaker of the participle (a voted or
issued text is: "adopted resolution 2703, calling on the parties"). Sentences written for these tests
(issue 9)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

ASKS = [
    ("fr", "Le Maroc a salué mardi le rôle de l'ONU, appelant l'Algérie à reprendre le dialogue."),
    ("fr", "Le Maroc a salué mardi la décision de Washington, appelant l'Algérie à reprendre le dialogue."),
    ("en", "Morocco on Tuesday welcomed the role of the UN, urging Algeria to resume dialogue."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ASKS, ids=[f"{a[0]}-{i}" for i, a in enumerate(ASKS)])
def test_whom_a_trailing_participle_asks_is_its_own_addressee(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang, "2024-03-13")
    assert told_between(events, "REQUEST", "Morocco", "Algeria"), shown(events)
    support = real_events(events, "SUPPORT")
    assert support and all("Algeria" not in e.recipient for e in support), shown(events)


SAYING = [
    ("en", "South Africa on Tuesday condemned the US decision, saying it violated international law."),
    (
        "fr",
        "L'Afrique du Sud a condamné mardi la décision américaine, estimant qu'elle viole le droit international.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SAYING, ids=[s[0] for s in SAYING])
def test_a_decision_reacted_to_says_nothing_of_the_participle_after_it(
    world_code, lang: str, text: str
) -> None:
    """The participle is the one who condemns speaking: the United States accuses nobody."""
    events = world_code(text, lang, "2024-03-13")
    assert told_between(events, "ACCUSE", "South_Africa", "United_States"), shown(events)
    assert not any("United_States" in e.actor for e in real_events(events)), shown(events)


@pytest.mark.slow
def test_an_adopted_text_still_says_what_its_participle_says(world_code) -> None:
    """Guard: "adopted resolution 2703, calling on Morocco and the Polisario Front to": the Council asks,
    through its text."""
    events = world_code(
        "The Security Council on Tuesday adopted resolution 2703, calling on Morocco and the Polisario Front "
        "to resume negotiations.",
        "en",
        "2024-03-13",
    )
    assert told_between(events, "REQUEST", "United_Nations_Security_Council", "Morocco"), shown(events)
