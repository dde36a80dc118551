"""A subject with a participle clause between commas as its apposition acts in the main clause; the
apposition's agent does not (text/appositions.py; issue 9; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

APPOSITIONS = [
    (
        "Le Front Polisario, soutenu par l'Algérie, réclame un référendum.",
        "REQUEST",
        "Polisario_Front",
        "Algeria",
    ),
    ("Le Maroc, appuyé par la France, exige le retrait des milices.", "REQUEST", "Morocco", "France"),
    ("L'Algérie, citée par la Russie, dénonce la décision du Maroc.", "ACCUSE", "Algeria", "Russia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "actor", "agent"), APPOSITIONS)
def test_appositive_participle_the_subject_acts_not_the_agent(
    code, text: str, kind: str, actor: str, agent: str
) -> None:
    events = real_events(code(text, "fr"), kind)
    assert events and all(actor in e.actor and agent not in e.actor for e in events), shown(events)
