"""A call addressed to "both sides" ("ambas partes", "les deux camps", "الطرفين") is addressed to the
sides of the article's dispute, as one to "the parties" is (events.parties, `two_parties`). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

CALLS = [
    (
        "en",
        "The Sudanese army and the Rapid Support Forces met in Jeddah. Marco Rubio urged both sides to sign "
        "a truce.",
    ),
    (
        "es",
        "El ejército sudanés y las Fuerzas de Apoyo Rápido se reunieron en Yeda. Marco Rubio instó a ambas "
        "partes a firmar una tregua.",
    ),
    (
        "fr",
        "L'armée soudanaise et les Forces de soutien rapide se sont réunies à Djeddah. Marco Rubio a exhorté "
        "les deux camps à signer une trêve.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CALLS, ids=[c[0] for c in CALLS])
def test_both_sides_are_the_dispute_sides(world_code, lang: str, text: str) -> None:
    requests = real_events(world_code(text, lang), "REQUEST")
    sides = {"Sudanese_Armed_Forces", "Rapid_Support_Forces"}
    assert any(sides <= set(e.recipient) for e in requests), requests


# the data file's disputes name their sides: "the parties" of the Essequibo dispute are Venezuela and Guyana
@pytest.mark.slow
def test_the_parties_of_a_dispute_between_two_states(world_code) -> None:
    text = (
        "Venezuela y Guyana se reunieron el lunes en Brasilia. António Guterres instó a las partes a resolver "
        "sus diferencias por medios pacíficos."
    )
    requests = real_events(world_code(text, "es"), "REQUEST")
    assert any({"Venezuela", "Guyana"} <= set(e.recipient) for e in requests), requests


# "the two countries" as the subject of an act: the two states the sentence names before it (its
# officials act for theirs), not the two persons of the last meeting told
SUBJECT_STATES = [
    (
        "en",
        "Stephanie Koury met Khalifa Haftar in Benghazi last week. Turkish Foreign Minister Hakan Fidan, "
        "after talks with his Egyptian counterpart Sameh Shoukry on Monday, said the two countries would "
        "coordinate closely on Libya.",
    ),
    (
        "fr",
        "Stephanie Koury a rencontré Khalifa Haftar à Benghazi la semaine dernière. Le ministre turc des "
        "Affaires étrangères Hakan Fidan, après un entretien avec son homologue égyptien Sameh Choukri lundi, "
        "a déclaré que les deux pays allaient coopérer étroitement sur la Libye.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), SUBJECT_STATES, ids=[c[0] for c in SUBJECT_STATES])
def test_the_two_countries_are_the_states_just_named(world_code, lang: str, text: str) -> None:
    found = world_code(text, lang)
    acts = [e for e in found if e.type in ("AGREE", "COOPERATE")]
    assert acts and all(set(e.actor) == {"Turkey", "Egypt"} for e in acts), [
        (e.type, e.actor, e.recipient, e.aux) for e in found
    ]


# "both", "ambos", "les deux" in a clause after an act of two told in the same sentence ("signed with X a
# statement in which both condemned Y"): the two of that act
BOTH_OF_THE_SENTENCE = [
    (
        "es",
        "Sergey Lavrov firmó con Ahmed Attaf una declaración conjunta en la que ambos condenaron a Israel.",
    ),
    (
        "fr",
        "Sergueï Lavrov a signé avec Ahmed Attaf une déclaration commune dans laquelle les deux ministres condamnent Israël.",
    ),
    (
        "en",
        "Sergey Lavrov signed with Ahmed Attaf a joint statement in which both ministers condemned Israel.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), BOTH_OF_THE_SENTENCE, ids=[c[0] for c in BOTH_OF_THE_SENTENCE])
def test_both_are_the_two_of_the_act_told_before(world_code, lang: str, text: str) -> None:
    accusations = real_events(world_code(text, lang), "ACCUSE")
    assert accusations and all({"Sergey_Lavrov", "Ahmed_Attaf"} <= set(e.actor) for e in accusations), (
        accusations
    )


# a relative clause of its own subject on the signed text tells another act: whom it names is not whom the
# signature concerns
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), BOTH_OF_THE_SENTENCE[1:], ids=[c[0] for c in BOTH_OF_THE_SENTENCE[1:]]
)
def test_the_relative_act_keeps_its_names(world_code, lang: str, text: str) -> None:
    signed = [e for e in real_events(world_code(text, lang)) if e.type in ("SUPPORT", "AGREE")]
    assert signed and all("Israel" not in e.recipient for e in signed), signed


# a meeting a third party hosts: "the two sides" next are the two who met, not the host
@pytest.mark.slow
def test_the_two_sides_of_a_hosted_meeting_are_not_the_host(world_code) -> None:
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Friday in a meeting hosted by Hakan Fidan. "
        "The two sides agreed to a prisoner exchange."
    )
    agreements = real_events(world_code(text, "en"), "AGREE")
    assert agreements and all(set(e.actor) == {"Russia", "Ukraine"} for e in agreements), agreements


# "both" after a call to two persons: the two addressed, not the caller with them
@pytest.mark.slow
def test_both_after_a_call_to_two_are_the_two_addressed(world_code) -> None:
    text = "Sergey Lavrov urged Ahmed Attaf and Nasser Bourita to negotiate, and both ministers condemned Israel."
    accusations = real_events(world_code(text, "en"), "ACCUSE")
    assert accusations and all(set(e.actor) == {"Ahmed_Attaf", "Nasser_Bourita"} for e in accusations), (
        accusations
    )


# the Tripoli fighting of 2025: its two sides, one a militia the KB names ("Special Deterrence Force", "جهاز
# الردع"), are whom "both sides" stands for
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Clashes erupted in Tripoli between the Special Deterrence Force and forces of the Government of "
            "National Unity. UNSMIL called on both sides to respect the truce.",
        ),
        (
            "fr",
            "Des affrontements ont éclaté à Tripoli entre la Force de dissuasion spéciale et les forces du "
            "Gouvernement d'unité nationale. La Manul a appelé les deux parties à respecter la trêve.",
        ),
    ],
)
def test_both_sides_of_the_tripoli_fighting(world_code, lang: str, text: str) -> None:
    requests = real_events(world_code(text, lang, "2025-09-15"), "REQUEST")
    sides = {"Special_Deterrence_Force", "Government_of_National_Unity_(Libya)"}
    assert any(sides <= set(e.recipient) for e in requests), requests
