"""A clause of time tells when the clause it hangs on happened: "When the envoy arrived in Rabat in March
2017, Morocco refused to receive him" dates the refusal March 2017, not the day the article was
published (`time_clause_marks`; events.dating). A date in another kind of clause still dates nothing
of the main one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WHEN = [
    (
        "en",
        "Relations were tense. When the envoy arrived in Rabat in March 2017, Morocco refused to receive him.",
    ),
    (
        "fr",
        "Les relations étaient tendues. Lorsque l'émissaire est arrivé à Rabat en mars 2017, le Maroc a refusé "
        "de le recevoir.",
    ),
    (
        "es",
        "Las relaciones eran tensas. Cuando el enviado llegó a Rabat en marzo de 2017, Marruecos se negó a "
        "recibirlo.",
    ),
]


def _rejections(found):
    return [e for e in real_events(found, "REJECT") if "Morocco" in e.actor]


@pytest.mark.parametrize(("lang", "text"), WHEN, ids=[w[0] for w in WHEN])
def test_a_clause_of_time_dates_its_main_clause(world_code, lang, text):
    found = world_code(text, lang, "2018-07-10")
    refused = _rejections(found)
    assert refused and refused[0].date is not None and refused[0].date.value == "2017-03", shown(found)


def test_a_clause_of_another_kind_dates_nothing_of_it(world_code):
    text = "Relations were tense. Although the envoy arrived in Rabat in March 2017, Morocco refused to receive him."
    refused = _rejections(world_code(text, "en", "2018-07-10"))
    assert refused and refused[0].date is not None and refused[0].date.value != "2017-03"
