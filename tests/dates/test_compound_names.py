"""A holiday inside a hyphenated first name is no date: "Jean-Noël Barrot" is France's foreign minister,
not Christmas; a lower-case prefix still makes a date ("mi-mars"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplowatch.dates import find_dates, read_expressions

ANCHOR = date(2024, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Jean-Noël Barrot a averti que Paris imposerait des sanctions.",
        "La députée Marie-Noëlle Lienemann a interpellé le gouvernement.",
    ],
    ids=["jean-noel", "marie-noelle"],
)
def test_a_hyphenated_name_holds_no_holiday(text: str) -> None:
    assert not [d for d in find_dates(text, "fr", ANCHOR) if d.kind in ("date", "time")]
    assert not read_expressions(text, "fr")


def test_christmas_and_mid_march_are_still_dates() -> None:
    found = find_dates("Le ministre est venu à Noël, puis à la mi-mars.", "fr", ANCHOR)
    assert len([d for d in found if d.kind == "date"]) == 2, found
