"""A person whose people write the family name first is referred back to by it ("Xi" after "Xi
Jinping", "Kim" after "Kim Jong Un", "Li" after "Li Qiang"): `family_name_first` in lang/actors.yaml
(actors.coref). Sentences written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    (
        "en",
        "Chinese President Xi Jinping received the Brazilian president on Friday. Xi called for closer trade ties.",
        "Xi",
        "Xi_Jinping",
    ),
    (
        "fr",
        "Le dirigeant nord-coréen Kim Jong Un a reçu lundi le ministre russe. Kim a salué une amitié indéfectible.",
        "Kim",
        "Kim_Jong-un",
    ),
    (
        "es",
        "El primer ministro chino, Li Qiang, visitó Canberra el domingo. Li pidió más inversiones.",
        "Li",
        "Li_Qiang",
    ),
    # written the Western way: the short family name last
    (
        "es",
        "El canciller taiwanés, Joseph Wu, viajó el domingo a Guatemala. Wu pidió más apoyo.",
        "Wu",
        "Joseph_Wu",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "family", "person"), CASES)
def test_the_family_name_alone_refers_back(
    packaged_ids, lang: str, text: str, family: str, person: str
) -> None:
    assert packaged_ids(text, lang, "2024-06-10").get(family) == person


@pytest.mark.slow
def test_a_given_name_first_person_keeps_the_last_word(packaged_ids) -> None:
    text = "German Chancellor Olaf Scholz met the Chinese premier. Scholz urged Beijing to open its market."
    ids = packaged_ids(text, "en", "2024-06-10")
    assert ids.get("Scholz") == "Olaf_Scholz" and "Olaf" not in ids
