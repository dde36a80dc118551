"""An event noun after a free-choice word ("any military intervention", "toute intervention militaire",
"cualquier intervención militar", "أي تدخل عسكري") is whichever such act, none that was done: only the
warning about it is told (our own sentences)."""

import pytest

from .conftest import real_events

WARNINGS = [
    (
        "fr",
        "Le Mali et le Burkina Faso ont averti lundi la Cédéao que toute intervention militaire au Niger serait considérée comme une déclaration de guerre.",
    ),
    (
        "en",
        "Mali and Burkina Faso warned ECOWAS on Monday that any military intervention in Niger would be a declaration of war.",
    ),
    (
        "es",
        "Malí y Burkina Faso advirtieron el lunes a la Cedeao que cualquier intervención militar en Níger sería una declaración de guerra.",
    ),
    ("ar", "وحذرت مالي وبوركينا فاسو الاثنين إيكواس من أن أي تدخل عسكري في النيجر سيعد إعلان حرب عليهما."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_an_act_after_a_free_choice_word_is_supposed(world_code, lang: str, text: str) -> None:
    events = real_events(world_code(text, lang))
    assert any(e.type == "THREATEN" and "Mali" in e.actor for e in events), events
    assert all("Mali" in e.actor for e in events), events
