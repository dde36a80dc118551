"""A happening told as the subject of its own clause ("clashes erupted", "heavy fighting shook the capital",
"des affrontements ont éclaté", "estallaron combates") is no act of the last actor the text named: it
does not borrow the previous sentence's actor (events.rules _happening_as_subject). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

HAPPENINGS = [
    (
        "en",
        "Nasser Bourita criticised the decision on Monday. On Sunday, clashes erupted in Tripoli between two militias.",
    ),
    ("en", "Sergey Lavrov backed the talks on Monday. In May, heavy fighting shook Tripoli for a week."),
    ("fr", "Nasser Bourita a critiqué la décision lundi. Dimanche, des affrontements ont éclaté à Tripoli."),
    ("es", "Nasser Bourita criticó la decisión el lunes. El domingo, los combates sacudieron Trípoli."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), HAPPENINGS, ids=[f"{h[0]}{i}" for i, h in enumerate(HAPPENINGS)])
def test_a_happening_as_subject_borrows_no_actor(world_code, lang: str, text: str) -> None:
    second = text.split(". ", 1)[1][:20]
    told = [e for e in world_code(text, lang) if second in e.evidence.text]
    named = {"Nasser_Bourita", "Sergey_Lavrov", "Morocco", "Russia"}
    assert all(not named & set(e.actor) for e in told), shown(told)
