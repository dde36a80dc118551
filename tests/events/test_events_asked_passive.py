"""A call told in the passive: "Morocco was urged by France to resume talks", "Le Maroc a été appelé
par la France à reprendre", "Marruecos fue instado por Francia a reanudar". Who is asked (the passive's
subject) does the act asked for, not the caller named by "by"; and the names inside the asked act are
not the call's addressees (events.arguments._subject, events.asked_acts). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

PASSIVE_CALLS = [
    ("en", "Morocco was urged by France to resume talks with the Polisario Front.", "CONSULT", "Morocco"),
    (
        "fr",
        "Le Maroc a été appelé par la France à reprendre le dialogue avec l'Algérie.",
        "CONSULT",
        "Morocco",
    ),
    ("fr", "Le Mali a été invité par l'Algérie à soutenir la médiation de la Mauritanie.", "SUPPORT", "Mali"),
    ("es", "Marruecos fue instado por Francia a reanudar el diálogo con Argelia.", "CONSULT", "Morocco"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "asked"), PASSIVE_CALLS, ids=[c[0] for c in PASSIVE_CALLS])
def test_the_asked_act_is_the_passive_subjects(world_code, lang, text, kind, asked):
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert events and all(e.actor == (asked,) for e in events), shown(events)


@pytest.mark.slow
def test_the_asked_acts_names_are_not_addressed(world_code):
    events = world_code("Morocco was urged by France to resume talks with the Polisario Front.", "en")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all("Polisario_Front" not in e.recipient for e in requests), shown(events)
