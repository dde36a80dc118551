"""Capitals of states far from the first dossier stand for their governments and name their states as
places: Pyongyang, Port-au-Prince, Taipei, Tashkent... (our own sentences; the packaged KB)."""

import pytest

CAPITALS = [
    ("en", "Pyongyang rejected the statement on Monday.", "Pyongyang", "North_Korea"),
    ("fr", "Taipei a protesté lundi contre les manœuvres.", "Taipei", "Taiwan"),
    ("es", "Manila convocó el lunes al embajador chino.", "Manila", "Philippines"),
    ("ar", "وقالت بيونغ يانغ إنها ترفض البيان.", "بيونغ يانغ", "North_Korea"),
    ("fr", "Oulan-Bator a reçu lundi le ministre russe.", "Oulan-Bator", "Mongolia"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "name", "state"), CAPITALS, ids=[c[2] for c in CAPITALS])
def test_a_capital_stands_for_its_state(packaged_ids, lang: str, text: str, name: str, state: str) -> None:
    assert packaged_ids(text, lang, "2024-03-13").get(name) == state


def test_israel_keeps_no_capital_metonym() -> None:
    """Its capital is disputed: the KB names none for it (countries_supplement.yaml)."""
    from diplowatch.kb import load_kb

    assert not load_kb().get("Israel").capital
