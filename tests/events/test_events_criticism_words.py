"""Criticism told in press wording: "Alger a taclé Madrid", "Rabat apuntó contra Argel", and a pronominal
verb the parser reads as passive with its "s'" as a mark ("Le ministre algérien s'en est pris à la France":
the minister acts). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

# (lang, text, actor, recipient)
CRITICISMS = [
    ("fr", "Alger a taclé Madrid après ce revirement.", "Algeria", "Spain"),
    ("es", "Rabat apuntó contra Argel en un comunicado.", "Morocco", "Algeria"),
    ("fr", "Le ministre algérien s'en est pris violemment à la France.", "Algeria", "France"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "actor", "recipient"), CRITICISMS, ids=[c[0] for c in CRITICISMS])
def test_press_wording_of_criticism(world_code, lang: str, text: str, actor: str, recipient: str) -> None:
    events = real_events(world_code(text, lang), "ACCUSE")
    assert any(actor in e.actor and recipient in e.recipient for e in events), shown(events)


@pytest.mark.slow
def test_bearing_responsibility_is_no_accusation(world_code) -> None:
    events = world_code("وتتحمل الأمم المتحدة مسؤولية كبيرة في هذا الملف.", "ar")
    assert not real_events(events, "ACCUSE"), shown(events)
