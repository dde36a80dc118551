"""A participle before the clause it hangs on, sharing its subject, tells the occasion of the clause's act:
"Speaking to reporters on Monday, Bourita said...", "Interrogé dimanche par la télévision, Tebboune a
accusé...", "Hablando el lunes ante la prensa, Bourita criticó...". Its date is the act's (events.dating
`_sets_the_scene`); before, the date was the participle's alone and the act took the day of publication.
A past participle only when it tells of being asked or interviewed (`scene_participles` in
lang/<xx>/events.yaml): "Élu en 2019, Tebboune a accusé..." is background, not the accusation's year. An
interview, a speech or a letter the act is stated in dates it as a statement does ("Dans une interview
diffusée dimanche, X a accusé": `issued_texts`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday

SCENES = [
    ("en", "Speaking at a press conference in Algiers on Sunday, Tebboune accused Morocco of aggression."),
    ("en", "Asked on Sunday about the border, Tebboune accused Morocco of aggression."),
    ("en", "In an interview broadcast on Sunday, Tebboune accused Morocco of aggression."),
    ("fr", "S'exprimant dimanche devant la presse, Abdelmadjid Tebboune a accusé le Maroc d'agression."),
    (
        "fr",
        "Interrogé dimanche par la télévision publique, Abdelmadjid Tebboune a accusé le Maroc d'agression.",
    ),
    ("fr", "Dans un entretien diffusé dimanche, Abdelmadjid Tebboune a accusé le Maroc d'agression."),
    ("es", "Hablando el domingo ante la prensa, Abdelmadjid Tebboune acusó a Marruecos de agresión."),
    (
        "es",
        "Entrevistado el domingo por la televisión pública, Abdelmadjid Tebboune acusó a Marruecos de agresión.",
    ),
    ("es", "En una entrevista difundida el domingo, Tebboune acusó a Marruecos de agresión."),
]


@pytest.mark.parametrize(("lang", "text"), SCENES, ids=[f"{s[0]}{i}" for i, s in enumerate(SCENES)])
def test_events_a_scene_setting_participle_dates_the_act(world_code, lang, text):
    found = real_events(world_code(text, lang, PUBLISHED), "ACCUSE")
    accused = [e for e in found if "Abdelmadjid_Tebboune" in e.actor and "Morocco" in e.recipient]
    assert accused and all(e.date and e.date.value == "2023-02-12" for e in accused), shown(found)


def test_events_the_scene_dates_an_act_reported_in_the_clause(world_code):
    text = "Speaking to reporters on Monday, Foreign Minister Nasser Bourita criticised Algeria's proposal."
    found = real_events(world_code(text, "en", PUBLISHED), "ACCUSE")
    assert found and all(e.date and e.date.value == "2023-02-13" for e in found), shown(found)


BACKGROUND = [
    ("en", "Elected in 2019, Tebboune accused Morocco of aggression."),
    ("fr", "Élu en 2019, Abdelmadjid Tebboune a accusé le Maroc d'agression."),
    # (Spanish "Elegido en 2019, Tebboune acusó...": the parser makes the participle a sentence of its own,
    # whose year the next one then takes: not this rule's, left as it was)
]


@pytest.mark.parametrize(("lang", "text"), BACKGROUND, ids=[b[0] for b in BACKGROUND])
def test_events_a_past_participle_of_another_act_does_not_date_it(world_code, lang, text):
    found = real_events(world_code(text, lang, PUBLISHED), "ACCUSE")
    assert found and not any(e.date and e.date.value.startswith("2019") for e in found), shown(found)
