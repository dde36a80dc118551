"""The packaged KB knows the armed groups, courts and groupings of states that news of any dossier names
(sentences written for this test, linked by name alone, without a parse)."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from tests.actors.conftest import make_article

NAMED = [
    ("fr", "Daech a revendiqué l'attaque contre le camp militaire.", "Islamic_State"),
    ("es", "El Estado Islámico reivindicó el atentado.", "Islamic_State"),
    ("ar", "تبنى تنظيم داعش الهجوم على القاعدة العسكرية.", "Islamic_State"),
    ("fr", "L'EIGS a attaqué un convoi près de Ménaka.", "Islamic_State_–_Sahel_Province"),
    ("fr", "AQMI a libéré deux otages.", "Al-Qaeda_in_the_Islamic_Maghreb"),
    ("en", "Boko Haram fighters raided the town.", "Boko_Haram"),
    (
        "fr",
        "La Coordination des mouvements de l'Azawad a quitté l'accord.",
        "Coordination_of_Azawad_Movements",
    ),
    ("en", "The TPLF signed the truce in Pretoria.", "Tigray_People's_Liberation_Front"),
    ("ar", "أعلن حزب العمال الكردستاني وقف إطلاق النار.", "Kurdistan_Workers'_Party"),
    ("es", "El Gobierno suspendió el cese al fuego con el Clan del Golfo.", "Clan_del_Golfo"),
    ("es", "La CPI abrió una investigación sobre Venezuela.", "International_Criminal_Court"),
    ("fr", "La Cour pénale internationale a émis un mandat d'arrêt.", "International_Criminal_Court"),
    ("en", "OCHA warned of famine in Darfur.", "Office_for_the_Coordination_of_Humanitarian_Affairs"),
    ("ar", "حذرت اليونيسف من تفشي الكوليرا.", "UNICEF"),
    ("es", "La oposición venezolana denunció un fraude.", "Unitary_Platform"),
]


@pytest.fixture(scope="module")
def packaged_linker() -> ActorLinker:
    return ActorLinker(load_kb(), use_spacy=False)


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED, ids=[n[2] + "-" + n[0] for n in NAMED])
def test_group_or_body_of_any_dossier_is_linked(packaged_linker, lang, text, expected):
    article = packaged_linker(make_article(text, lang, "2024-03-13"))
    assert expected in {a.id for a in article.actors}, [a.id for a in article.actors]


def test_arabic_word_for_base_is_not_al_qaeda(packaged_linker):
    article = packaged_linker(
        make_article("تبنى تنظيم داعش الهجوم على القاعدة العسكرية.", "ar", "2024-03-13")
    )
    assert "Al-Qaeda" not in {a.id for a in article.actors}
