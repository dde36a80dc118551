"""The predicate a verb of judging gives its object, on sentences written for these tests: "considère le
plan présenté par le Maroc en 2007 comme une bonne base", "considers the plan presented by Morocco in 2007
as the most serious basis". The parsers hang the predicate on the participle, and the support took the
plan's year and came out historical (text/object_predicates.py hangs it back on the verb)."""

from __future__ import annotations

import pytest

from diplowatch.text.normalise import Token
from diplowatch.text.object_predicates import object_predicates_restored
from tests.events.conftest import by_language, real_events, shown

JUDGED = [
    (
        "fr",
        "La Belgique considère le plan d'autonomie présenté par le Maroc en 2007 comme « une bonne base ».",
    ),
    (
        "en",
        "Spain considers the autonomy plan presented by Morocco in 2007 as the most serious basis for a solution.",
    ),
]


@pytest.mark.slow
@by_language(JUDGED)
def test_a_judgement_of_a_plan_is_not_dated_by_the_plan(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang), "SUPPORT")
    assert events and "Morocco" in events[0].recipient, shown(events)
    assert events[0].date is not None and events[0].date.value != "2007", events[0].date
    assert "historical" not in events[0].aux and "future" not in events[0].aux, shown(events)


def _tok(text: str, pos: str, dep: str, head: int, morph: str = "") -> Token:
    return Token(0, len(text), text, text.lower(), text.lower(), pos, dep, head, morph)


def test_the_predicate_is_hung_back_on_the_judging_verb() -> None:
    toks = (
        _tok("considère", "VERB", "ROOT", -1),
        _tok("plan", "NOUN", "obj", 0),
        _tok("présenté", "VERB", "acl", 1, "VerbForm=Part"),
        _tok("comme", "ADP", "case", 4),
        _tok("base", "NOUN", "xcomp", 2),
    )
    out = object_predicates_restored(toks, frozenset({"considère"}), frozenset({"comme"}))
    assert out[4].head == 0 and out[:4] == toks[:4]


def test_a_verb_that_judges_nothing_keeps_its_parse() -> None:
    toks = (
        _tok("signe", "VERB", "ROOT", -1),
        _tok("plan", "NOUN", "obj", 0),
        _tok("présenté", "VERB", "acl", 1, "VerbForm=Part"),
        _tok("comme", "ADP", "case", 4),
        _tok("base", "NOUN", "xcomp", 2),
    )
    assert object_predicates_restored(toks, frozenset({"considère"}), frozenset({"comme"})) == toks
