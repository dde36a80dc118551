"""A capital named as the press writes it: "au Caire", "du Caire" (the article contracted), "le Caire",
"la Habana" in lower case, as well as "Le Caire" and "La Habana" (the KB lists each form: kb/data/places.yaml,
generated from scripts/countries_supplement.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.slow
def test_events_a_planned_tour_au_caire_is_hosted_by_egypt(world_code):
    found = real_events(
        world_code("Hanna Tetteh doit se rendre la semaine prochaine au Caire puis à Ankara.", "fr")
    )
    assert [(e.type, e.actor, set(e.recipient)) for e in found] == [
        ("AGREE", ("Hanna_Tetteh",), {"Egypt", "Turkey"})
    ], shown(found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "state"),
    [
        ("fr", "Le Caire a salué l'accord conclu à Doha.", "Egypt"),
        ("es", "la Habana condenó el bloqueo impuesto por Estados Unidos.", "Cuba"),
    ],
)
def test_events_a_capital_in_its_written_forms_acts_for_its_state(world_code, lang, text, state):
    found = real_events(world_code(text, lang))
    assert found and found[0].actor == (state,), shown(found)
