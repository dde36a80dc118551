"""Event words that tell no happening (sentences written for these tests): an event noun named as a
subject matter or a remit (events.topics), the goal of an aim or an effort (events.purposes), and
"recall" without an envoy."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# An event noun named as a topic or a remit (events.topics), the goal of an aim or an effort
# (events.purposes): nobody met.
NO_MEETING = [
    ("en", "Russia raised the question of the negotiations between Morocco and Algeria."),
    ("fr", "Lavrov a évoqué la question des négociations entre le Maroc et l'Algérie."),
    ("es", "Lavrov abordó la cuestión de las negociaciones entre Marruecos y Argelia."),
    ("en", "Algeria raised the issue of a visit by Bourita."),
    ("ar", "أثار لافروف مسألة المفاوضات بين المغرب والجزائر."),
    ("en", "Morocco has stepped up its efforts to revive the negotiations with Algeria."),
    ("es", "Marruecos ha redoblado sus esfuerzos para relanzar las negociaciones con Argelia."),
    ("en", "Russia backed the attempts of Algeria to start a dialogue with Morocco."),
    ("fr", "Le but de la Russie reste de parvenir à des pourparlers entre le Maroc et l'Algérie."),
    ("ar", "كثف المغرب جهوده لإحياء المفاوضات مع الجزائر."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NO_MEETING, ids=[c[1][:40] for c in NO_MEETING])
def test_events_topic_or_goal_is_no_meeting(code, lang, text):
    found = code(text, lang)
    assert not real_events(found, "CONSULT"), shown(found)


@pytest.mark.slow
def test_events_topic_words_leave_the_meeting_that_discusses_them(code):
    found = code("Lavrov met Bourita in Moscow to discuss the question of the negotiations.", "en")
    assert [e for e in real_events(found, "CONSULT") if "Sergey_Lavrov" in e.actor], found


@pytest.mark.slow
def test_events_recalling_past_talks_is_no_sanction(code):
    found = code("Lavrov recalled the talks he had held with Bourita.", "en")
    assert "SANCTION" not in {e.type for e in found}
    assert "SANCTION" in {e.type for e in code("Algeria recalled its envoy to Morocco on Monday.", "en")}


STOPPED = [
    (
        "en",
        "Moroccan police prevented the demonstration organised by Algerian students.",
        "COERCE",
        "PROTEST",
    ),
    ("fr", "La police marocaine a empêché la manifestation des étudiants algériens.", "COERCE", "PROTEST"),
    ("es", "La policía marroquí impidió la manifestación de estudiantes argelinos.", "COERCE", "PROTEST"),
    ("fr", "L'Algérie a bloqué les négociations avec le Maroc.", "REJECT", "CONSULT"),
    ("en", "Algeria blocked the talks with Morocco.", "REJECT", "CONSULT"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "kind", "stopped"), STOPPED, ids=[c[1][:40] for c in STOPPED])
def test_events_stopping_an_act_is_the_event(code, lang, text, kind, stopped):
    """The main verb stops the act its object names: the stopping is coded, the stopped act is not."""
    found = code(text, lang)
    assert kind in {e.type for e in found}, [(e.type, e.actor, e.recipient) for e in found]
    assert not real_events(found, stopped), [(e.type, e.actor, e.recipient) for e in found]


@pytest.mark.slow
def test_events_resuming_an_act_is_that_act(code):
    """An aspectual verb takes its object's category: resumed shelling is an assault, not an agreement."""
    assert [e.type for e in code("Morocco resumed the shelling of Algerian positions.", "en")] == ["ASSAULT"]


THREATS = [
    ("en", "Russia will withdraw its observers from Algeria unless the parties agree to a ceasefire."),
    ("fr", "La Russie retirera ses observateurs d'Algérie à moins que les parties n'acceptent une trêve."),
    ("es", "Rusia retirará a sus observadores de Argelia a menos que las partes acepten una tregua."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), THREATS, ids=[c[1][:40] for c in THREATS])
def test_events_promise_with_an_unless_is_a_threat(code, lang, text):
    found = [e for e in code(text, lang) if "Russia" in e.actor]
    assert [e.type for e in found] == ["THREATEN"], found


@pytest.mark.slow
def test_events_promise_without_a_condition_stays_an_agreement(code):
    found = [e for e in code("Russia will withdraw its observers from Algeria next month.", "en")]
    assert [e.type for e in found] == ["AGREE"]


DESCRIPTIONS = [
    ("en", "Lavrov met the Algerian government backed by Russia."),
    ("fr", "Lavrov a rencontré les rebelles soutenus par l'Algérie."),
    ("es", "Lavrov se reunió con los rebeldes respaldados por Argelia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS, ids=[c[1][:40] for c in DESCRIPTIONS])
def test_events_participle_describing_a_noun_is_no_event(code, lang, text):
    """ "backed by Russia" says who the government is: the meeting is the only event."""
    assert [e.type for e in code(text, lang)] == ["CONSULT"]


@pytest.mark.slow
def test_events_gerund_is_still_the_event(code):
    found = code("L'Espagne a changé de position vendredi, en soutenant le plan du Maroc.", "fr")
    assert [e for e in real_events(found, "SUPPORT") if "Spain" in e.actor], found


REACTIONS = [
    ("es", "Rusia celebró el llamamiento de Marruecos a reanudar el diálogo con Argelia.", "Russia"),
    ("es", "Rusia saludó la propuesta de Argelia de acoger conversaciones con Marruecos.", "Russia"),
    ("fr", "Lavrov a loué l'appel du Maroc au dialogue avec l'Algérie.", "Sergey_Lavrov"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), REACTIONS, ids=[c[1][:40] for c in REACTIONS])
def test_events_reaction_to_a_stance_is_the_reactors_support(code, lang, text, who):
    """ "celebró el llamamiento de X": the reaction is the subject's SUPPORT, whatever the noun's category."""
    found = code(text, lang)
    assert [e for e in real_events(found, "SUPPORT") if who in e.actor], [(e.type, e.actor) for e in found]


@pytest.mark.slow
def test_events_holding_a_meeting_is_no_reaction(code):
    found = code("Marruecos y Argelia celebraron una reunión en Ginebra.", "es")
    assert [e.type for e in found] == ["CONSULT"]
