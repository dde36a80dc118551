"""Orders and obligations told in English (sentences written for these tests): "X told Y to act" is X's
demand of Y (PLOVER REQUEST), not Y's act nor an agreement; "X said Y has to / had to act" is X's demand,
as "must" is; "X wants Y to act" is X's demand too. "told Y he wanted to", "said Y has acted", "wants to
act" (the wisher's own plan) demand nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

# (language, sentence, who asks, who is asked)
DEMANDS = [
    ("en", "Lavrov told Morocco to stop the construction of the wall.", "Sergey_Lavrov", "Morocco"),
    ("en", "Bourita told Algeria to reopen the border.", "Nasser_Bourita", "Algeria"),
    ("en", "Bourita told Spain to agree to the plan.", "Nasser_Bourita", "Spain"),
    ("en", "Lavrov said Spain had to release the prisoners.", "Sergey_Lavrov", "Spain"),
    ("en", "Attaf said Morocco has to withdraw its troops.", "Ahmed_Attaf", "Morocco"),
    ("en", "Bourita wants Algeria to reopen the border.", "Nasser_Bourita", "Algeria"),
    ("en", "Lavrov wanted Morocco to join the talks.", "Sergey_Lavrov", "Morocco"),
]
NO_DEMAND = [
    ("en", "Attaf told Lavrov he wanted to visit Moscow."),
    ("en", "Lavrov said Spain has released the prisoners."),
    ("en", "Bourita said Algeria has a plan to reopen the border."),
    ("en", "Russia wants to hold talks with Morocco."),  # its own plan
    ("en", "Attaf wants the talks to resume soon."),  # asked of no one
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who", "whom"), DEMANDS, ids=[d[0] for d in DEMANDS])
def test_an_order_or_obligation_told_is_a_demand(code, lang, text, who, whom):
    events = code(text, lang)
    assert any(who in e.actor and whom in e.recipient for e in real_events(events, "REQUEST")), shown(events)
    # the act demanded is not told as done or agreed
    assert not any(whom in e.actor for e in real_events(events, "AGREE")), shown(events)


@pytest.mark.slow
@by_language(NO_DEMAND)
def test_a_wish_or_a_deed_told_demands_nothing(code, lang, text):
    events = code(text, lang)
    assert not real_events(events, "REQUEST"), shown(events)


@pytest.mark.parametrize(
    "text",
    [
        "According to Ahmed Attaf, Morocco must respect international law.",
        "According to the statement, the two ministers discussed the situation in the region.",
    ],
    ids=["must", "statement"],
)
def test_according_to_is_no_agreement(world_code, text):
    """The tagger reads "According" as the verb "accord" (an AGREE trigger): it begins no trigger."""
    found = world_code(text, "en")
    assert not [e for e in found if e.type == "AGREE"], shown(found)


RECOMMENDED = [
    (
        "fr",
        "Le Conseil de sécurité a recommandé au Maroc et au Front Polisario de reprendre les discussions.",
    ),
    ("en", "The Security Council recommended that Morocco and the Polisario Front resume talks."),
    (
        "es",
        "El Consejo de Seguridad recomendó a Marruecos y al Frente Polisario reanudar las conversaciones.",
    ),
    ("ar", "وأوصى مجلس الأمن المغرب وجبهة البوليساريو باستئناف المحادثات."),
]


@pytest.mark.parametrize(("lang", "text"), RECOMMENDED, ids=[c[0] for c in RECOMMENDED])
def test_a_recommendation_asks(world_code, lang, text):
    """ "recommended that X resume", "a recommandé à X de", "recomendó a X", "أوصى X بـ": a REQUEST to X."""
    found = world_code(text, lang)
    assert any(
        e.actor == ("United_Nations_Security_Council",) and "Morocco" in e.recipient
        for e in real_events(found, "REQUEST")
    ), shown(found)
