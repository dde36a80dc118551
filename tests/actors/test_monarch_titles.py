"""A monarch named by the title of the monarchy is whoever held it on the day: roles `king` and `emir`
in kb/data/roles.yaml, holders in persons_world.yaml and, for the heads of state whose Wikidata position
is a king's or an emir's, in the generated KB (scripts/build_person_kb.py `monarch_title`). In Arabic the
title in construct before a state's name ("ملك", "أمير قطر") is that state's monarch, while the
same word before a region or a body ("رئيس جهة العيون", "رئيس البرلمان") is not the state's office.
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    (
        "en",
        "The Emir of Qatar received the Ghanaian president.",
        "2021-01-06",
        "Emir",
        "Tamim_bin_Hamad_Al_Thani",
    ),
    (
        "en",
        "The Emir of Qatar received the Ghanaian president.",
        "2010-05-04",
        "Emir",
        "Hamad_bin_Khalifa_Al_Thani",
    ),
    (
        "fr",
        "L'émir du Koweït a reçu lundi le ministre ghanéen.",
        "2019-03-04",
        "émir",
        "Sabah_Al-Ahmad_Al-Jaber_Al-Sabah",
    ),
    (
        "fr",
        "L'émir du Koweït a reçu lundi le ministre ghanéen.",
        "2022-03-07",
        "émir",
        "Nawaf_Al-Ahmad_Al-Jaber_Al-Sabah",
    ),
    (
        "es",
        "El emir catarí recibió el lunes al ministro ghanés.",
        "2023-05-08",
        "emir catarí",
        "Tamim_bin_Hamad_Al_Thani",
    ),
    (
        "ar",
        "استقبل أمير الكويت أمس وزير الخارجية الغاني.",
        "2024-05-08",
        "أمير",
        "Mishal_Al-Ahmad_Al-Jaber_Al-Sabah",
    ),
    ("ar", "استقبل أمير قطر أمس وزير الخارجية الغاني.", "2024-05-08", "أمير", "Tamim_bin_Hamad_Al_Thani"),
    ("ar", "أدان ملك الأردن أمس الهجوم على القافلة.", "2024-05-08", "ملك", "Abdullah_II_of_Jordan"),
    ("ar", "استقبل ملك المغرب أمس وزير الخارجية الغاني.", "2024-05-08", "ملك", "Mohammed_VI_of_Morocco"),
    (
        "fr",
        "Le roi saoudien a reçu lundi le ministre ghanéen.",
        "2012-03-05",
        "roi saoudien",
        "Abdullah_of_Saudi_Arabia",
    ),
    (
        "en",
        "The Jordanian king received the Ghanaian president.",
        "2021-01-06",
        "Jordanian king",
        "Abdullah_II_of_Jordan",
    ),
]


# the title is the mention; the state named after it stays a mention of its own, as with every role
@pytest.mark.parametrize(("lang", "text", "day", "title", "person"), CASES)
def test_the_monarch_is_the_day_s_holder(
    packaged_ids, lang: str, text: str, day: str, title: str, person: str
) -> None:
    assert packaged_ids(text, lang, day).get(title) == person


def test_an_emir_of_a_group_is_no_head_of_state(packaged_ids) -> None:
    # the state the article is about has no emir: the title names no one
    linked = packaged_ids(
        "L'émir du groupe a menacé lundi le Mali, selon le gouvernement malien.", "fr", "2022-03-07"
    )
    assert not any(v in {"Assimi_Goïta", "Assimi_Goita"} for v in linked.values())


def test_a_prince_by_his_name_is_no_emir(packaged_ids) -> None:
    # the bare article form "الأمير" is any prince: he stays the minister he is
    linked = packaged_ids("التقى الأمير فيصل بن فرحان أمس نظيره الغاني.", "ar", "2022-03-07")
    assert "Tamim_bin_Hamad_Al_Thani" not in linked.values()
    assert "Faisal_bin_Farhan_Al_Saud" in linked.values()


@pytest.mark.parametrize(
    "text",
    ["التقى رئيس البرلمان أمس وزير الخارجية الغاني.", "التقى رئيس جهة العيون أمس وزير الخارجية الغاني."],
)
def test_a_title_before_a_body_or_region_names_no_state_s_office(packaged_ids, text: str) -> None:
    linked = packaged_ids(text, "ar", "2022-03-07")
    assert "Mohammed_VI_of_Morocco" not in linked.values()
    assert not any(k.startswith("رئيس") for k in linked)
