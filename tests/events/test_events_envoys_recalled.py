"""Envoys recalled from several capitals: every state they served in is a counterpart of the recall (sentences
written for these tests; lexicon `envoy_words`), not only the capital nearest the verb; sanctions decided at
a meeting somewhere are not aimed at its host."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

RECALLS = [
    ("Alger a rappelé lundi ses ambassadeurs à Bamako et à Niamey.", "fr"),
    ("Argel retiró el lunes a sus embajadores en Bamako y Niamey.", "es"),
    ("Argel anunció el lunes la retirada de sus embajadores en Bamako y Niamey.", "es"),
    ("Algiers recalled its ambassadors to Bamako and Niamey on Monday.", "en"),
    ("واستدعت الجزائر سفيريها في باماكو ونيامي للتشاور.", "ar"),
]


@pytest.mark.parametrize(("text", "lang"), RECALLS)
def test_every_capital_an_envoy_leaves_is_a_counterpart(world_code, text, lang):
    recalls = real_events(world_code(text, lang, "2025-04-08"), "SANCTION")
    assert recalls and all({"Mali", "Niger"} <= set(e.recipient) for e in recalls), shown(recalls)


def test_sanctions_decided_somewhere_spare_the_host(world_code):
    text = "La Unión Europea impuso sanciones a Rusia en una reunión celebrada en Bruselas."
    sanctions = real_events(world_code(text, "es", "2025-04-08"), "SANCTION")
    assert [e.recipient for e in sanctions] == [("Russia",)], shown(sanctions)
