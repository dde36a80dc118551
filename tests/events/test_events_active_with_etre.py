"""French verbs conjugated with "être" in the active voice ("sont convenus de"), which the parser reads as
passives: with an infinitive saying what was agreed, the subject agrees (text/active_with_etre.py,
lang/parse_repairs.yaml `active_with_etre`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

AGREED = [
    # the participle read as an adjective ("les deux ministres": the two who just met, events.pairs)
    "Nasser Bourita a reçu mardi Ahmed Attaf à Rabat. Les deux ministres sont convenus de se revoir en mai.",
    # the participle read as a passive verb
    "Le Maroc et l'Algérie sont convenus mardi de rouvrir leurs consulats.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", AGREED)
def test_sont_convenus_de_is_the_subjects_agreement(code, text):
    events = real_events(code(text, "fr"), "AGREE")
    sides = [{"Morocco", "Nasser_Bourita"}, {"Algeria", "Ahmed_Attaf"}]
    assert any(all(side & set(e.actor) for side in sides) for e in events), shown(code(text, "fr"))
