"""A stated readiness is an offer (AGREE): told by a verb of saying or the copula with "prêt", "dispuesto"
when no trigger verb names the act offered, and once only when one does. The political opposition is
no rejection; an opposition to something is. An invitation received is the inviter's offer. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

READY = [
    ("fr", "Sergueï Lavrov s'est dit prêt à faciliter un dialogue entre le Maroc et l'Algérie."),
    ("es", "Sergey Lavrov se mostró dispuesto a facilitar un diálogo entre Marruecos y Argelia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), READY, ids=[r[0] for r in READY])
def test_a_stated_readiness_is_an_offer(code, lang, text):
    found = code(text, lang)
    offers = [e for e in real_events(found, "AGREE") if e.actor == ("Sergey_Lavrov",)]
    assert offers and all("Morocco" in e.recipient for e in offers), shown(found)
    assert not real_events(found, "REJECT"), shown(found)


@pytest.mark.slow
def test_a_readiness_to_meet_is_one_offer(code):
    found = code("Sergueï Lavrov s'est dit prêt à rencontrer Nasser Bourita.", "fr")
    assert len([e for e in found if e.type == "AGREE"]) == 1, shown(found)


@pytest.mark.slow
def test_a_loan_is_no_readiness(code):
    assert not real_events(code("La Russie a accordé lundi un prêt à l'Algérie.", "fr"), "AGREE")


OPPOSITION = [
    ("en", "Sergey Lavrov called for a dialogue between Nicolás Maduro and the opposition.", False),
    (
        "fr",
        "Sergueï Lavrov s'est dit prêt à faciliter un dialogue entre Nicolás Maduro et l'opposition.",
        False,
    ),
    ("es", "Sergey Lavrov pidió un diálogo entre Nicolás Maduro y la oposición.", False),
    ("en", "Algeria reiterated its opposition to the Moroccan plan.", True),
    ("fr", "L'Algérie a réaffirmé son opposition au plan marocain.", True),
    ("es", "Argelia reiteró su oposición al plan marroquí.", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "rejects"), OPPOSITION, ids=[f"{o[0]}-{i}" for i, o in enumerate(OPPOSITION)]
)
def test_only_an_opposition_to_something_rejects(world_code, lang, text, rejects):
    found = world_code(text, lang)
    assert bool([e for e in found if e.type == "REJECT"]) == rejects, shown(found)


# An invitation received is the inviter's offer to the one who receives it, not a reception of a visitor
# ("a reçu une invitation de X": X is no guest).
INVITATIONS_RECEIVED = [
    ("fr", "Ahmed Attaf a reçu une invitation de Sergueï Lavrov à se rendre à Moscou."),
    ("en", "Ahmed Attaf received an invitation from Sergey Lavrov to visit Moscow."),
    ("es", "Ahmed Attaf recibió una invitación de Sergey Lavrov para visitar Moscú."),
    ("ar", "تلقى عطاف دعوة من لافروف لزيارة موسكو."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), INVITATIONS_RECEIVED, ids=[r[0] for r in INVITATIONS_RECEIVED])
def test_an_invitation_received_is_the_inviters(world_code, lang, text):
    found = world_code(text, lang)
    invitations = [e for e in real_events(found, "AGREE") if "Sergey_Lavrov" in e.actor]
    assert invitations and all(e.recipient == ("Ahmed_Attaf",) for e in invitations), shown(found)
    assert not real_events(found, "CONSULT"), shown(found)


# an offer told by the copula and "ready" in English too, and a meeting noun a word of readiness takes
# ("ready for talks", "prêt à des pourparlers") is the offer, not talks held
READY_FOR = [
    ("en", "Morocco said it was ready for dialogue with Algeria."),
    ("en", "Morocco said it was ready for talks with Algeria."),
    ("fr", "Le Maroc s'est dit prêt à des pourparlers avec l'Algérie."),
    ("es", "Marruecos se mostró dispuesto a negociaciones con Argelia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), READY_FOR, ids=[f"{r[0]}{i}" for i, r in enumerate(READY_FOR)])
def test_readiness_for_talks_is_an_offer(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert [(e.type, e.actor, e.recipient) for e in found] == [("AGREE", ("Morocco",), ("Algeria",))], shown(
        found
    )
