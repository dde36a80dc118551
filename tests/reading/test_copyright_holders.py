"""The outlet a footer's copyright names: the name after the sign ("© 2025 - X"), before the word in front
of it, which in "جميع الحقوق محفوظة © 2025 X" ("all rights reserved © 2025 X") is "reserved"; the last word
of a rights phrase ("Tous droits réservés ©") names no outlet. Footers written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.reading.metadata import find_outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("تابعونا | جميع الحقوق محفوظة © 2025 الشرق اليوم", "الشرق اليوم"),
        ("جميع الحقوق محفوظة © 2025 - النيل نيوز | سياسة الخصوصية", "النيل نيوز"),
        ("© 2024 Le Courrier du Fleuve. Tous droits réservés.", "Le Courrier du Fleuve"),
        ("Copyright 2023 - Hespress", "Hespress"),
        ("Mundo ©", "Mundo"),  # a name right before the sign, when none follows it
        ("Tous droits réservés ©", None),
        ("جميع الحقوق محفوظة ©", None),
    ],
)
def test_the_copyright_holder_is_the_outlet(footer: str, outlet: str | None) -> None:
    assert find_outlet((), ("Fin de l'article.", footer)) == outlet
