"""A clause of contrast ("while", "tandis que", "mientras que") tells another actor's act: its subject is
neither the actor nor the recipient of the act before it; it acts in its own event, if any. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

# (language, text): the vote in favour is nobody's counterpart of Russia
VOTES = [
    ("en", "The Security Council voted on the text. Twelve members voted in favour, while Russia abstained."),
    (
        "fr",
        "Le Conseil de sécurité a voté sur le texte. Douze membres ont voté pour, tandis que la Russie "
        "s'est abstenue.",
    ),
    (
        "es",
        "El Consejo de Seguridad votó el texto. Doce miembros votaron a favor, mientras que Rusia se abstuvo.",
    ),
    ("en", "Spain backed the text, whereas Russia voted against it."),
    ("fr", "L'Espagne a soutenu le texte, alors que la Russie a voté contre."),
    ("es", "España respaldó el texto, mientras Rusia votó en contra."),
    # the elided "qu'" of the mark keeps its apostrophe in the text
    ("fr", "L'Espagne a soutenu le texte, tandis qu'ensuite la Russie a voté contre."),
    ("fr", "L'Espagne a salué le texte, alors qu'Alger et la Russie ont voté contre."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), VOTES, ids=[f"{v[0]}-{i}" for i, v in enumerate(VOTES)])
def test_a_contrast_clause_subject_is_no_participant_of_the_first_act(code, lang: str, text: str) -> None:
    events = code(text, lang)
    supports = real_events(events, "SUPPORT")
    assert all("Russia" not in e.actor + e.recipient for e in supports), supports
    # the abstention or the vote against is Russia's own act, when coded
    assert all(e.actor == ("Russia",) for e in real_events(events) if "Russia" in e.actor + e.recipient)


@pytest.mark.slow
def test_a_pronominal_verb_read_as_a_noun_keeps_its_subject(code) -> None:
    text = "Le Conseil de sécurité a voté jeudi. Douze membres ont voté pour, tandis que la Russie s'est abstenue."
    rejects = real_events(code(text, "fr"), "REJECT")
    assert [e.actor for e in rejects] == [("Russia",)], rejects


# A clause of contrast under a request is no content of the request: its act is real.
UNDER_REQUEST = [
    ("en", "Spain called on Morocco to resume talks, while Algeria condemned Morocco."),
    (
        "fr",
        "L'Espagne a appelé le Maroc à reprendre les pourparlers, tandis que l'Algérie a condamné le Maroc.",
    ),
    ("es", "España pidió a Marruecos reanudar las conversaciones, mientras que Argelia condenó a Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), UNDER_REQUEST, ids=[u[0] for u in UNDER_REQUEST])
def test_a_contrast_under_a_request_is_real(code, lang: str, text: str) -> None:
    condemned = [e for e in real_events(code(text, lang), "ACCUSE") if "Algeria" in e.actor]
    assert condemned, code(text, lang)


# What a clause of contrast is about is its own act's: a call naming no one is not addressed to it.
CONTRASTED_OBJECTS = [
    ("en", "Russia called for restraint, while Spain praised Morocco's efforts."),
    ("fr", "La Russie a appelé à la retenue, tandis que l'Espagne a salué les efforts du Maroc."),
    ("es", "Rusia pidió moderación, mientras que España elogió los esfuerzos de Marruecos."),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), CONTRASTED_OBJECTS, ids=[f"{v[0]}-{i}" for i, v in enumerate(CONTRASTED_OBJECTS)]
)
def test_what_a_contrast_clause_is_about_is_not_the_first_acts(code, lang: str, text: str) -> None:
    events = code(text, lang)
    assert not [e for e in real_events(events, "REQUEST") if "Morocco" in e.recipient], events
    assert [
        e for e in real_events(events, "SUPPORT") if e.actor == ("Spain",) and "Morocco" in e.recipient
    ], events


# An act naming its own counterpart before the contrast takes nothing from it: the contrast's object is its
# own act's ("accused Morocco of..., while Russia criticised Spain").
OWN_COUNTERPART = [
    ("en", "Algeria accused Morocco on Wednesday of stoking tensions, while Russia criticised Spain."),
    (
        "fr",
        "L'Algérie a accusé mercredi le Maroc d'attiser les tensions, tandis que la Russie a critiqué l'Espagne.",
    ),
    (
        "es",
        "Argelia acusó el miércoles a Marruecos de avivar las tensiones, mientras que Rusia criticó a España.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), OWN_COUNTERPART, ids=[v[0] for v in OWN_COUNTERPART])
def test_an_act_with_its_own_counterpart_takes_nothing_from_the_contrast(code, lang: str, text: str) -> None:
    accusations = [e for e in real_events(code(text, lang), "ACCUSE") if e.actor == ("Algeria",)]
    assert accusations and all(e.recipient == ("Morocco",) for e in accusations), accusations
