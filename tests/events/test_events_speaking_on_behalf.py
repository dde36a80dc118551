"""A speaker who speaks for others: "Speaking on behalf of the European Union, Germany criticised
Russia", "au nom de", "en nombre de", "متحدثة باسم". Whom the phrase names is not what the act is
addressed to; the one it names speaks through the actor, and others named deeper in it ("of the African
members of the Security Council") do not act (events.behalf). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import pipeline_events, real_events, shown

OPENING = {
    "en": "The Security Council met on the situation in the Middle East on Thursday. ",
    "fr": "Le Conseil de sécurité s'est réuni jeudi sur la situation au Moyen-Orient. ",
    "es": "El Consejo de Seguridad se reunió el jueves sobre la situación en Oriente Medio. ",
    "ar": "اجتمع مجلس الأمن الدولي يوم الخميس لبحث الوضع في الشرق الأوسط. ",
}
ON_BEHALF = [
    ("en", "Speaking on behalf of the European Union, Germany criticised Russia."),
    ("en", "Germany, speaking on behalf of the European Union, criticised Russia."),
    ("fr", "S'exprimant au nom de l'Union européenne, l'Allemagne a critiqué la Russie."),
    ("es", "Hablando en nombre de la Unión Europea, Alemania criticó a Rusia."),
    ("ar", "وانتقدت ألمانيا روسيا، متحدثة باسم الاتحاد الأوروبي."),
    ("ar", "وانتقد مندوب ألمانيا، متحدثا باسم الاتحاد الأوروبي، روسيا."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "sentence"), ON_BEHALF, ids=[f"{o[0]}{i}" for i, o in enumerate(ON_BEHALF)])
def test_whom_a_speaker_speaks_for_is_not_addressed(lang: str, sentence: str) -> None:
    (events,) = pipeline_events([OPENING[lang] + sentence], lang)
    criticism = [e for e in real_events(events, "ACCUSE") if "Germany" in e.actor]
    assert criticism, shown(events)
    assert all("European_Union" not in e.recipient and "Russia" in e.recipient for e in criticism), shown(
        events
    )


@pytest.mark.slow
def test_the_body_named_deep_in_the_phrase_does_not_act() -> None:
    text = (
        OPENING["en"] + "Speaking on behalf of the African members of the Security Council, the"
        " representative of Mozambique criticised Morocco."
    )
    (events,) = pipeline_events([text], "en")
    criticism = [e for e in real_events(events, "ACCUSE") if "Morocco" in e.recipient]
    assert criticism and all(e.actor == ("Mozambique",) for e in criticism), shown(events)
