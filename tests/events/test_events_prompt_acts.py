"""A denied delay tells a prompt act, on sentences written for these tests: "les critiques ne se sont pas
fait attendre", "no se hicieron esperar", "did not wait to condemn" (lexicon `delays`, events.modality):
the criticism happened; it is neither negated nor planned."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

pytestmark = pytest.mark.slow

PROMPT = [
    ("fr", "Les critiques d'Alger contre la décision de l'Espagne ne se sont pas fait attendre."),
    ("fr", "La réaction de Rabat ne s'est pas fait attendre : le Maroc a condamné la décision de l'Algérie."),
    ("fr", "L'Algérie n'a pas tardé à condamner la décision de l'Espagne."),
    ("es", "Las críticas de Argelia a la decisión de España no se hicieron esperar."),
    ("es", "La reacción de Marruecos no se hizo esperar: Rabat condenó la decisión de Argelia."),
    ("en", "Algeria did not wait to condemn Spain's decision."),
]


@by_language(PROMPT)
def test_a_denied_delay_tells_a_prompt_criticism(code, lang: str, text: str) -> None:
    events = code(text, lang)
    accused = real_events(events, "ACCUSE")
    assert accused and not any("future" in e.aux for e in accused), shown(events)


DENIED = [
    ("fr", "Le Maroc n'a pas condamné la décision de l'Algérie."),
    ("es", "Marruecos no condenó la decisión de Argelia."),
    ("en", "Morocco did not condemn Algeria's decision."),
]


@by_language(DENIED)
def test_a_denied_criticism_stays_denied(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert not real_events(events, "ACCUSE"), shown(events)
