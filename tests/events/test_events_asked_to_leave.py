"""Asking a state's envoy to leave the country expels them: a SANCTION, not a REQUEST ("asked the Canadian
ambassador to leave the country within 24 hours", "a demandé à l'ambassadeur de quitter le pays", "pidió
al embajador que abandonara el país", "طلبت من سفير كندا مغادرة أراضيها"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown, told_between

ASKED = [
    (
        "en",
        "Tension rose. On Monday, Riyadh asked the Canadian ambassador to leave the country within 24 hours.",
    ),
    (
        "fr",
        "La tension monte. Lundi, Riyad a demandé à l'ambassadeur canadien de quitter le pays sous 24 heures.",
    ),
    (
        "es",
        "La tensión aumenta. El lunes, Riad pidió al embajador canadiense que abandonara el país en 24 horas.",
    ),
    (
        "ar",
        "تصاعد التوتر. وطلبت السعودية يوم الاثنين من سفير كندا لديها مغادرة أراضيها خلال أربع وعشرين ساعة.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ASKED, ids=[a[0] for a in ASKED])
def test_an_envoy_asked_to_leave_is_expelled(world_code, lang, text):
    found = world_code(text, lang, "2018-08-07")
    assert told_between(found, "SANCTION", "Saudi_Arabia", "Canada"), shown(found)
    assert not real_events(found, "REQUEST"), shown(found)
