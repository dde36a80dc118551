"""Political parties are actors of their own (kb/data/organizations_world.yaml, sector PTY): an opposition
party accusing its own government is an event of the party's ("el PP acusó a Sánchez", "La France
insoumise a dénoncé la visite de Macron", "انتقد حزب العدالة والتنمية"). Before, the KB knew none of the
parties of the states that take sides in these dossiers and such acts had no actor. A party's short name that
is also a word of the language ("Podemos" in Spanish, "we can") names no one. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday

PARTY_ACTS = [
    ("es", "El PP acusó ayer a Pedro Sánchez de ceder ante Rabat.", "ACCUSE", "People's_Party_(Spain)"),
    (
        "es",
        "Vox criticó ayer a Pedro Sánchez por su carta al rey de Marruecos.",
        "ACCUSE",
        "Vox_(political_party)",
    ),
    (
        "es",
        "Unidas Podemos exigió ayer al Gobierno que defienda el derecho de autodeterminación.",
        "REQUEST",
        "Unidas_Podemos",
    ),
    (
        "fr",
        "La France insoumise a dénoncé lundi la visite d'Emmanuel Macron au Maroc.",
        "ACCUSE",
        "La_France_Insoumise",
    ),
    ("fr", "Le Rassemblement national a critiqué lundi Emmanuel Macron.", "ACCUSE", "National_Rally"),
    (
        "en",
        "South Africa's ruling ANC on Monday reaffirmed its support for the Polisario Front.",
        "SUPPORT",
        "African_National_Congress",
    ),
    (
        "ar",
        "أشاد حزب جبهة التحرير الوطني يوم الاثنين بقرار الرئيس عبد المجيد تبون.",
        "SUPPORT",
        "National_Liberation_Front_(Algeria)",
    ),
    (
        "ar",
        "انتقد حزب العدالة والتنمية يوم الاثنين قرار الحكومة المغربية.",
        "ACCUSE",
        "Justice_and_Development_Party_(Morocco)",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "party"), PARTY_ACTS, ids=[f"{p[0]}{i}" for i, p in enumerate(PARTY_ACTS)]
)
def test_events_a_party_is_the_actor_of_its_act(world_code, lang, text, kind, party):
    found = real_events(world_code(text, lang, PUBLISHED), kind)
    assert [e for e in found if party in e.actor], shown(found)


def test_events_a_party_name_that_is_a_word_names_no_one(world_code):
    text = "«Podemos avanzar juntos», afirmó ayer el ministro José Manuel Albares tras reunirse con Nasser Bourita."
    found = world_code(text, "es", PUBLISHED)
    assert found and not [e for e in found if "Unidas_Podemos" in e.actor + e.recipient], shown(found)
