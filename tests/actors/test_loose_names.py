"""A name matched only loosely, or behind a title, against the names the document itself gives: a place the
recogniser tags is no person spelled alike ("Saïda" ~ "Saïed"), a one-word name spelled like one KB person
is the document's person whose surname it is exactly ("M. Salam" after "Nawaf Salam", not "Salamé"), and
"M. Aoun" is "Aoun"; an organ's bare name qualified by another body is that body's ("la Asamblea General de
la OEA") (actors.stage). Sentences written for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article

TEXT = (
    "Israël a mené une frappe près de Saïda. Le Premier ministre libanais Nawaf Salam a reçu l'émissaire "
    "mardi. Jean-Noël Barrot s'est entretenu par téléphone avec M. Salam vendredi. Le président Joseph Aoun "
    "a reçu l'émissaire. M. Aoun a salué la médiation."
)


@pytest.fixture(scope="module")
def mentions() -> dict[str, str]:
    linked = Chain(Parser(), ActorLinker(load_kb()))(make_article(TEXT, "fr", "2025-04-06"))
    return {TEXT[m.start : m.end]: a.id or a.name for a in linked.actors for m in a.mentions}


@pytest.mark.slow
def test_a_tagged_place_is_no_person_spelled_alike(mentions):
    assert "Saïda" not in mentions, mentions


@pytest.mark.slow
def test_a_loose_surname_is_the_documents_person(mentions):
    assert mentions.get("Salam") == "Nawaf_Salam", mentions


@pytest.mark.slow
def test_a_title_before_a_surname_leaves_it_to_coref(mentions):
    assert mentions.get("Aoun") == "Joseph_Aoun", mentions
    assert "M. Aoun" not in mentions, mentions


ORGANS = [
    ("es", "La Asamblea General de la OEA condenó a Nicaragua.", "2025-06-27"),
    ("fr", "L'Assemblée générale de l'OEA a condamné le Nicaragua.", "2025-06-27"),
    ("en", "The General Assembly of the OAS condemned Nicaragua.", "2025-06-27"),
]


@pytest.mark.parametrize(("lang", "text", "day"), ORGANS, ids=[o[0] for o in ORGANS])
def test_an_organ_of_another_body_is_that_bodys(lang, text, day):
    """The bare "General Assembly" is the UN's alias; "of the OAS" says whose organ it is here."""
    linked = ActorLinker(load_kb(), use_spacy=False)(make_article(text, lang, day))
    ids = {a.id for a in linked.actors}
    assert "Organization_of_American_States" in ids and "United_Nations_General_Assembly" not in ids, ids


def test_an_organ_its_body_names_stays_itself():
    text = "The Security Council of the United Nations met on Monday."
    linked = ActorLinker(load_kb(), use_spacy=False)(make_article(text, "en", "2025-06-27"))
    assert "United_Nations_Security_Council" in {a.id for a in linked.actors}


# A word matched loosely ("Dramani" ~ "Darmanin") that a capitalised word continues is part of a longer
# name, not that KB person; a loose spelling standing alone or closing a name still links.
LONGER_NAMES = [
    ("Le ministre ghanéen Kofi Dramani Asante a reçu l'émissaire.", "Dramani", None),
    (
        "Le vice-ministre russe Sergueï Verchinine a reçu l'émissaire.",
        "Sergueï Verchinine",
        "Sergey_Vershinin",
    ),
    ("Le vice-ministre Verchinine a reçu l'émissaire.", "Verchinine", "Sergey_Vershinin"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "expected"), LONGER_NAMES, ids=[n[1] for n in LONGER_NAMES])
def test_a_loose_word_inside_a_longer_name_is_not_that_person(text, span, expected):
    linked = Chain(Parser(), ActorLinker(load_kb()))(make_article(text, "fr", "2025-04-06"))
    found = {text[m.start : m.end]: a.id for a in linked.actors for m in a.mentions}
    assert found.get(span) == expected, found
    assert "Gérald_Darmanin" not in found.values(), found
