"""A role set off by a comma after a person's name, with a determiner and a word between ("talks with
Jane Kariuki, the new Kenyan foreign minister", "Jane Kariuki, la nueva canciller keniana"), is that
person's: not the office's holder on the knowledge base's record (actors.stage._back_appositive_gap).
Names invented for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CASES = [
    (
        "en",
        "Ghana's foreign minister held talks on Monday with Jane Kariuki, the new Kenyan foreign minister.",
    ),
    (
        "es",
        "El canciller ghanés se reunió el lunes con Jane Kariuki, la nueva ministra keniana de Exteriores.",
    ),
    (
        "fr",
        "Le chef de la diplomatie ghanéenne a reçu lundi Jane Kariuki, la nouvelle ministre kényane des Affaires étrangères.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_the_role_after_the_name_is_that_person_s(packaged_ids, lang: str, text: str) -> None:
    linked = packaged_ids(text, lang, "2023-12-08")
    kenyan_role = [m for m in linked if "minist" in m and ("enyan" in m or "eniana" in m or "kényane" in m)]
    assert kenyan_role and {linked[m] for m in kenyan_role} == {"Jane Kariuki"}, linked


def test_a_clause_between_keeps_the_office_holder_apart(packaged_ids) -> None:
    text = "Jane Kariuki, who met the Kenyan foreign minister on Monday, praised the talks."
    linked = packaged_ids(text, "en", "2023-12-08")
    assert linked.get("Kenyan foreign minister") != "Jane Kariuki", linked


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        (
            "fr",
            "Accueilli lundi à Nairobi par le président William Ruto, le président ghanéen a signé un accord.",
            "président ghanéen",
        ),
        (
            "en",
            "Welcomed in Nairobi by President William Ruto, the Ghanaian president signed a trade accord.",
            "Ghanaian president",
        ),
    ],
)
def test_a_role_that_is_the_next_clause_s_subject_is_not_the_name_before(
    packaged_ids, lang: str, text: str, role: str
) -> None:
    linked = packaged_ids(text, lang, "2023-12-08")
    assert linked.get(role) != "William_Ruto", linked
