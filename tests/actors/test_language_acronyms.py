"""An acronym listed for one language is matched in text of that language only: "AU" is the African Union
in English ("an AU proposal", "AU troops"), but "AU" in a French headline in capitals is "au" (actors.matcher).
Sentences written for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["Eritrea turned down an AU proposal on Tuesday.", "AU troops left the town on Monday."]
)
def test_a_bare_english_acronym_names_its_body_in_english(packaged_ids, text):
    assert packaged_ids(text, "en", "2025-04-06").get("AU") == "African_Union"


@pytest.mark.slow
def test_an_english_acronym_is_no_name_in_french_capitals(packaged_ids):
    found = packaged_ids("RETOUR AU CALME À TRIPOLI APRÈS LES AFFRONTEMENTS", "fr", "2025-04-06")
    assert "AU" not in found, found
