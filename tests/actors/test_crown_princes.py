"""A crown prince named by his office is whoever held it on the day: role `crown_prince` in
kb/data/roles.yaml, holders in persons_world.yaml. In unparsed Arabic, words in the accusative
(tanween) after the title are no unknown holder's name. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    (
        "en",
        "The Saudi crown prince received the Ghanaian president in Riyadh.",
        "2021-01-06",
        "Saudi crown prince",
        "Mohammed_bin_Salman",
    ),
    (
        "fr",
        "Le prince héritier saoudien a reçu lundi le ministre ghanéen.",
        "2016-03-07",
        "prince héritier saoudien",
        "Mohammed_bin_Nayef",
    ),
    (
        "es",
        "El príncipe heredero kuwaití recibió el lunes al ministro ghanés.",
        "2021-05-10",
        "príncipe heredero kuwaití",
        "Mishal_Al-Ahmad_Al-Jaber_Al-Sabah",
    ),
    (
        "es",
        "El príncipe heredero kuwaití recibió el lunes al ministro ghanés.",
        "2024-07-08",
        "príncipe heredero kuwaití",
        "Sabah_Al-Khalid_Al-Sabah",
    ),
    (
        "ar",
        "استقبل ولي العهد البحريني وزير الخارجية الغاني.",
        "2022-02-01",
        "ولي العهد البحريني",
        "Salman_bin_Hamad_Al_Khalifa",
    ),
]


@pytest.mark.parametrize(("lang", "text", "day", "role", "person"), CASES)
def test_the_crown_prince_is_the_day_s_holder(
    packaged_ids, lang: str, text: str, day: str, role: str, person: str
) -> None:
    assert packaged_ids(text, lang, day).get(role) == person


def test_an_accusative_word_after_the_title_is_no_name(packaged_ids) -> None:
    text = "وجّه ولي العهد السعودي انتقاداً صريحاً للحكومة الإيرانية."
    linked = packaged_ids(text, "ar", "2021-01-06")
    assert "انتقاداً صريحاً" not in linked and linked.get("ولي العهد السعودي") == "Mohammed_bin_Salman"


def test_on_someone_s_behalf_is_no_name(packaged_ids) -> None:
    text = "لم يحضر العاهل السعودي القمة، إذ ترأسها ولي العهد السعودي نيابة عنه."
    linked = packaged_ids(text, "ar", "2021-01-06")
    assert "نيابة عنه" not in linked and linked.get("ولي العهد السعودي") == "Mohammed_bin_Salman"
