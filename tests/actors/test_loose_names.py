"""A name matched only loosely, or behind a title, against the names the document itself gives: a place the
recogniser tags is no person spelled alike ("Saïda" ~ "Saïed"), a one-word name spelled like one KB person
is the document's person whose surname it is exactly ("M. Salam" after "Nawaf Salam", not "Salamé"), and
"M. Aoun" is "Aoun" (actors.stage). Sentences written for these tests, linked with the packaged KB."""

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
