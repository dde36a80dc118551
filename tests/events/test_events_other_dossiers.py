"""Error classes found on articles of other dossiers (Libya, Yemen, Syria, Sudan, Sahel, Venezuela),
checked on sentences written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import kb_from_dicts
from diplowatch.model import UNREAL_AUX
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.events.conftest import ENTRIES, ROLES, make_article


def _real(events, kind: str, who: str):
    return [
        e
        for e in events
        if e.type == kind and who in set(e.actor) | set(e.recipient) and not UNREAL_AUX & set(e.aux)
    ]


# A trigger glued by a hyphen to the word before it describes someone: no event of that word's actor.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Algeria-backed Polisario rejected the proposal on Monday.",
        "Russia praised the UN-brokered truce between Morocco and the Polisario on Monday.",
    ],
)
def test_hyphenated_descriptor_is_no_event(code, text):
    events = code(text, "en")
    assert not [e for e in events if e.type in ("SUPPORT", "CONSULT") and "Algeria" in e.actor + e.recipient]
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.slow
def test_unhyphenated_backing_is_still_support(code):
    assert _real(code("Algeria backed the Polisario on Monday.", "en"), "SUPPORT", "Algeria")


# Arabic verb forms the lexicon missed: the feminine of a perfect in ى, the feminine present, and a
# meeting noun with a possessive (the hamza then sits on ya).
ARABIC = [
    ("التقت الجزائر والمغرب في جنيف يوم الاثنين.", "CONSULT", "Algeria"),
    ("نفت الجزائر اتهامات المغرب يوم الاثنين.", "REJECT", "Algeria"),
    ("تحث روسيا المغرب على استئناف المفاوضات.", "REQUEST", "Russia"),
    ("وقال دي ميستورا عقب لقائه عطاف إن المحادثات كانت مفيدة.", "CONSULT", "Ahmed_Attaf"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "who"), ARABIC, ids=[c[1] + c[0][:20] for c in ARABIC])
def test_arabic_inflections_are_triggers(code, text, kind, who):
    assert _real(code(text, "ar"), kind, who), [
        (e.type, e.actor, e.recipient, e.aux) for e in code(text, "ar")
    ]


# A future verb that governs the meeting noun makes the meeting planned (AGREE), not held.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "أعلن دي ميستورا أن جنيف ستستضيف محادثات بين المغرب والبوليساريو.",
        "وقال دي ميستورا إن الأمم المتحدة ستقوم بتيسير محادثات بين المغرب والبوليساريو.",
    ],
)
def test_arabic_future_verb_makes_meeting_planned(code, text):
    events = code(text, "ar")
    assert not _real(events, "CONSULT", "Morocco")
    assert any(e.type == "AGREE" and "future" in e.aux for e in events)


# Lifting or easing sanctions yields (CONCEDE): the phrase wins over the SANCTION noun.
RELIEF = [
    ("en", "Spain eased sanctions on Algeria on Monday."),
    ("fr", "L'Espagne a annoncé lundi la levée des sanctions contre l'Algérie."),
    ("es", "España anunció el lunes un alivio de las sanciones contra Argelia."),
    ("ar", "أعلنت روسيا يوم الاثنين رفع العقوبات عن الجزائر."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELIEF, ids=[c[0] for c in RELIEF])
def test_sanctions_relief_is_concede(code, lang, text):
    events = code(text, lang)
    assert _real(events, "CONCEDE", "Algeria")
    assert not _real(events, "SANCTION", "Algeria")


# Leaving a body of states reduces relations (SANCTION); leaving a city is no event.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia announced on Monday its withdrawal from the Security Council."),
        ("fr", "La Russie a quitté le Conseil de sécurité lundi."),
        ("es", "Rusia abandonó el Consejo de Seguridad el lunes."),
    ],
)
def test_leaving_an_organisation_is_sanction(code, lang, text):
    events = code(text, lang)
    assert _real(events, "SANCTION", "Russia")
    assert not _real(events, "RETREAT", "Russia")


@pytest.mark.slow
def test_leaving_a_city_is_no_event(code):
    assert not code("Sergueï Lavrov a quitté Rabat lundi pour Alger.", "fr")


@pytest.mark.slow
def test_withdrawing_troops_stays_retreat(code):
    assert _real(code("Russia withdrew its troops from Algeria on Monday.", "en"), "RETREAT", "Russia")


# Consultations that are held are a meeting, even beside a stronger trigger of another category.
@pytest.mark.slow
def test_held_consultations_are_a_meeting(code):
    text = "Le Maroc et l'Algérie ont tenu, lundi à Genève, des consultations après le retrait de la Russie."
    assert _real(code(text, "fr"), "CONSULT", "Morocco")


# Spanish: welcoming what was decided is SUPPORT ("celebrar"/"saludar" alone hold a meeting or greet);
# refusing to recognise a result or a government is REJECT.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["Rusia saludó el acuerdo entre Marruecos y Argelia.", "Rusia celebró la decisión de Argelia."]
)
def test_spanish_welcoming_a_decision_is_support(code, text):
    events = code(text, "es")
    assert _real(events, "SUPPORT", "Russia")
    assert not _real(events, "AGREE", "Russia")


@pytest.mark.slow
def test_spanish_holding_a_meeting_stays_consult(code):
    assert _real(code("Rusia celebró una reunión con Argelia el lunes.", "es"), "CONSULT", "Russia")


@pytest.mark.slow
def test_spanish_refusing_to_recognise_is_reject(code):
    assert _real(
        code("España desconoció el lunes los resultados anunciados por Argelia.", "es"), "REJECT", "Spain"
    )


# French: an expected arrival is a planned visit; an international conference is a meeting, a press
# conference is not.
@pytest.mark.slow
def test_french_expected_visit_is_planned(code):
    events = code("Staffan de Mistura est attendu lundi à Alger.", "fr")
    assert any(e.type == "AGREE" and "future" in e.aux for e in events)
    assert not _real(events, "CONSULT", "Staffan_de_Mistura")


@pytest.mark.slow
def test_french_press_conference_is_no_meeting(code):
    assert not code("Sergueï Lavrov a tenu une conférence de presse à Rabat lundi.", "fr")


@pytest.mark.slow
def test_french_planned_international_conference_is_agree(code):
    events = code(
        "La Russie organisera bientôt une conférence internationale avec l'Algérie et le Maroc.", "fr"
    )
    assert any(e.type == "AGREE" and "future" in e.aux and "Russia" in e.actor for e in events)


@pytest.fixture(scope="module")
def code_with_mission():
    """The test KB plus a mission whose French name holds a trigger word ("appui": support)."""
    mission = {
        "id": "Support_Mission",
        "kind": "organization",
        "name": "Support Mission",
        "sector": "IGO",
        "names": {"fr": ["Mission d'appui des Nations unies au Sahara"]},
    }
    chain = Chain(Parser(), ActorLinker(kb_from_dicts([*ENTRIES, mission], ROLES)))
    coder = EventCoder()
    return lambda text, lang: coder(chain(make_article(text, lang))).events


# A trigger word inside an organisation's name is part of the name, even a common noun.
@pytest.mark.slow
def test_word_of_an_organisation_name_is_no_event(code_with_mission):
    text = (
        "Staffan de Mistura a été nommé par le Maroc chef de la Mission d'appui des Nations unies au Sahara."
    )
    assert not [e for e in code_with_mission(text, "fr") if e.type == "SUPPORT"]


@pytest.mark.slow
def test_support_for_a_named_organisation_is_still_support(code_with_mission):
    text = "La Russie a apporté lundi son soutien à la Mission d'appui des Nations unies au Sahara."
    assert _real(code_with_mission(text, "fr"), "SUPPORT", "Russia")


# Gratitude expressed to someone is support for them.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Staffan de Mistura expressed gratitude to Algeria on Monday."),
        ("fr", "Staffan de Mistura a exprimé lundi sa gratitude à l'Algérie."),
        ("es", "Staffan de Mistura expresó el lunes su gratitud a Argelia."),
    ],
)
def test_gratitude_is_support(code, lang, text):
    assert _real(code(text, lang), "SUPPORT", "Algeria")


# Arabic, unparsed: a trigger just after a word of aim or effort is a goal, not a happening.
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["وبحث الطرفان سبل تجديد الهدنة بين المغرب والبوليساريو.", "وفشلت جهود روسيا لتجديد الهدنة مع المغرب."],
)
def test_arabic_aim_is_no_event(code, text):
    events = code(text, "ar")
    assert not [e for e in events if e.type in ("SUPPORT", "AGREE") and not UNREAL_AUX & set(e.aux)]


@pytest.mark.slow
def test_arabic_visit_in_the_frame_of_a_tour_stays(code):
    assert _real(code("التقى دي ميستورا عطاف في إطار زيارته إلى الجزائر.", "ar"), "CONSULT", "Ahmed_Attaf")
