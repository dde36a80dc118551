"""Who a phrase that names no one by name stands for, in the article around it (sentences written for
these tests): an acronym two entries share is the one of the state named ("FAR"); "the group" the one
armed movement named; "El Gobierno de X" is X; "the statement" rejected is the last act told.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown


@pytest.mark.parametrize(
    ("text", "meant", "not_meant"),
    [
        (
            "En Sudán, las FAR atacaron el martes la ciudad de El Fasher.",
            "Rapid_Support_Forces",
            "Royal_Moroccan_Armed_Forces",
        ),
        (
            "Las FAR marroquíes desplegaron el martes tropas en el Sáhara Occidental.",
            "Royal_Moroccan_Armed_Forces",
            "Rapid_Support_Forces",
        ),
    ],
    ids=["sudan", "morocco"],
)
def test_an_ambiguous_acronym_is_the_one_of_the_state_named(world_code, text, meant, not_meant):
    """ "FAR": the Rapid Support Forces in Spanish, Morocco's army in French: the one of a state the
    article names (actors.stage._pick)."""
    found = world_code(text, "es")
    actors = {k for e in found for k in e.actor}
    assert meant in actors and not_meant not in actors, shown(found)


GROUP_ARTICLES = [
    (
        "en",
        "Hans Grundberg met the Houthis' chief negotiator in Muscat on Monday. Grundberg urged the group on Tuesday to release detained aid workers.",
    ),
    (
        "fr",
        "Hans Grundberg a rencontré lundi à Mascate le négociateur en chef des Houthis. Grundberg a exhorté mardi le groupe à libérer les humanitaires détenus.",
    ),
    (
        "es",
        "Hans Grundberg se reunió el lunes en Mascate con el negociador jefe de los hutíes. Grundberg instó el martes al grupo a liberar a los cooperantes detenidos.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GROUP_ARTICLES, ids=[c[0] for c in GROUP_ARTICLES])
def test_the_group_is_the_one_armed_movement_named(world_code, lang, text):
    """ "the group", "le groupe", "al grupo" (Spanish "al"/"del" are determiners too): the one armed
    movement the article names (lang/descriptions.yaml armed_group)."""
    found = world_code(text, lang)
    assert any("Houthis" in e.recipient for e in real_events(found, "REQUEST")), shown(found)


def test_a_group_of_experts_is_no_armed_movement(world_code):
    text = "The Houthis attacked a ship on Monday. The group of experts met the envoy on Tuesday."
    assert not any("Houthis" in e.actor for e in real_events(world_code(text, "en"), "CONSULT"))


GOVERNMENTS = [
    (
        "es",
        "El canciller venezolano rechazó la declaración. El Gobierno de Estados Unidos reconoció el martes al opositor Edmundo González Urrutia como ganador.",
    ),
    (
        "fr",
        "Le ministre vénézuélien a rejeté la déclaration. Le Gouvernement des États-Unis a reconnu mardi l'opposant Edmundo González Urrutia comme vainqueur.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GOVERNMENTS, ids=[c[0] for c in GOVERNMENTS])
def test_the_government_of_a_state_is_that_state(world_code, lang, text):
    """ "El Gobierno" (the entity recogniser's person or body: a determiner and the noun of a body) is no
    name of its own: the state after it acts."""
    found = world_code(text, lang)
    assert any(e.actor == ("United_States",) for e in real_events(found, "SUPPORT")), shown(found)


STATEMENTS = [
    (
        "es",
        "Gustavo Petro pidió el jueves a Nicolás Maduro publicar las actas. El canciller venezolano, Yván Gil, rechazó la declaración el viernes.",
    ),
    (
        "fr",
        "Gustavo Petro a demandé jeudi à Nicolás Maduro de publier les procès-verbaux. Le ministre vénézuélien Yván Gil a rejeté la déclaration vendredi.",
    ),
    (
        "en",
        "Gustavo Petro asked Nicolás Maduro on Thursday to publish the tallies. Venezuela's foreign minister Yván Gil rejected the statement on Friday.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENTS, ids=[c[0] for c in STATEMENTS])
def test_a_statement_rejected_is_its_authors(world_code, lang, text):
    """ "rejected the statement", "rechazó la declaración": a reaction to the last act told (`acts`)."""
    found = world_code(text, lang)
    assert any("Gustavo_Petro" in e.recipient for e in real_events(found, "REJECT")), shown(found)
