"""Events told in speech (events.speech): evaluative words said by someone are criticism, and a
quotation's clause without an actor of its own is the speaker's act. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _accusations(events):
    return [e for e in events if e.type == "ACCUSE" and "negation" not in e.aux]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Selon Attaf, l'attitude de l'Espagne est irresponsable.", "fr", "Ahmed_Attaf"),
        ("«La decisión de España es inaceptable», afirmó Attaf el martes.", "es", "Ahmed_Attaf"),
        ("Lavrov said Spain's stance was biased.", "en", "Sergey_Lavrov"),
        ("Spain's stance is unacceptable and one-sided, Lavrov told reporters.", "en", "Sergey_Lavrov"),
    ],
)
def test_an_evaluative_word_someone_says_is_their_criticism_of_what_it_qualifies(code, text, lang, speaker):
    found = _accusations(code(text, lang))
    assert [(e.actor, e.recipient) for e in found] == [((speaker,), ("Spain",))]


@pytest.mark.slow
def test_an_evaluative_word_about_a_voted_text_is_addressed_to_the_body_that_voted(code):
    text = (
        "Le Conseil de sécurité a adopté la résolution lundi. "
        "Lavrov a estimé que la résolution était partiale."
    )
    found = _accusations(code(text, "fr"))
    assert [(e.actor, e.recipient) for e in found] == [
        (("Sergey_Lavrov",), ("United_Nations_Security_Council",))
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'attitude de l'Espagne est irresponsable.", "fr"),  # the writer's own word: nobody says it
        ("Spain's stance is biased.", "en"),
        ("وقال لافروف إن موقف مجلس الأمن محايد وغير متحيز.", "ar"),  # "unbiased": no criticism
    ],
)
def test_an_evaluative_word_nobody_says_or_negated_is_no_criticism(code, text, lang):
    assert not _accusations(code(text, lang))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "« La situation est grave. Nous rejetons fermement la position de l'Espagne », a déclaré Bourita.",
            "fr",
            "REJECT",
        ),
        ('"Hubo avances. Rechazamos la propuesta de España", dijo Bourita.', "es", "REJECT"),
    ],
)
def test_a_later_sentence_of_a_quotation_is_the_speakers_act(code, text, lang, kind):
    found = [e for e in code(text, lang) if e.type == kind]
    assert [(e.actor, e.recipient) for e in found] == [(("Nasser_Bourita",), ("Spain",))]


@pytest.mark.slow
def test_a_third_person_subject_in_a_quotation_is_not_the_speaker(code):
    text = "« La situation est grave. Il a rejeté la position de l'Espagne », a déclaré Bourita."
    assert not [e for e in code(text, "fr") if e.actor == ("Nasser_Bourita",) and e.type == "REJECT"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La decisión de España fue criticada por Argelia el lunes.", "es"),
        ("La décision de l'Espagne a été condamnée par l'Algérie lundi.", "fr"),
        ("Spain's decision was criticised by Algeria on Monday.", "en"),
    ],
)
def test_criticism_in_the_passive_is_the_agents(code, text, lang):
    found = _accusations(code(text, lang))
    assert [(e.actor, e.recipient) for e in found] == [(("Algeria",), ("Spain",))]


@pytest.mark.slow
def test_an_arabic_request_verb_with_its_conjunction_is_a_request(code):
    found = [e for e in code("وحث لافروف المغرب على استئناف المفاوضات.", "ar") if e.type == "REQUEST"]
    assert [(e.actor, e.recipient) for e in found] == [(("Sergey_Lavrov",), ("Morocco",))]
