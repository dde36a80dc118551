"""A sentence with no date of its own takes the previous sentence's date, but only that of the previous
sentence's own act (not "el diálogo suspendido en enero" inside it), and never a past perfect's ("avait
refusé en septembre", "had recalled on Sunday", a subordinate's "alors que X avait rompu en septembre"): that
clause goes back before the story. Sentences
written for these tests (published 2024-03-13, a Wednesday)."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

PAST_PERFECT = [
    (
        "fr",
        "L'Algérie avait refusé en septembre de participer aux tables rondes. L'Espagne a réitéré son "
        "appui au Maroc.",
    ),
    (
        "en",
        "Algeria had refused in September to attend the round tables. Spain reaffirmed its support for Morocco.",
    ),
    (
        "es",
        "Argelia había rechazado en septiembre participar en las mesas redondas. España reiteró su apoyo a "
        "Marruecos.",
    ),  # the past perfect of a subordinate clause goes back before the story too
    (
        "fr",
        "Le Maroc a annoncé l'ouverture d'un consulat, alors que l'Algérie avait rompu en septembre ses "
        "relations avec Rabat. L'Espagne a réitéré son appui au Maroc.",
    ),
    (
        "en",
        "Morocco announced a new consulate, although Algeria had cut ties in September. Spain reaffirmed its "
        "support for Morocco.",
    ),
    # without a parse: a sentence opening on "كان" with its "قد" ("وكانت الجزائر قد رفضت في سبتمبر")
    ("ar", "وكانت الجزائر قد رفضت في سبتمبر المشاركة في الموائد المستديرة. وجددت إسبانيا دعمها للمغرب."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), PAST_PERFECT, ids=[p[0] for p in PAST_PERFECT])
def test_a_past_perfect_date_is_not_carried(world_code, lang: str, text: str) -> None:
    supports = [e for e in real_events(world_code(text, lang), "SUPPORT") if "Spain" in e.actor]
    assert supports and all(e.date is None or not e.date.value.startswith("2023-09") for e in supports), (
        supports
    )


MAIN_ACT = [
    (
        "es",
        "Ahmed Attaf y Nasser Bourita se reunieron el lunes en Argel para reanudar el diálogo suspendido en "
        "enero. Attaf pidió a Marruecos que respete el alto el fuego.",
    ),
    (
        "fr",
        "Ahmed Attaf et Nasser Bourita se sont réunis lundi à Alger pour relancer le dialogue suspendu en "
        "janvier. Attaf a appelé le Maroc à respecter le cessez-le-feu.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), MAIN_ACT, ids=[p[0] for p in MAIN_ACT])
def test_the_previous_sentence_lends_its_own_acts_date(code, lang: str, text: str) -> None:
    requests = real_events(code(text, lang), "REQUEST")
    assert requests and all(e.date is not None and e.date.value == "2024-03-11" for e in requests), requests


NOUN_DATE = [
    (
        "es",
        "Ahmed Attaf rechazó el lunes las declaraciones de Nasser Bourita sobre las elecciones del 2 de marzo. "
        "Attaf acusó a Marruecos de injerencia en los asuntos internos de Argelia.",
    ),
    (
        "fr",
        "Ahmed Attaf a rejeté lundi les déclarations de Nasser Bourita sur les élections du 2 mars. "
        "Attaf a accusé le Maroc d'ingérence dans les affaires intérieures de l'Algérie.",
    ),
    (
        "en",
        "Ahmed Attaf rejected on Monday the statements of Nasser Bourita on the elections of 2 March. "
        "Attaf accused Morocco of interference in Algeria's internal affairs.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), NOUN_DATE, ids=[p[0] for p in NOUN_DATE])
def test_the_previous_sentence_lends_its_acts_adjunct_not_a_nouns_date(code, lang: str, text: str) -> None:
    """'las elecciones del 2 de marzo' dates the elections, not the rejection told with them."""
    accusations = [e for e in real_events(code(text, lang), "ACCUSE") if "Ahmed_Attaf" in e.actor]
    assert accusations and all(e.date is not None and e.date.value == "2024-03-11" for e in accusations), (
        accusations
    )


def test_a_date_deep_in_a_phrase_of_since_is_not_carried(code) -> None:
    """ "since the raids on UN compounds in late August" bounds a state: the next sentence's call is
    not from August."""
    text = (
        "The envoy has not been to Sanaa since the raids on UN compounds in late August. "
        '"I call on Ansar Allah to release all detained UN staff," Grundberg said.'
    )
    calls = real_events(code(text, "en"), "REQUEST")
    assert calls and all(e.date is None or not e.date.value.startswith("2023-08") for e in calls), calls
