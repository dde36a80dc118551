"""Rejecting someone's proposal is a REJECT aimed at its author, also when the author is named by its
noun alone once the article has named it ("the army's proposal", "la proposition de l'armée", "la
propuesta del ejército": the one army the article names; lang/descriptions.yaml). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

REJECTED = [
    (
        "en",
        "The Sudanese army announced a plan on Monday. The RSF rejected the army's proposal for a truce on "
        "Wednesday.",
    ),
    (
        "fr",
        "L'armée soudanaise a présenté un plan lundi. Les Forces de soutien rapide ont rejeté mercredi la "
        "proposition de l'armée pour une trêve.",
    ),
    (
        "es",
        "El ejército sudanés presentó un plan el lunes. Las Fuerzas de Apoyo Rápido rechazaron el miércoles "
        "la propuesta del ejército para una tregua.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), REJECTED, ids=[r[0] for r in REJECTED])
def test_the_author_of_a_rejected_proposal_is_its_recipient(world_code, lang: str, text: str) -> None:
    rejects = real_events(world_code(text, lang), "REJECT")
    assert any(
        e.actor == ("Rapid_Support_Forces",) and "Sudanese_Armed_Forces" in e.recipient for e in rejects
    ), rejects


@pytest.mark.slow
def test_the_army_is_nobody_when_the_article_names_two(world_code) -> None:
    text = (
        "The Sudanese Armed Forces and the Royal Moroccan Armed Forces held talks. The RSF rejected the "
        "army's proposal on Wednesday."
    )
    rejects = real_events(world_code(text, "en"), "REJECT")
    armies = {"Sudanese_Armed_Forces", "Royal_Moroccan_Armed_Forces"}
    assert all(not armies & set(e.recipient) for e in rejects), rejects


# A relative clause's trigger acts on its antecedent, whose author is its recipient; the English parser
# leaves "which" unmarked (lang/<xx>/events.yaml relatives).
RELATIVES = [
    ("en", "Morocco proposed a truce on Monday, which Algeria rejected."),
    ("en", "Algeria criticised the plan that Morocco presented, which Spain had supported."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RELATIVES, ids=range(len(RELATIVES)))
def test_a_relative_clause_rejects_its_antecedents_author(code, lang: str, text: str) -> None:
    events = code(text, lang)
    rejects = real_events(events, "REJECT") + [
        e for e in real_events(events, "SUPPORT") if "Spain" in e.actor
    ]
    assert any(e.actor in (("Algeria",), ("Spain",)) and "Morocco" in e.recipient for e in rejects), events
