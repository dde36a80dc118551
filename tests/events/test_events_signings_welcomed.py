"""A reaction to "the signing" answers the agreement told before ("Guterres welcomed the signing",
"l'UA a salué la signature", "saludó la firma"), and a reaction of the story's own time answers the
agreement of that time, not a background one told in between ("A ceasefire negotiated in Luanda in August
2024 collapsed"): an act dated months before the reaction is background, unless the article told no other
(events.reactions). Our own sentences."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

STORIES = [
    (
        "en",
        "Ethiopia and Somalia signed a joint declaration in Ankara on Wednesday. A truce brokered by Kenya in "
        "May 2023 had collapsed within weeks. The African Union welcomed the signing.",
        "African_Union",
        {"Ethiopia", "Somalia"},
    ),
    (
        "fr",
        "L'Éthiopie et la Somalie ont signé mercredi à Ankara une déclaration commune. Une trêve négociée par "
        "le Kenya en mai 2023 avait échoué. L'Union africaine a salué la signature.",
        "African_Union",
        {"Ethiopia", "Somalia"},
    ),
    (
        "es",
        "Etiopía y Somalia firmaron el miércoles en Ankara una declaración conjunta. Una tregua negociada por "
        "Kenia en mayo de 2023 había fracasado. La Unión Africana saludó la firma.",
        "African_Union",
        {"Ethiopia", "Somalia"},
    ),
    (
        # the background agreement is the only one told: it is still the one answered
        "en",
        "Ethiopia and Somalia signed a truce in Nairobi in May 2023. On Wednesday, the African Union welcomed the "
        "agreement in a statement.",
        "African_Union",
        {"Ethiopia", "Somalia"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "welcomer", "sides"), STORIES, ids=[f"{s[0]}{i}" for i, s in enumerate(STORIES)]
)
def test_a_welcome_answers_the_agreement_of_its_own_time(world_code, lang, text, welcomer, sides):
    events = world_code(text, lang, anchor="2024-10-31")
    assert any(welcomer in e.actor and sides <= set(e.recipient) for e in real_events(events, "SUPPORT")), (
        shown(events)
    )


@pytest.mark.slow
def test_a_text_signed_together_is_no_assemblys(world_code):
    """ "ont signé une déclaration commune": the sides' own text, not one of the assembly the article names
    after it (a resolution's voting body)."""
    events = world_code(STORIES[1][1], "fr", anchor="2024-10-31")
    signed = [e for e in real_events(events, "SUPPORT") if {"Ethiopia", "Somalia"} <= set(e.actor)]
    assert signed and all("African_Union" not in e.recipient for e in signed), shown(events)
