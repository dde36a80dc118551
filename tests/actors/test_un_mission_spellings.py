"""A UN mission written with "U.N." or "United Nations" ("the U.N. mission in Libya", "the United Nations
mission") is the mission as "the UN mission" is (KB names and descriptions in English). Sentences written
for this test, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

UNSMIL = "United_Nations_Support_Mission_in_Libya"


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. mission in Libya welcomed the meeting on Sunday.",
        "The United Nations mission in Libya welcomed the meeting on Sunday.",
        "Abdulhamid Dbeibah met Libyan officials in Tripoli. The U.N. mission welcomed the meeting.",
    ],
    ids=["u.n.", "united-nations", "description"],
)
def test_un_mission_spellings(text):
    article = ActorLinker(load_kb(), use_spacy=False)(make_article(text, "en", "2024-03-10"))
    assert UNSMIL in {a.id for a in article.actors}, [
        (a.id, [m.text for m in a.mentions]) for a in article.actors
    ]
