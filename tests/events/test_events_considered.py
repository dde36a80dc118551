"""Acts not done: an act a government weighs or does not rule out is not done: "n'exclut pas de rappeler son
ambassadeur", "is weighing recalling", "estudia llamar a consultas" (lang/<xx>/events.yaml:
`hypothetical` takes "exclure", `future_heads` the verbs of weighing). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

WEIGHED = [
    ("fr", "Le Maroc n'exclut pas de rappeler son ambassadeur à Alger."),
    ("fr", "Le Maroc a exclu de rappeler son ambassadeur à Alger."),
    ("en", "Morocco is weighing recalling its ambassador to Algiers."),
    ("es", "Marruecos estudia llamar a consultas a su embajador en Argel."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), WEIGHED, ids=[f"{r[0]}-{i}" for i, r in enumerate(WEIGHED)])
def test_events_a_weighed_recall_is_not_done(world_code, lang, text):
    found = world_code(text, lang)
    assert not real_events(found, "SANCTION"), shown(found)


ENDED_TRUCES = [
    ("fr", "Le Front Polisario a annoncé lundi la fin du cessez-le-feu avec le Maroc."),
    ("en", "The Polisario Front announced on Monday the end of the ceasefire with Morocco."),
    ("es", "El Frente Polisario anunció el lunes el fin del alto el fuego con Marruecos."),
    # an agreement's end announced is no agreement either (written for the lexicons' `fin accord*`)
    ("fr", "Le Front Polisario a annoncé lundi la fin de l'accord de coopération militaire avec le Maroc."),
    ("es", "El Frente Polisario anunció el lunes el fin del acuerdo de cooperación militar con Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), ENDED_TRUCES, ids=[f"{r[0]}{i}" for i, r in enumerate(ENDED_TRUCES)]
)
def test_events_an_ended_truce_is_rejected_not_agreed(world_code, lang, text):
    """ "Announced the end of the ceasefire": the truce is rejected, not agreed (the truce noun alone is AGREE)."""
    found = world_code(text, lang)
    assert not real_events(found, "AGREE"), shown(found)
    assert [e for e in real_events(found, "REJECT") if "Polisario_Front" in e.actor], shown(found)


CONDEMNED_ATTACKS = [
    "أدانت وزارة الخارجية المغربية بشدة الهجوم الذي استهدف مدينة السمارة.",
    "ونددت الجزائر الاثنين بالهجوم على السفارة.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", CONDEMNED_ATTACKS, ids=["adana", "naddada"])
def test_events_who_condemns_an_attack_did_not_attack(world_code, text):
    """Without a parse: an attack told by its noun right after a verb of condemnation is not the act of
    whoever condemns it (clause_status.condemned_act)."""
    found = world_code(text, "ar")  # alone: a brief's only event is kept whatever its confidence
    assert not [e for e in found if e.type == "ASSAULT" and {"Algeria", "Morocco"} & set(e.actor)], [
        (e.type, e.actor) for e in found
    ]
    assert not [
        e for e in found if e.type == "ASSAULT" and "Ministry_of_Foreign_Affairs_(Morocco)" in e.actor
    ]
