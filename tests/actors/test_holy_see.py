"""The Holy See acts in diplomacy under its own name ("le Saint-Siège", "the Vatican", "la Santa Sede"), and
"the pope" is whoever held the office on the article's day (kb/data/roles.yaml `pope`, persons_world.yaml).
A Spanish name the tagger ran on past the contraction "al" ends before it (`name_stops` in es/actors.yaml).
Sentences written for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest

CASES = [
    ("Le Saint-Siège a salué la libération des prisonniers.", "fr", "2024-01-15", "Saint-Siège", "Holy_See"),
    ("The Vatican welcomed the ceasefire.", "en", "2024-06-02", "Vatican", "Holy_See"),
    ("La Santa Sede pidió una tregua.", "es", "2023-12-20", "Santa Sede", "Holy_See"),
    ("Le pape a reçu samedi le président ukrainien.", "fr", "2024-05-11", "pape", "Pope_Francis"),
    ("Le pape a reçu samedi le président ukrainien.", "fr", "2025-07-12", "pape", "Pope_Leo_XIV"),
    (
        "El papa Francisco pidió el domingo la paz en Sudán.",
        "es",
        "2024-03-10",
        "El papa Francisco",
        "Pope_Francis",
    ),
    ("البابا دعا إلى وقف إطلاق النار في غزة.", "ar", "2024-11-04", "البابا", "Pope_Francis"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "published", "span", "expected"), CASES, ids=[c[3] + c[2] for c in CASES]
)
def test_the_holy_see_and_its_pope_are_linked(packaged_ids, text, lang, published, span, expected):
    found = packaged_ids(text, lang, published)
    assert found.get(span) == expected, found


@pytest.mark.slow
def test_a_tagged_name_ends_before_the_spanish_contraction_al(packaged_ids):
    found = packaged_ids(
        "La dura crítica del obispo Carlos al Gobierno de Ortega provocó la ruptura.", "es", "2024-01-15"
    )
    assert not any(" al" in span for span in found), found
