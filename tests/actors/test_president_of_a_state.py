""" "The Ghanaian president" is never the president of another state named before ("the Kenyan president",
William Ruto): a role with a country cue refers back only to a holder for that country. Sentences written
for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("The Kenyan president met the Ghanaian president in Accra.", "en", "Ghanaian president"),
        ("Le président kényan a rencontré le président ghanéen à Accra.", "fr", "président ghanéen"),
    ],
    ids=["en", "fr"],
)
def test_a_president_of_another_state_is_not_the_one_named_before(packaged_ids, text, lang, other):
    found = packaged_ids(text, lang, "2023-06-01")
    assert "William_Ruto" in found.values(), found
    assert found.get(other) != "William_Ruto", found
