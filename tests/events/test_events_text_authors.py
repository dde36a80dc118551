"""A reaction to a text is addressed to its author (sentences written for these tests): the author
of a draft stays out of the vote on it, but a criticism, a rejection or a welcome of the draft is
aimed at whoever wrote it (events.authored)."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

# (lang, text): a stance of Algeria (or Morocco) toward a text Russia or Spain wrote
REACTIONS = [
    ("en", "Algeria condemned the draft resolution prepared by Russia."),
    ("en", "In a letter to the Security Council, Morocco rejected the text drafted by Spain."),
    ("en", "Algeria criticised the draft submitted by Russia to the Security Council on Monday."),
    ("fr", "Dans une lettre au Conseil de sécurité, l'Algérie a dénoncé le texte rédigé par la Russie."),
    ("fr", "Le Maroc a rejeté lundi le projet présenté par l'Espagne au Conseil de sécurité."),
    ("es", "En una carta al Consejo de Seguridad, Argelia rechazó el texto redactado por Rusia."),
    ("es", "Marruecos criticó el lunes el proyecto presentado por España al Consejo de Seguridad."),
    ("ar", "رفضت الجزائر في رسالة إلى مجلس الأمن مشروع القرار الذي صاغته روسيا."),
    ("ar", "انتقد المغرب المشروع الذي أعدته روسيا لمجلس الأمن."),
]
AUTHORS = {"Russia", "Spain"}


@pytest.mark.slow
@by_language(REACTIONS)
def test_events_a_reaction_to_a_text_is_addressed_to_its_author(code, lang, text):
    found = code(text, lang)
    stances = [e for e in real_events(found) if e.type in ("ACCUSE", "REJECT")]
    assert stances, shown(found)
    assert AUTHORS & set(stances[0].recipient), shown(found)


# (lang, text, speaker, accused): a speaker reports that someone breaks the law or blocks a process:
# the speaker accuses them (events.speech, `spoken` words in lang/<xx>/events.yaml)
REPORTED_MISDEEDS = [
    ("fr", "L'Algérie a affirmé mardi que le Maroc viole le droit international.", "Algeria", "Morocco"),
    (
        "fr",
        "« Ainsi, le Maroc viole la légalité internationale », a déclaré Ahmed Attaf.",
        "Ahmed_Attaf",
        "Morocco",
    ),
    (
        "es",
        "«Con esa decisión, Marruecos viola la legalidad», reza el comunicado de Argelia.",
        "Algeria",
        "Morocco",
    ),
    ("ar", "وقال المغرب إن الجزائر تنتهك القانون الدولي.", "Morocco", "Algeria"),
    ("ar", "وقال المغرب إن الجزائر تعرقل العملية السياسية.", "Morocco", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "speaker", "accused"), REPORTED_MISDEEDS, ids=[c[0] for c in REPORTED_MISDEEDS]
)
def test_events_a_reported_misdeed_is_the_speakers_accusation(code, lang, text, speaker, accused):
    found = real_events(code(text, lang), "ACCUSE")
    assert found, shown(found)
    assert speaker in found[0].actor, shown(found)
    assert accused in found[0].recipient, shown(found)


# (lang, text): a stance noun whose agent ("by X", "par X", "por X") holds it, and whose other
# complement is what it is about (events.nominal)
AGENT_HOLDERS = [
    ("en", "The rejection by Algeria of the proposal of Russia surprised the diplomats."),
    ("fr", "Le rejet par l'Algérie de la proposition de la Russie a surpris les diplomates."),
    ("es", "El rechazo por Argelia de la propuesta de Rusia sorprendió a los diplomáticos."),
]


@pytest.mark.slow
@by_language(AGENT_HOLDERS)
def test_events_the_agent_of_a_stance_noun_holds_it(code, lang, text):
    found = real_events(code(text, lang), "REJECT")
    assert found, shown(found)
    assert found[0].actor == ("Algeria",), shown(found)
    assert "Russia" in found[0].recipient, shown(found)
