"""A member explains its vote and criticises someone in one sentence: "X abstained because the text
ignored its concerns, and criticised Y". The parser hangs "criticised" on the reason clause, whose
subject is the voted text; the criticism is the member's, not the text's (events.arguments:
_text_reason). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

OPENING = {
    "en": "The Security Council extended the mandate of the UN mission in Libya on Thursday. ",
    "fr": "Le Conseil de sécurité a prorogé jeudi le mandat de la mission de l'ONU en Libye. ",
    "es": "El Consejo de Seguridad prorrogó el jueves el mandato de la misión de la ONU en Libia. ",
}
EXPLAINED = [
    (
        "en",
        "Russia's ambassador said Moscow abstained because the text ignored its concerns, and criticised the"
        " United States for rushing the vote.",
        "Russia",
        "United_States",
    ),
    (
        "en",
        "China abstained because the resolution was unbalanced, and accused the United Kingdom of ignoring"
        " African views.",
        "China",
        "United_Kingdom",
    ),
    (
        "fr",
        "La Russie s'est abstenue parce que le texte ignorait ses préoccupations, et a critiqué les États-Unis.",
        "Russia",
        "United_States",
    ),
    (
        "es",
        "Rusia se abstuvo porque el texto ignoraba sus preocupaciones, y criticó a Estados Unidos.",
        "Russia",
        "United_States",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "sentence", "member", "target"), EXPLAINED, ids=[f"{e[0]}-{e[2]}" for e in EXPLAINED]
)
def test_the_criticism_after_a_reason_is_the_members(
    lang: str, sentence: str, member: str, target: str
) -> None:
    (events,) = pipeline_events([OPENING[lang] + sentence], lang)
    accusations = [e for e in real_events(events, "ACCUSE") if target in e.recipient]
    assert accusations and all(e.actor == (member,) for e in accusations), shown(events)
    council = "United_Nations_Security_Council"
    assert not [e for e in real_events(events, "ACCUSE") if council in e.actor], shown(events)
