"""One Arabic word is never linked by its skeleton alone: Arabic writes no capitals, so a common word
whose consonants are a name's ("السياسي", political, and "السيسي") would be that person. The name
itself still links (actors/matcher.py). A KB written here."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import KB, kb_from_dicts
from tests.actors.conftest import make_article

ENTRIES = [
    {
        "id": "Abdel_Fattah_el-Sisi",
        "kind": "person",
        "name": "Abdel Fattah el-Sisi",
        "country": "EGY",
        "names": {"ar": ["السيسي", "عبد الفتاح السيسي"], "en": ["Sisi"]},
    },
]


@pytest.fixture(scope="module")
def fast() -> ActorLinker:
    kb: KB = kb_from_dicts(ENTRIES, {})
    return ActorLinker(kb, use_spacy=False)


def ids(linker: ActorLinker, text: str) -> list[str]:
    return [a.id for a in linker(make_article(text, "ar", "2024-05-02")).actors]


def test_a_common_word_with_a_names_consonants_is_no_person(fast: ActorLinker) -> None:
    assert ids(fast, "دعا الوزير إلى الحل السياسي للأزمة.") == []


def test_the_name_itself_still_links(fast: ActorLinker) -> None:
    assert ids(fast, "استقبل الرئيس السيسي الوزير في القاهرة.") == ["Abdel_Fattah_el-Sisi"]
