"""A pronoun in a clause put before the main clause stands for the main clause's subject named after it
("Speaking in Ankara, where he met Erdogan, Zelensky said...", "After he met Macron in Paris, Bourita
flew to Madrid"), not for the person the sentence before was about; unless the main clause has a pronoun
of its own for someone ("When he arrived in Rabat, Bourita received him"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BEFORE = "The head of Russian diplomacy, Sergey Lavrov, described the talks as very useful. "

FRONTED = [
    (
        BEFORE
        + "Speaking in Ankara, where he met President Recep Tayyip Erdogan on Tuesday, President Volodymyr "
        "Zelensky said his country had learned of the meeting from the news.",
        "Volodymyr_Zelenskyy",
        "Recep_Tayyip_Erdoğan",
    ),
    (
        BEFORE + "After he met Emmanuel Macron in Paris, Nasser Bourita flew to Madrid.",
        "Nasser_Bourita",
        "Emmanuel_Macron",
    ),
]


@pytest.mark.parametrize(("text", "actor", "met"), FRONTED, ids=["speaking-where", "after"])
def test_the_pronoun_of_a_fronted_clause_is_the_main_subject(world_code, text, actor, met):
    meetings = real_events(world_code(text, "en"), "CONSULT")
    assert any(actor in e.actor and met in e.actor + e.recipient for e in meetings), shown(meetings)
    assert not any("Sergey_Lavrov" in e.actor and met in e.actor + e.recipient for e in meetings), shown(
        meetings
    )


def test_a_main_clause_pronoun_keeps_the_visitor_apart(world_code):
    text = (
        "Pedro Sánchez spoke to reporters in Madrid. When he arrived in Rabat, Nasser Bourita received him."
    )
    meetings = real_events(world_code(text, "en"), "CONSULT")
    assert not any(e.actor == ("Nasser_Bourita",) and not e.recipient for e in meetings), shown(meetings)
    assert any("Pedro_Sánchez" in e.actor + e.recipient for e in meetings), shown(meetings)
