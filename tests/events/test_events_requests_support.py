"""Requests and support told in ways the extraction coded as another category or missed (sentences
written for these tests, in the four languages): a call restated with the verb that renews mandates."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, actor id, addressee id): "renewed its call" is a call, not an endorsement.
RESTATED_CALLS = [
    ("fr", "La Russie a renouvelé mardi son appel au Maroc à reprendre le dialogue.", "Russia", "Morocco"),
    (
        "fr",
        "Le Maroc a réitéré mercredi son appel à l'Algérie à rejoindre les tables rondes.",
        "Morocco",
        "Algeria",
    ),
    ("en", "Spain renewed on Monday its call for Algeria to reopen the border.", "Spain", "Algeria"),
    ("en", "Russia renewed its call on Morocco to resume the talks on Friday.", "Russia", "Morocco"),
    (
        "es",
        "Rusia renovó el miércoles su llamamiento a Argelia para reanudar el diálogo.",
        "Russia",
        "Algeria",
    ),
    ("ar", "جددت روسيا يوم الأربعاء دعوتها الجزائر إلى استئناف الحوار.", "Russia", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "actor", "asked"), RESTATED_CALLS, ids=[c[0] for c in RESTATED_CALLS]
)
def test_events_restated_call_is_a_request(code, lang, text, actor, asked):
    found = code(text, lang)
    requests = [e for e in real_events(found, "REQUEST") if actor in e.actor]
    assert requests, shown(found)
    assert asked in requests[0].recipient, shown(found)
    assert not real_events(found, "SUPPORT"), shown(found)


# Renewed support stays support: the call phrases need the word for a call.
RENEWED_SUPPORT = [
    ("fr", "Le Maroc a renouvelé mercredi son soutien à Staffan de Mistura."),
    ("en", "Morocco renewed on Wednesday its support for Staffan de Mistura."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), RENEWED_SUPPORT, ids=[c[0] for c in RENEWED_SUPPORT])
def test_events_renewed_support_stays_support(code, lang, text):
    found = code(text, lang)
    supports = [e for e in real_events(found, "SUPPORT") if "Morocco" in e.actor]
    assert supports and "Staffan_de_Mistura" in supports[0].recipient, shown(found)
    assert not real_events(found, "REQUEST"), shown(found)


@pytest.mark.slow
def test_events_french_present_demand_is_a_request(code):
    """« réclame »: the French lemmatizer leaves the present as it is."""
    found = code("Le Front Polisario réclame la libération des prisonniers détenus par le Maroc.", "fr")
    assert [e for e in real_events(found, "REQUEST") if "Polisario_Front" in e.actor], shown(found)
