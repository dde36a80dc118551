"""A call told right after "the efforts of X" is the subject's own act, not the goal of those efforts
(events.purposes): a participle set off by a comma ("a soutenu les efforts de X, appelant Y à") opens an
adverbial clause of the main verb, and an Arabic verb glued to "and" ("أشاد X بجهود Y ودعا Z إلى") a
clause of its own. The goal of an effort is still no event ("الجهود لاستئناف المفاوضات"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

# (lang, text, caller, called)
CALLS_AFTER_EFFORTS = [
    (
        "fr",
        "La Russie a apporté son soutien aux efforts de Staffan de Mistura, appelant le Maroc et l'Algérie "
        "à reprendre le dialogue.",
        "Russia",
        "Algeria",
    ),
    (
        "ar",
        "أشاد مجلس الأمن بجهود دي ميستورا ودعا المغرب والجزائر إلى استئناف المفاوضات.",
        "United_Nations_Security_Council",
        "Algeria",
    ),
    ("ar", "ثمنت روسيا مساعي دي ميستورا وحثت المغرب والجزائر على استئناف الحوار.", "Russia", "Morocco"),
    (
        "ar",
        "أشاد الاتحاد الأفريقي بجهود المغرب وطالب الجزائر بالانضمام إلى الموائد المستديرة.",
        "African_Union",
        "Algeria",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "caller", "called"), CALLS_AFTER_EFFORTS, ids=[c[0] for c in CALLS_AFTER_EFFORTS]
)
def test_a_call_after_the_efforts_of_someone_is_told(world_code, lang, text, caller, called):
    found = world_code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if caller in e.actor]
    assert requests and called in requests[0].recipient, shown(found)
    assert not real_events(found, "CONSULT"), shown(found)  # the talks asked for are not held


EFFORTS_GOALS = [
    ("ar", "تتواصل الجهود لاستئناف المفاوضات بين المغرب والجزائر."),
    ("fr", "Les efforts pour relancer le dialogue entre le Maroc et l'Algérie se poursuivent."),
]


@pytest.mark.slow
@by_language(EFFORTS_GOALS)
def test_the_goal_of_efforts_is_still_no_event(world_code, lang, text):
    assert not real_events(world_code(text, lang)), shown(world_code(text, lang))
