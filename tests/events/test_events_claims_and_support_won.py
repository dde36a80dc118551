"""A verb of support with a "that" clause states a claim, and support won is given by the one who
gives it to the one who wins it (issue 9; sentences written for these tests). Publication date:
Wednesday 2024-03-13."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

CLAIMS = [
    ("fr", "L'Algérie soutient que le Maroc occupe illégalement le territoire."),
    ("fr", "Alger défend que le référendum reste la seule voie."),
    ("es", "Argelia defiende que el referéndum sigue siendo la única vía."),
    ("en", "Algeria upholds that the referendum remains the only way."),
]


@pytest.mark.slow
@by_language(CLAIMS)
def test_claims_a_that_clause_after_a_verb_of_support_backs_nobody(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert not real_events(events, "SUPPORT"), shown(events)


BACKED = [
    ("fr", "La France soutient le Maroc."),
    ("es", "Argelia defiende al Frente Polisario."),
    ("en", "Spain upholds Morocco's plan."),
]


@pytest.mark.slow
@by_language(BACKED)
def test_claims_the_verb_with_an_object_still_backs(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert real_events(events, "SUPPORT"), shown(events)


SUPPORT_WON = [
    ("fr", "Le Maroc a recueilli le soutien de l'Espagne."),
    ("es", "Marruecos obtuvo el respaldo de España."),
    ("es", "Marruecos consiguió el apoyo de España."),
    ("en", "Morocco secured the backing of Spain."),
    ("en", "Morocco garnered the support of Spain."),
]


@pytest.mark.slow
@by_language(SUPPORT_WON)
def test_support_won_has_the_winner_as_its_recipient(code, lang: str, text: str) -> None:
    events = real_events(code(text, lang), "SUPPORT")
    assert events, shown(events)
    assert all(e.actor == ("Spain",) and e.recipient == ("Morocco",) for e in events), shown(events)
