"""Material acts of two kinds are two events, even by one actor in one sentence or told in two sentences:
prisoners freed and troops pulled out, a journalist expelled and activists arrested (events.merge
`MODED_ACTS`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import by_language, real_events, shown

TWO_RETREATS = [
    ("es", "Las FAR liberaron el lunes a 120 prisioneros de guerra y retiraron sus tropas de Wad Madani."),
    ("fr", "Les FSR ont libéré lundi 120 prisonniers de guerre et ont retiré leurs troupes de Wad Madani."),
    ("en", "The M23 released 60 prisoners on Monday and withdrew its troops from Walikale."),
    (
        "es",
        "Las FAR liberaron el lunes a 120 prisioneros de guerra. Ese mismo día, las FAR retiraron sus "
        "tropas de Wad Madani.",
    ),
]


@pytest.mark.slow
@by_language(TWO_RETREATS)
def test_a_release_and_a_withdrawal_are_two_events(world_code, lang: str, text: str) -> None:
    retreats = real_events(world_code(text, lang), "RETREAT")
    assert sorted("release" in e.mode for e in retreats) == [False, True], shown(retreats)


ONE_RETREAT = [
    ("es", "Las FAR liberaron el lunes a 120 prisioneros. La liberación de los prisioneros fue confirmada."),
    ("en", "The M23 withdrew its troops from Walikale on Monday. The withdrawal of its troops was swift."),
]


@pytest.mark.slow
@by_language(ONE_RETREAT)
def test_one_act_told_twice_stays_one_event(world_code, lang: str, text: str) -> None:
    retreats = real_events(world_code(text, lang), "RETREAT")
    assert len(retreats) == 1, shown(retreats)
