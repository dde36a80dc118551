"""A stance about someone's work told by a possessive ("a salué ses efforts", "support for his efforts",
"el apoyo de España a su labor") is addressed to the person the possessive stands for: the nearest one
named before it who is not on the actor's side (events.possessed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (language, text, who acts, whose work)
OWNED = [
    (
        "en",
        "Ahmed Attaf met Staffan de Mistura in Algiers on Sunday, reaffirming Algeria's support for his efforts.",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "fr",
        "Ahmed Attaf a reçu dimanche à Alger Staffan de Mistura, à qui il a réaffirmé le soutien de l'Algérie à sa"
        " mission.",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el lunes con Ahmed Attaf, quien le expresó el apoyo de Argelia a su labor en"
        " el marco del Consejo de Seguridad.",
        "Ahmed_Attaf",
        "Staffan_de_Mistura",
    ),
    # the actor's own minister is not whose work it is
    (
        "fr",
        "Staffan de Mistura a rencontré lundi Ahmed Attaf à Alger. L'Algérie a salué ses efforts.",
        "Algeria",
        "Staffan_de_Mistura",
    ),
    (
        "en",
        "Staffan de Mistura met Ahmed Attaf in Algiers on Monday. Algeria praised his efforts.",
        "Algeria",
        "Staffan_de_Mistura",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whose"), OWNED, ids=[o[0] for o in OWNED])
def test_a_stance_about_someones_work_is_addressed_to_them(code, lang, text, who, whose):
    events = code(text, lang)
    assert any(who in e.actor and whose in e.recipient for e in real_events(events, "SUPPORT")), shown(events)
