"""A page dated only by an embedded tweet or a dated lead is written on the weekday its "yesterday"
names the day after ("أمس الخميس", "hier jeudi", "ayer jueves", "yesterday, Thursday": written on a
Friday), not on the tweet's own day (our own texts)."""

from datetime import date

import pytest

from diplowatch.reading.published import published_date

TODAY = date(2026, 12, 6)
HEADER = ("The Daily Wire Desk", "World | Middle East")

MOVED = [
    (
        "ar",
        "تبنى مجلس المحافظين أمس الخميس في فيينا قرارا ينتقد إيران.\nوكتب الوزير على منصة إكس:\n"
        '"We will respond."\n— Seyed Abbas Araghchi (@araghchi) November 21, 2024\nوقال المتحدث إن بلاده سترد.',
    ),
    (
        "fr",
        "Le Conseil a adopté hier jeudi une résolution. Le ministre a écrit sur X le 21 novembre 2024 qu'il répondrait.",
    ),
    (
        "es",
        "El Consejo aprobó ayer jueves una resolución. El 21 de noviembre de 2024, el ministro dijo que respondería.",
    ),
    (
        "en",
        "The board adopted a resolution yesterday, Thursday. In a post dated November 21, 2024, the minister replied.",
    ),
]


@pytest.mark.parametrize(("language", "body"), MOVED, ids=[m[0] for m in MOVED])
def test_a_yesterday_weekday_moves_the_tweet_day_to_the_day_of_writing(language: str, body: str) -> None:
    found = published_date(HEADER, (), body, language, TODAY)
    assert found is not None and found.value == "2024-11-22"


KEPT = [
    # no weekday of writing: the tweet's day
    ("en", "The board adopted a resolution. In a post dated November 21, 2024, the minister replied."),
    # a day the text calls today is the day of writing
    (
        "fr",
        "Ce jeudi 21 novembre 2024, le Conseil a adopté une résolution. Hier mercredi, les ministres s'étaient réunis.",
    ),
]


@pytest.mark.parametrize(("language", "body"), KEPT, ids=[k[0] for k in KEPT])
def test_without_a_weekday_of_writing_the_day_stays(language: str, body: str) -> None:
    found = published_date(HEADER, (), body, language, TODAY)
    assert found is not None and found.value == "2024-11-21"
