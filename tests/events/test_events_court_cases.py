"""Taking a state before a court or the WTO accuses it (CAMEO 115, "bring lawsuit against"), however
the text says it: "took Chile to the International Court of Justice", "took the curbs against Japan to
the WTO", "a saisi la CIJ contre le Chili", "llevó a Bolivia ante la Corte", "demandó a Chile ante la
CIJ", "presentó una demanda contra Chile". Taking part in a hearing accuses nobody. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

CASES = [
    (
        "en",
        "Relations have long been tense. In 2013 Bolivia took Chile to the International Court of Justice.",
        "Bolivia",
        "Chile",
    ),
    (
        "en",
        "Relations have long been tense. In 2019 Seoul took the export curbs against Japan to the WTO.",
        "South_Korea",
        "Japan",
    ),
    (
        "fr",
        "Les relations sont tendues. En 2013, la Bolivie a saisi la Cour internationale de justice contre "
        "le Chili.",
        "Bolivia",
        "Chile",
    ),
    (
        "es",
        "Las relaciones son tensas. Chile llevó a Bolivia ante la Corte Internacional de Justicia en 2016.",
        "Chile",
        "Bolivia",
    ),
    ("es", "Las relaciones son tensas. Bolivia demandó a Chile ante la CIJ en 2013.", "Bolivia", "Chile"),
    (
        "es",
        "Las relaciones son tensas. Bolivia presentó una demanda contra Chile en 2013.",
        "Bolivia",
        "Chile",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "plaintiff", "defendant"),
    CASES,
    ids=["en-court", "en-wto", "fr-saisir", "es-llevar", "es-demandar", "es-demanda"],
)
def test_a_case_brought_against_a_state_accuses_it(world_code, lang, text, plaintiff, defendant):
    found = world_code(text, lang, "2023-03-17")
    assert told_between(found, "ACCUSE", plaintiff, defendant), shown(found)


def test_taking_part_in_a_hearing_accuses_nobody(world_code):
    text = "Relations have long been tense. The Bolivian minister took part in a hearing at the court in May."
    assert not real_events(world_code(text, "en", "2023-03-17"), "ACCUSE")
