"""A demonym two states share ("congolais", "Congolese", "congoleño") stands for the one the article
names, by name or by capital (actors.shared_demonyms); with neither named it names no state, rather than
a guess. Before, the KB listed no demonym for either Congo, and "la cheffe de la diplomatie congolaise"
was the last foreign minister named (the US Secretary of State). Sentences written for this test, linked
with the packaged KB and the parse."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

DRC, CONGO = "Democratic_Republic_of_the_Congo", "Republic_of_the_Congo"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Kinshasa et le M23 ont repris les pourparlers. Le secrétaire d'État américain Marco Rubio a salué "
            "l'accord. Vendredi, la cheffe de la diplomatie congolaise a accusé Kigali de violer l'accord.",
        ),
        (
            "en",
            "Kinshasa and the M23 resumed talks. US Secretary of State Marco Rubio welcomed the deal. On Friday, "
            "the Congolese foreign minister accused Kigali of violating the deal.",
        ),
        (
            "es",
            "Kinshasa y el M23 reanudaron las conversaciones. El secretario de Estado estadounidense Marco Rubio "
            "celebró el acuerdo. El viernes, la canciller congoleña acusó a Kigali de violar el acuerdo.",
        ),
    ],
    ids=["fr", "en", "es"],
)
def test_events_a_shared_demonym_is_the_state_the_article_names(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-10-20"), "ACCUSE")
    assert [e for e in found if "Rwanda" in e.recipient], shown(found)
    assert all("Marco_Rubio" not in e.actor for e in found), shown(found)
    assert all(CONGO not in e.actor for e in found), shown(found)
    assert [DRC in e.actor or "Thérèse_Kayikwamba_Wagner" in e.actor for e in found] == [True], shown(found)


@pytest.mark.slow
def test_events_the_other_congo_named_is_the_one_meant(world_code):
    text = "Brazzaville a accueilli le sommet. Le président congolais a reçu lundi l'envoyé de l'ONU."
    found = real_events(world_code(text, "fr", "2025-10-22"), "CONSULT")
    everyone = {k for e in found for k in e.actor + e.recipient}
    assert DRC not in everyone, shown(found)


@pytest.mark.slow
def test_events_a_shared_demonym_with_neither_state_named_names_none(world_code):
    found = world_code(
        "Le ministre congolais des Affaires étrangères a critiqué le rapport.", "fr", "2025-10-22"
    )
    assert not {DRC, CONGO} & {k for e in found for k in e.actor + e.recipient}, shown(found)
