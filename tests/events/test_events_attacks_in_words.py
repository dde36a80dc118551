"""An attack by someone who carries no arms is criticism (events.verbal): "the minister attacked
Algeria" is ACCUSE, while an armed group's or an army's attack stays ASSAULT. Sentences written for
these tests; the project's knowledge base says who is a civilian office holder."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, sentence, the actor, the one attacked)
IN_WORDS = [
    (
        "en",
        "Moroccan Foreign Minister Nasser Bourita attacked Algeria on Tuesday in a speech in Rabat.",
        "Nasser_Bourita",
        "Algeria",
    ),
    (
        "fr",
        "Le ministre algérien des Affaires étrangères Ahmed Attaf a attaqué mardi le Maroc devant la presse.",
        "Ahmed_Attaf",
        "Morocco",
    ),
    (
        "es",
        "El canciller marroquí Nasser Bourita atacó el martes a Argelia en una rueda de prensa.",
        "Nasser_Bourita",
        "Algeria",
    ),
    (
        "ar",
        "هاجم وزير الخارجية المغربي ناصر بوريطة الجزائر يوم الثلاثاء في مؤتمر صحفي.",
        "Nasser_Bourita",
        "Algeria",
    ),
]

ARMED = [
    ("en", "Khalifa Haftar's forces attacked Tripoli on Tuesday.", "ASSAULT"),
    ("en", "Khalifa Haftar attacked Tripoli on Tuesday.", "ASSAULT"),
    ("ar", "هاجمت قوات الدعم السريع مدينة الفاشر يوم الثلاثاء.", "ASSAULT"),
]


@pytest.mark.parametrize(("lang", "text", "actor", "target"), IN_WORDS, ids=[c[0] for c in IN_WORDS])
def test_an_office_holders_attack_is_criticism(world_code, lang, text, actor, target):
    found = world_code(text, lang)
    assert not real_events(found, "ASSAULT"), shown(found)
    assert any(actor in e.actor and target in e.recipient for e in real_events(found, "ACCUSE")), shown(found)


@pytest.mark.parametrize(("lang", "text", "kind"), ARMED, ids=[f"{c[0]}-{n}" for n, c in enumerate(ARMED)])
def test_an_armed_attack_stays_an_assault(world_code, lang, text, kind):
    found = world_code(text, lang)
    assert real_events(found, kind), shown(found)


@pytest.mark.parametrize(
    "text",
    [
        "وهاجم مسلحون قافلة تابعة للأمم المتحدة في شمال مالي يوم الأربعاء.",
        "هاجم مجهولون مقر البعثة الأممية في طرابلس يوم الثلاثاء.",
    ],
    ids=["convoy", "headquarters"],
)
def test_unnamed_attackers_are_no_one_named_after_them(world_code, text):
    """ "هاجم مسلحون X": the attackers are unknown; the names after them are whom they attacked
    (`unnamed_subjects`, lang/ar/events.yaml)."""
    found = world_code(text, "ar")
    attacks = real_events(found, "ASSAULT")
    assert attacks and all(not e.actor for e in attacks), shown(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Niger a rappelé mercredi son ambassadeur à Abidjan, accusant la Côte d'Ivoire de soutenir des groupes hostiles.",
        ),
        ("en", "Niger recalled its ambassador on Wednesday, accusing Abidjan of backing hostile groups."),
        (
            "es",
            "Níger llamó a consultas el miércoles a su embajador, acusando a Abiyán de apoyar a grupos hostiles.",
        ),
    ],
)
def test_an_accusation_beside_a_recall(world_code, lang, text):
    """ "X recalled its ambassador, accusing Y of...": two acts of X, the accusation aimed at Y."""
    found = world_code(text, lang)
    assert any("Niger" in e.actor and "Ivory_Coast" in e.recipient for e in real_events(found, "ACCUSE")), (
        shown(found)
    )


def test_a_body_named_inside_a_title_is_no_unknown_organisation(world_code):
    """ "Le président de la Commission de la Cedeao, X, a appelé...": the title names X (and ECOWAS,
    nested), not an organisation "Commission de la Cedeao" that the entity recogniser saw and that would
    act beside X."""
    text = "Le président de la Commission de la Cedeao, Omar Alieu Touray, a appelé jeudi le Niger et la Côte d'Ivoire au dialogue."
    calls = real_events(world_code(text, "fr"), "REQUEST")
    assert [e.actor for e in calls] == [("Omar_Touray",)], shown(calls)


@pytest.mark.parametrize(
    "text",
    [
        "La veille, le ministre ivoirien des Affaires étrangères, Kacou Houadja Léon Adom, avait rejeté ces accusations.",
        "Le chef de la diplomatie ivoirienne Kacou Houadja Léon Adom a rejeté mardi ces accusations.",
    ],
    ids=["apposition", "after-title"],
)
def test_a_long_name_the_recogniser_cut_is_one_person(world_code, text):
    """ "Kacou Houadja Léon Adom": the entity recogniser cuts four-word names in two or three pieces;
    pieces with nothing but capitalised words between them are one person, not two who act together (the
    KB does not know him: his title's state acts beside him, events.sides)."""
    rejections = real_events(world_code(text, "fr"), "REJECT")
    assert rejections and all(e.actor == ("Kacou Houadja Léon Adom", "Ivory_Coast") for e in rejections), (
        shown(rejections)
    )


CLASHES = [
    ("en", "The Rapid Support Forces and the Sudanese army clashed in Khartoum on Monday."),
    ("fr", "Les Forces de soutien rapide et l'armée soudanaise se sont affrontées lundi à Khartoum."),
    ("es", "Las Fuerzas de Apoyo Rápido y el Ejército sudanés se enfrentaron el lunes en Jartum."),
    ("ar", "اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم يوم الاثنين."),
]


@pytest.mark.parametrize(("lang", "text"), CLASHES, ids=[c[0] for c in CLASHES])
def test_a_clash_is_both_sides_fighting(world_code, lang, text):
    """ "X and Y clashed", "se sont affrontés", "se enfrentaron", "اشتبكت X مع Y": both sides fight (mutual:
    two sides in the actor are the dyad), kept beside another event of the article."""
    sides = {"Rapid_Support_Forces", "Sudanese_Armed_Forces"}
    found = world_code(text, lang)
    assert any(
        sides <= set(e.actor + e.recipient) and e.confidence >= 0.7 for e in real_events(found, "ASSAULT")
    ), shown(found)


def test_facing_a_crisis_is_no_clash(world_code):
    found = world_code("Le gouvernement doit affronter une crise économique grave.", "fr")
    assert not real_events(found, "ASSAULT"), shown(found)
