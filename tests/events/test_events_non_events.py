"""Event words that tell no happening (sentences written for these tests): an event noun named as a
subject matter or a remit (events.topics), the goal of an aim or an effort (events.purposes), and
"recall" without an envoy."""

from __future__ import annotations

import pytest

TOPICS = [
    ("en", "Russia raised the question of the negotiations between Morocco and Algeria."),
    ("fr", "Lavrov a évoqué la question des négociations entre le Maroc et l'Algérie."),
    ("es", "Lavrov abordó la cuestión de las negociaciones entre Marruecos y Argelia."),
    ("en", "Algeria raised the issue of a visit by Bourita."),
    ("ar", "أثار لافروف مسألة المفاوضات بين المغرب والجزائر."),
]


def _real(found, kind):
    return [e for e in found if e.type == kind and not {"hypothetical", "negation"} & set(e.aux)]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), TOPICS, ids=[c[1][:40] for c in TOPICS])
def test_events_event_noun_named_as_a_topic_is_no_meeting(code, lang, text):
    found = code(text, lang)
    assert not _real(found, "CONSULT"), [(e.type, e.actor, e.recipient) for e in found]


@pytest.mark.slow
def test_events_topic_words_leave_the_meeting_that_discusses_them(code):
    found = code("Lavrov met Bourita in Moscow to discuss the question of the negotiations.", "en")
    assert [e for e in _real(found, "CONSULT") if "Sergey_Lavrov" in e.actor], found


PURPOSES = [
    ("en", "Morocco has stepped up its efforts to revive the negotiations with Algeria."),
    ("es", "Marruecos ha redoblado sus esfuerzos para relanzar las negociaciones con Argelia."),
    ("en", "Russia backed the attempts of Algeria to start a dialogue with Morocco."),
    ("fr", "Le but de la Russie reste de parvenir à des pourparlers entre le Maroc et l'Algérie."),
    ("ar", "كثف المغرب جهوده لإحياء المفاوضات مع الجزائر."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PURPOSES, ids=[c[1][:40] for c in PURPOSES])
def test_events_goal_of_an_effort_is_no_meeting(code, lang, text):
    found = code(text, lang)
    assert not _real(found, "CONSULT"), [(e.type, e.actor, e.recipient, e.aux) for e in found]


@pytest.mark.slow
def test_events_recalling_past_talks_is_no_sanction(code):
    found = code("Lavrov recalled the talks he had held with Bourita.", "en")
    assert "SANCTION" not in {e.type for e in found}
    assert "SANCTION" in {e.type for e in code("Algeria recalled its envoy to Morocco on Monday.", "en")}
