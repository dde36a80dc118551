"""A reaction to a text an actor's name owns ("la décision de Madrid", "the Spanish decision", "la
déclaration du ministre espagnol") is addressed to that actor, not to the assembly the article named
before: the Council votes resolutions, not Madrid's decisions (events.voting). A reaction to the
resolution itself still addresses the Council. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

COUNCIL_FIRST = {
    "fr": "Le Conseil de sécurité a prorogé lundi le mandat de la Minurso. ",
    "en": "The Security Council renewed the mission's mandate on Monday. ",
    "es": "El Consejo de Seguridad renovó el lunes el mandato de la Minurso. ",
}
OWNED = [
    ("fr", "Mardi, l'Algérie a dénoncé la décision de Madrid sur le Sahara."),
    ("fr", "Mardi, l'Algérie a dénoncé la déclaration du ministre espagnol."),
    ("en", "On Tuesday, Algeria condemned the Spanish decision on Western Sahara."),
    ("es", "El martes, Argelia criticó la decisión de España sobre el Sáhara."),
]
COUNCIL = "United_Nations_Security_Council"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), OWNED, ids=[f"{r[0]}-{i}" for i, r in enumerate(OWNED)])
def test_events_reaction_to_an_owned_text_is_not_addressed_to_the_council(world_code, lang, text):
    found = world_code(COUNCIL_FIRST[lang] + text, lang)
    reactions = [e for e in real_events(found, "ACCUSE") if "Algeria" in e.actor]
    assert reactions, shown(found)
    assert all("Spain" in e.recipient and COUNCIL not in e.recipient for e in reactions), shown(found)


@pytest.mark.slow
def test_events_reaction_to_the_resolution_addresses_the_council(code):
    found = code(COUNCIL_FIRST["fr"] + "Mardi, l'Algérie a dénoncé la résolution.", "fr")
    assert [e for e in real_events(found, "ACCUSE") if COUNCIL in e.recipient], shown(found)
