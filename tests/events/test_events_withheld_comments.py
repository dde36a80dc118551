"""Declining to comment turns nothing down: "refused to say whether", "declined to comment", "a refusé de
commenter", "s'est refusé à tout commentaire", "se negó a comentar", "رفض التعليق" were each a REJECT
(events.withheld); words of comment before the refusal ("En declaraciones a la prensa, X rechazó la
propuesta") are its scene, not what it declines: still a rejection. Refusing a proposal, a truce or talks
stays one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

WITHHELD = [
    ("en", "The ministry declined on Tuesday to comment on the report."),
    ("en", "The Kremlin refused to say whether the talks would resume."),
    ("fr", "Le ministère a refusé mardi de commenter ces informations."),
    ("fr", "Le Kremlin s'est refusé à tout commentaire."),
    ("es", "El Kremlin se negó el martes a comentar el informe."),
    ("ar", "رفضت وزارة الخارجية الروسية التعليق على التقرير."),
]

REFUSED = [
    ("en", "The Houthis refused on Thursday to extend the truce."),
    ("fr", "Les Houthis ont refusé jeudi de prolonger la trêve."),
    ("es", "Argelia rechazó el jueves la propuesta de Marruecos."),
    ("ar", "رفضت الجزائر يوم الخميس مقترح المغرب."),
    # the comments refused are what is rejected; a reason given with "saying" is no comment withheld
    ("en", "Morocco rejected on Thursday the comments of the Algerian minister."),
    ("es", "Marruecos rechazó el jueves las declaraciones del ministro argelino."),
    ("en", "Egypt on Wednesday rejected an invitation from Ethiopia, saying it had imposed a fait accompli."),
    # words of comment before the refusal set its scene: a rejection told to the press
    ("en", "In comments to reporters, Algeria's foreign minister rejected the proposal of Morocco."),
    ("fr", "Dans ses commentaires à la presse, le ministre algérien a rejeté la proposition du Maroc."),
    ("es", "En declaraciones a la prensa, el canciller argelino rechazó la propuesta de Marruecos."),
]


@pytest.mark.slow
@by_language(WITHHELD)
def test_events_declining_to_comment_is_no_rejection(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert "REJECT" not in [e.type for e in found], shown(found)


@pytest.mark.slow
@by_language(REFUSED)
def test_events_refusing_a_proposal_is_still_a_rejection(world_code, lang, text):
    found = real_events(world_code(text, lang))
    assert "REJECT" in [e.type for e in found], shown(found)
