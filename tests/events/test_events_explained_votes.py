"""A member explains its vote by an act of its own: "La Chine a expliqué son abstention en critiquant
les pressions sur Bamako", "China explained its abstention by criticising...". The gerund is told, not
the content of the abstention (a rejection asserts nothing of what it rejects): no future, no
hypothetical (events.modality._embedded). Sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.model import UNREAL_AUX
from tests.events.conftest import pipeline_events, shown

OPENING = {
    "en": "The Security Council extended the mandate of the UN mission in Mali on Wednesday. ",
    "fr": "Le Conseil de sécurité a prorogé mercredi le mandat de la mission de l'ONU au Mali. ",
    "es": "El Consejo de Seguridad prorrogó el miércoles el mandato de la misión de la ONU en Malí. ",
}
EXPLAINED = [
    ("fr", "La Chine a expliqué son abstention en critiquant les pressions sur Bamako."),
    ("fr", "La Chine a justifié son abstention en dénonçant les pressions sur Bamako."),
    (
        "fr",
        "Le représentant de la Chine a expliqué son abstention en regrettant que le texte ne tienne pas compte"
        " de la souveraineté du Mali.",
    ),
    ("en", "China explained its abstention by criticising the pressure on Bamako."),
    ("es", "China justificó su abstención criticando las presiones sobre Bamako."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "sentence"), EXPLAINED, ids=[f"{e[0]}{i}" for i, e in enumerate(EXPLAINED)])
def test_the_act_that_explains_a_vote_is_told(lang: str, sentence: str) -> None:
    (events,) = pipeline_events([OPENING[lang] + sentence], lang)
    accusations = [e for e in events if e.type == "ACCUSE" and "China" in e.actor]
    assert accusations, shown(events)
    assert all(not (UNREAL_AUX | {"future"}) & set(e.aux) for e in accusations), shown(events)
