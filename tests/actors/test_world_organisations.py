"""The packaged KB knows the world organisations other dossiers name (the OSCE and its Minsk Group,
the IAEA, the WHO, the IMF, UNRWA, the Carter Center...), in the four languages, and the members of
ruling houses by their own and their father's names ("Khalid bin Salman", "Mohamed bin Zayed":
scripts/build_person_kb.py). Sentences written for this test, linked without a parse."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

# (lang, text, expected actor)
NAMED = [
    (
        "en",
        "The Organization for Security and Cooperation in Europe sent observers.",
        "Organization_for_Security_and_Co-operation_in_Europe",
    ),
    ("fr", "L'OSCE a déployé une mission.", "Organization_for_Security_and_Co-operation_in_Europe"),
    ("es", "El Grupo de Minsk fue disuelto.", "OSCE_Minsk_Group"),
    ("ar", "حلت مجموعة مينسك رسميا.", "OSCE_Minsk_Group"),
    ("en", "The IAEA chief visited the plant.", "International_Atomic_Energy_Agency"),
    ("fr", "L'AIEA a publié un rapport.", "International_Atomic_Energy_Agency"),
    ("ar", "حذرت منظمة الصحة العالمية من انتشار الكوليرا.", "World_Health_Organization"),
    ("es", "La OMS alertó sobre el cólera.", "World_Health_Organization"),
    ("en", "The IMF approved a loan.", "International_Monetary_Fund"),
    ("fr", "Le FMI a approuvé un prêt.", "International_Monetary_Fund"),
    ("es", "El Centro Carter criticó la elección.", "Carter_Center"),
    ("ar", "انتقدت الأونروا القرار.", "UNRWA"),
    ("en", "The Council of the European Union adopted sanctions.", "Council_of_the_European_Union"),
    ("es", "El Mercosur suspendió a Venezuela.", "Mercosur"),
    ("en", "Khalid bin Salman received the delegation.", "Khalid_bin_Salman_Al_Saud"),
    ("en", "Mohamed bin Zayed spoke with Burhan.", "Mohamed_bin_Zayed_Al_Nahyan"),
    # 2025 envoys and officials (kb/data/persons_world.yaml)
    ("ar", "استقبل الشيباني المبعوث الأمريكي توم باراك في دمشق.", "Tom_Barrack"),
    ("ar", "اتهم وزير الخارجية شائع الزنداني الحوثيين بالابتزاز.", "Shaya_al-Zindani"),
]


@pytest.fixture(scope="module")
def packaged_linker() -> ActorLinker:
    return ActorLinker(load_kb(), use_spacy=False)


def _linked(linker: ActorLinker, text: str, lang: str) -> set[str | None]:
    return {a.id for a in linker(make_article(text, lang, "2025-08-09")).actors}


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED, ids=[f"{n[2]}-{n[0]}" for n in NAMED])
def test_world_organisation_is_linked(packaged_linker, lang, text, expected):
    assert expected in _linked(packaged_linker, text, lang)


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "The Minsk Group was wound up."), ("fr", "Le groupe de Minsk a été dissous.")]
)
def test_a_capital_inside_an_organisations_name_is_not_its_state(packaged_linker, lang, text):
    assert "Belarus" not in _linked(packaged_linker, text, lang)


def test_lower_case_who_is_no_organisation(packaged_linker):
    assert "World_Health_Organization" not in _linked(packaged_linker, "Those who met agreed.", "en")
