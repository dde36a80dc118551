"""Events told in speech (events.speech): evaluative words said by someone are criticism, and a
quotation's clause without an actor of its own is the speaker's act. Sentences written for these tests."""

from __future__ import annotations

import pytest

# (language, sentence, who says it): each criticises Spain
SAID = [
    ("fr", "Selon Attaf, l'attitude de l'Espagne est irresponsable.", "Ahmed_Attaf"),
    ("es", "«La decisión de España es inaceptable», afirmó Attaf el martes.", "Ahmed_Attaf"),
    ("en", "Lavrov said Spain's stance was biased.", "Sergey_Lavrov"),
    ("en", "Spain's stance is unacceptable and one-sided, Lavrov told reporters.", "Sergey_Lavrov"),
    # a misdeed the speaker ascribes to Spain
    ("en", "Lavrov said on Monday that Spain violates international law.", "Sergey_Lavrov"),
    ("es", "Según Attaf, España socava el proceso de paz.", "Ahmed_Attaf"),
    # an opinion reported is its holder's word
    ("en", "Lavrov believes that Spain undermines the peace process.", "Sergey_Lavrov"),
    ("fr", "L'Algérie considère que la position de l'Espagne est partiale.", "Algeria"),
    ("es", "Argelia cree que la postura de España es inaceptable.", "Algeria"),
]
UNSAID = [
    ("fr", "L'attitude de l'Espagne est irresponsable."),  # the writer's own word: nobody says it
    ("en", "Spain's stance is biased."),
    ("en", "Spain violates international law."),  # the writer's claim: not a statement of anyone's
    ("ar", "وقال لافروف إن موقف مجلس الأمن محايد وغير متحيز."),  # "unbiased": no criticism
]
# Bourita rejects Spain's position in the second sentence of his quotation
QUOTED_ON = [
    (
        "fr",
        "« La situation est grave. Nous rejetons fermement la position de l'Espagne », a déclaré Bourita.",
    ),
    ("es", '"Hubo avances. Rechazamos la propuesta de España", dijo Bourita.'),
]
# Algeria criticises Spain, told in the passive
PASSIVES = [
    ("es", "La decisión de España fue criticada por Argelia el lunes."),
    ("fr", "La décision de l'Espagne a été condamnée par l'Algérie lundi."),
    ("en", "Spain's decision was criticised by Algeria on Monday."),
]


def _pairs(events, kind: str = "ACCUSE") -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.actor, e.recipient) for e in events if e.type == kind and "negation" not in e.aux]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "speaker"), SAID)
def test_an_evaluative_word_someone_says_is_their_criticism_of_what_it_qualifies(code, lang, text, speaker):
    assert _pairs(code(text, lang)) == [((speaker,), ("Spain",))]


@pytest.mark.slow
def test_an_evaluative_word_about_a_voted_text_is_addressed_to_the_body_that_voted(code):
    text = (
        "Le Conseil de sécurité a adopté la résolution lundi. "
        "Lavrov a estimé que la résolution était partiale."
    )
    assert _pairs(code(text, "fr")) == [(("Sergey_Lavrov",), ("United_Nations_Security_Council",))]


@pytest.mark.slow
def test_an_arabic_opinion_reported_is_its_holders_criticism(code):
    found = code("وترى روسيا أن نص مجلس الأمن منحاز.", "ar")
    assert _pairs(found) == [(("Russia",), ("United_Nations_Security_Council",))]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNSAID)
def test_an_evaluative_word_nobody_says_or_negated_is_no_criticism(code, lang, text):
    assert not _pairs(code(text, lang))


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), QUOTED_ON)
def test_a_later_sentence_of_a_quotation_is_the_speakers_act(code, lang, text):
    assert _pairs(code(text, lang), "REJECT") == [(("Nasser_Bourita",), ("Spain",))]


@pytest.mark.slow
def test_a_third_person_subject_in_a_quotation_is_not_the_speaker(code):
    text = "« La situation est grave. Il a rejeté la position de l'Espagne », a déclaré Bourita."
    assert (("Nasser_Bourita",), ("Spain",)) not in _pairs(code(text, "fr"), "REJECT")


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PASSIVES)
def test_criticism_in_the_passive_is_the_agents(code, lang, text):
    assert _pairs(code(text, lang)) == [(("Algeria",), ("Spain",))]


@pytest.mark.slow
def test_an_arabic_request_verb_with_its_conjunction_is_a_request(code):
    found = _pairs(code("وحث لافروف المغرب على استئناف المفاوضات.", "ar"), "REQUEST")
    assert found == [(("Sergey_Lavrov",), ("Morocco",))]
