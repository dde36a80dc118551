"""Movements and bodies that sign and negotiate (Fatah, the PLO, the Palestinian Authority, the FARC) and
the spokespersons who speak for a foreign ministry most days are in the world KB (organizations_world.yaml,
persons_world.yaml): named, or by their office on the day. Arabic "فتح" alone is the verb "opened", never
the movement. A body's name that opens with a demonym yields to an office running past it ("the Chinese
*foreign ministry spokeswoman*", actors.matcher `_demonym_before_role`); the body alone stays the body.
Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

NAMED = [
    ("fr", "Le Fatah et le Hamas ont signé jeudi une déclaration à Alger.", "2022-10-14", "Fatah", "Fatah"),
    ("ar", "وقعت حركة فتح وحركة حماس أمس إعلانا في الجزائر.", "2022-10-14", "حركة فتح", "Fatah"),
    (
        "en",
        "The Palestinian Authority recalled its envoy on Monday.",
        "2020-08-18",
        "Palestinian Authority",
        "Palestinian_National_Authority",
    ),
    ("es", "La OLP rechazó el lunes el plan.", "2020-08-18", "OLP", "Palestine_Liberation_Organization"),
    (
        "es",
        "Las FARC firmaron el acuerdo el lunes en Cartagena.",
        "2016-09-27",
        "FARC",
        "Revolutionary_Armed_Forces_of_Colombia",
    ),
    ("es", "Timochenko pidió perdón a las víctimas.", "2016-09-27", "Timochenko", "Rodrigo_Londoño"),
]


@pytest.mark.parametrize(("lang", "text", "day", "name", "actor"), NAMED)
def test_the_movement_or_person_is_linked(
    packaged_ids, lang: str, text: str, day: str, name: str, actor: str
) -> None:
    assert packaged_ids(text, lang, day).get(name) == actor


OFFICES = [
    ("en", "The Chinese foreign ministry spokeswoman criticised the sanctions.", "2023-03-01", "Mao_Ning"),
    (
        "fr",
        "Le porte-parole de la diplomatie iranienne a dénoncé les sanctions.",
        "2023-03-01",
        "Nasser_Kanaani",
    ),
    (
        "fr",
        "Le porte-parole de la diplomatie iranienne a dénoncé les sanctions.",
        "2025-03-03",
        "Esmaeil_Baghaei",
    ),
    ("es", "El presidente colombiano recibió el lunes al canciller ghanés.", "2005-03-07", "Álvaro_Uribe"),
]


@pytest.mark.parametrize(("lang", "text", "day", "person"), OFFICES)
def test_the_office_is_the_day_s_holder(packaged_ids, lang: str, text: str, day: str, person: str) -> None:
    assert person in packaged_ids(text, lang, day).values()


def test_the_arabic_verb_opened_is_no_movement(packaged_ids) -> None:
    linked = packaged_ids("فتح المغرب أمس حدوده مع موريتانيا.", "ar", "2022-10-14")
    assert "Fatah" not in linked.values()


def test_the_ministry_alone_stays_the_ministry(packaged_ids) -> None:
    linked = packaged_ids(
        "The Chinese foreign ministry said on Monday it opposed the sanctions.", "en", "2023-03-01"
    )
    assert (
        linked.get("Chinese foreign ministry")
        == "Ministry_of_Foreign_Affairs_of_the_People's_Republic_of_China"
    )
    assert "Mao_Ning" not in linked.values()
