"""Wordings of the Spanish wire services (EFE, Europa Press) on other dossiers than the Sahara: a stance
told with a locution ("se mostró a favor de", "se pronunció en contra de") and the short name of a state
("los Emiratos"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, told_between

IN_FAVOUR = [
    "España se mostró a favor del plan de autonomía de Marruecos.",
    "Rusia se pronunció el martes a favor de la propuesta de Argelia.",
]
AGAINST = [
    "Argelia se mostró en contra de la propuesta de Marruecos.",
    "Rusia se pronunció el martes en contra del plan de España.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", IN_FAVOUR, ids=range(len(IN_FAVOUR)))
def test_a_stance_in_favour_is_support(code, text: str) -> None:
    events = code(text, "es")
    assert told_between(events, "SUPPORT", "Spain", "Morocco") or told_between(
        events, "SUPPORT", "Russia", "Algeria"
    ), events


@pytest.mark.slow
@pytest.mark.parametrize("text", AGAINST, ids=range(len(AGAINST)))
def test_a_stance_against_is_reject(code, text: str) -> None:
    events = code(text, "es")
    assert told_between(events, "REJECT", "Algeria", "Morocco") or told_between(
        events, "REJECT", "Russia", "Spain"
    ), events
    assert not real_events(events, "AGREE"), events


CALLED = [
    "Ahmed Attaf se comunicó telefónicamente el martes con Nasser Bourita.",
    "Ahmed Attaf se comunicó con Nasser Bourita para analizar la situación regional.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CALLED, ids=range(len(CALLED)))
def test_getting_in_touch_is_a_call(code, text: str) -> None:
    assert told_between(code(text, "es"), "CONSULT", "Ahmed_Attaf", "Nasser_Bourita")


@pytest.mark.slow
def test_telling_a_decision_is_no_call(code) -> None:
    assert not real_events(code("Argelia comunicó el martes su decisión a Marruecos.", "es"), "CONSULT")


EXPELLED = [
    "Argelia ordenó el martes la salida de los diplomáticos de España.",
    "Argelia ordenó la salida del embajador de España en un plazo de 48 horas.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", EXPELLED, ids=range(len(EXPELLED)))
def test_ordering_diplomats_out_is_a_sanction(code, text: str) -> None:
    assert told_between(code(text, "es"), "SANCTION", "Algeria", "Spain")


@pytest.mark.slow
@by_language(
    [
        ("es", "Los Emiratos negaron el lunes las acusaciones de Sudán."),
        ("fr", "Les Émirats ont démenti lundi les accusations du Soudan."),
    ]
)
def test_the_emirates_by_their_short_name(world_code, lang: str, text: str) -> None:
    rejections = real_events(world_code(text, lang), "REJECT")
    assert any("United_Arab_Emirates" in e.actor for e in rejections), rejections


@pytest.mark.slow
@by_language(
    [
        (
            "es",
            "El Consejo Presidencial libio rechazó el martes la decisión de la Cámara de Representantes de Libia.",
        ),
        (
            "fr",
            "Le Conseil présidentiel libyen a rejeté mardi la décision de la Chambre des représentants libyenne.",
        ),
    ]
)
def test_libyan_bodies_by_their_spanish_names(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert told_between(
        events, "REJECT", "Presidential_Council_(Libya)", "House_of_Representatives_(Libya)"
    ), events


OPENING_PAIRS = [
    "Ahmed Attaf se reunió el lunes con Nasser Bourita en Argel.\n\nAmbos mandatarios firmaron un memorando de entendimiento.",
    "Ahmed Attaf se reunió el lunes con Nasser Bourita en Argel.\n\nAmbos ministros suscribieron un memorando de entendimiento.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", OPENING_PAIRS, ids=range(len(OPENING_PAIRS)))
def test_the_subject_opening_a_paragraph_acts(code, text: str) -> None:
    """The parser read the paragraph's line break as the subject: "ambos" is still the two who met."""
    signed = real_events(code(text, "es"), "SUPPORT")
    assert any({"Ahmed_Attaf", "Nasser_Bourita"} <= set(e.actor) for e in signed), signed


