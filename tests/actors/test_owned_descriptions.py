"""A description followed by its owner's name ("el gobierno de Danilo Medina", "the government of
Sudan", "le gouvernement d'Emmanuel Macron") names that owner's; it is no anaphor of a government the
story told before (actors.descriptions, `owners` in lang/descriptions.yaml)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "es",
        "El Gobierno paraguayo reafirmó el lunes su alianza con Taiwán. En 2018, el gobierno de Danilo "
        "Medina había roto con Taipéi y abierto una embajada en Pekín.",
        "Paraguay",
    ),
    (
        "en",
        "The Kenyan government welcomed the truce on Monday. In 2019, the government of Abiy Ahmed had "
        "signed a peace deal with Eritrea.",
        "Kenya",
    ),
    (
        "fr",
        "Le gouvernement sénégalais a salué lundi la trêve. En 2021, le gouvernement d'Emmanuel Macron "
        "avait annoncé le retrait de ses troupes.",
        "Senegal",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "earlier"), CASES)
def test_a_government_named_by_its_owner_is_not_the_earlier_one(
    packaged_ids, lang: str, text: str, earlier: str
) -> None:
    ids = packaged_ids(text, lang, "2024-03-12")
    assert all(ids[mention] != earlier for mention in ids if _bare_government(mention))


@pytest.mark.slow
def test_a_bare_government_still_refers_back(packaged_ids) -> None:
    text = "El Gobierno paraguayo reafirmó el lunes su alianza con Taiwán. El gobierno anunció además una visita."
    ids = packaged_ids(text, "es", "2024-03-12")
    assert [ids[mention] for mention in ids if _bare_government(mention)] == ["Paraguay"]


def _bare_government(mention: str) -> bool:
    """ "el gobierno", "the government", "le gouvernement": the noun and at most its determiner."""
    words = mention.lower().split()
    nouns = ("gobierno", "government", "gouvernement")
    return words[-1] in nouns and (len(words) == 1 or len(words) == 2 and words[0] in ("el", "the", "le"))
