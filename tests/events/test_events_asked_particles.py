"""Who is asked does the act asked for, whatever shape the call takes: the object of the call's particle
("called on X to", "upon"), a dative ("a demandé à X de"), a body a name or demonym owns ("the Sudanese
army", "les parties libyennes"), and the French infinitive hung on the call's objects ("a appelé le
Maroc et le Front Polisario à reprendre") or on the call as an adverbial ("a exhorté l'Algérie à
rencontrer le Maroc"). The act stays hypothetical; its actor is the asked party, not
the caller (events.arguments._controlling_object). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import shown

CONTROLLED = [
    (
        "en",
        "The Polisario Front called on the Security Council to condemn Morocco.",
        "ACCUSE",
        {"United_Nations_Security_Council"},
    ),
    (
        "en",
        "The African Union called on Morocco and the Polisario Front to resume negotiations.",
        "CONSULT",
        {"Morocco", "Polisario_Front"},
    ),
    (
        "en",
        "Caracas called upon the United Nations to condemn the American sanctions.",
        "ACCUSE",
        {"United_Nations"},
    ),
    (
        "en",
        "The European Union urged the Sudanese army and the Rapid Support Forces to agree to a ceasefire.",
        "AGREE",
        {"Sudanese_Armed_Forces", "Rapid_Support_Forces"},
    ),
    (
        "fr",
        "Le Front Polisario a appelé le Conseil de sécurité à condamner le Maroc.",
        "ACCUSE",
        {"United_Nations_Security_Council"},
    ),
    (
        "fr",
        "L'Union africaine a appelé le Maroc et le Front Polisario à reprendre les négociations.",
        "CONSULT",
        {"Morocco", "Polisario_Front"},
    ),
    ("fr", "Le Mali a demandé à l'Algérie de soutenir la transition.", "SUPPORT", {"Algeria"}),
    # the infinitive the parser hangs on the call as an adverbial
    ("fr", "La Russie a exhorté l'Algérie à rencontrer le Maroc.", "CONSULT", {"Algeria"}),
    ("fr", "La Chine a encouragé le Venezuela à rencontrer la Colombie.", "CONSULT", {"Venezuela"}),
    (
        "fr",
        "Les Etats-Unis ont invité les parties libyennes à soutenir les efforts de l'envoyé de l'ONU.",
        "SUPPORT",
        {"Libya"},
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "asked"),
    CONTROLLED,
    ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CONTROLLED)],
)
def test_the_asked_act_is_the_askeds(world_code, lang, text, kind, asked):
    events = [e for e in world_code(text, lang) if e.type == kind]
    assert events and all(set(e.actor) == asked and "hypothetical" in e.aux for e in events), shown(events)


@pytest.mark.slow
def test_a_promise_made_to_a_party_stays_the_promisers(world_code):
    events = [
        e
        for e in world_code("Le Maroc a promis à l'Espagne de renforcer la coopération.", "fr")
        if e.type == "COOPERATE"
    ]
    assert all(e.actor == ("Morocco",) for e in events), shown(events)