@pytest.mark.slow
@by_language(
    [
        (
            "es",
            "El Gobierno de Sudán acusó el lunes a las Fuerzas de Apoyo Rápido de atacar a civiles. "
            "António Guterres instó a las partes a acordar un alto el fuego.",
        ),
        (
            "fr",
            "Le gouvernement soudanais a accusé lundi les Forces de soutien rapide d'attaquer des civils. "
            "António Guterres a exhorté les parties à conclure un cessez-le-feu.",
        ),
        (
            "en",
            "The Sudanese government accused the Rapid Support Forces on Monday of attacking civilians. "
            "António Guterres urged the parties to agree a ceasefire.",
        ),
    ]
)
def test_the_parties_of_sudan_when_the_army_is_named_as_the_state(world_code, lang: str, text: str) -> None:
    events = world_code(text, lang)
    assert told_between(events, "REQUEST", "António_Guterres", "Rapid_Support_Forces"), events
    assert told_between(events, "REQUEST", "António_Guterres", "Sudan"), events


@pytest.mark.slow
@by_language(
    [
        (
            "es",
            "Ahmed Attaf se reunió el lunes con Nasser Bourita en Argel. "
            "Los dos ministros acordaron reanudar el diálogo, según informó la Cancillería española.",
        ),
        (
            "en",
            "Ahmed Attaf received Nasser Bourita in Algiers on Monday. "
            "The two ministers agreed to resume talks, as the Spanish foreign ministry reported.",
        ),
    ]
)
def test_the_two_who_met_act_whoever_reports_it(world_code, lang: str, text: str) -> None:
    """A name near "the two" (the source of the account) is no actor that hides the pair."""
    agreed = real_events(world_code(text, lang), "AGREE")
    assert any({"Ahmed_Attaf", "Nasser_Bourita"} <= set(e.actor) for e in agreed), agreed


# A second act whose object is a pronoun is addressed to the first act's counterpart: (text, category, actor,
# counterpart)
PRONOUN_OBJECTS = [
    (
        "es",
        "Ahmed Attaf criticó a Nasser Bourita y le exigió explicaciones.",
        "REQUEST",
        "Ahmed_Attaf",
        "Nasser_Bourita",
    ),
    (
        "fr",
        "Ahmed Attaf a critiqué Nasser Bourita et lui a demandé des explications.",
        "REQUEST",
        "Ahmed_Attaf",
        "Nasser_Bourita",
    ),
    (
        "en",
        "Ahmed Attaf criticised Nasser Bourita and asked him for explanations.",
        "REQUEST",
        "Ahmed_Attaf",
        "Nasser_Bourita",
    ),
    # an invitation told with a pronoun after thanks
    (
        "es",
        "Bourita agradeció a Ahmed Attaf su apoyo y le invitó a visitar Dajla.",
        "AGREE",
        "Nasser_Bourita",
        "Ahmed_Attaf",
    ),
    (
        "fr",
        "Bourita a remercié Ahmed Attaf pour son soutien et l'a invité à visiter Dakhla.",
        "AGREE",
        "Nasser_Bourita",
        "Ahmed_Attaf",
    ),
    (
        "en",
        "Bourita thanked Ahmed Attaf for his support and invited him to visit Dakhla.",
        "AGREE",
        "Nasser_Bourita",
        "Ahmed_Attaf",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "actor", "counterpart"),
    PRONOUN_OBJECTS,
    ids=[f"{c[0]}-{c[2]}" for c in PRONOUN_OBJECTS],
)
def test_a_pronoun_object_of_a_second_act_is_the_first_acts_counterpart(
    code, lang, text, kind, actor, counterpart
):
    assert told_between(code(text, lang), kind, actor, counterpart)


@pytest.mark.slow
@by_language(
    [
        ("es", "Argelia, principal aliado del Frente Polisario, condenó el martes la decisión de España."),
        ("fr", "L'Algérie, principal allié du Front Polisario, a condamné mardi la décision de l'Espagne."),
        ("en", "Algeria, the main ally of the Polisario, condemned Spain's decision on Tuesday."),
    ]
)
def test_an_ally_named_beside_the_subject_takes_no_part(code, lang: str, text: str) -> None:
    condemned = real_events(code(text, lang), "ACCUSE")
    assert any("Algeria" in e.actor for e in condemned), condemned
    assert not any("Polisario_Front" in e.actor + e.recipient for e in condemned), condemned
