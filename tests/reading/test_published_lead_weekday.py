"""A yearless wire dateline whose lead names a bare weekday ("ALGIERS, July 30 (Reuters) - Algeria said on
Tuesday"): the news is told on the dateline's day or the day before, so the year is the first, from the
latest year the text mentions, where the dateline's day is that weekday or the next (reading.published)."""

from __future__ import annotations

from datetime import date

from diplowatch.model import Article, RawDocument
from diplowatch.reading.read import read

TODAY = date(2026, 12, 1)


def _published(text: str) -> str | None:
    article = read(RawDocument("wire.txt", data=text.encode("utf-8")), today=TODAY)
    assert isinstance(article, Article)
    return article.published.value if article.published else None


def test_the_lead_weekday_picks_the_year() -> None:
    text = (
        "Algeria recalls its ambassador\n\n"
        "ALGIERS, July 30 (Reuters) - Algeria said on Tuesday it was withdrawing its ambassador to France. "
        "Spain backed the plan in 2022.\n"
    )
    assert _published(text) == "2024-07-30"  # 2022-07-30 was a Saturday


def test_news_of_the_day_before_counts_too() -> None:
    text = (
        "Algeria recalls its ambassador\n\n"
        "ALGIERS, July 31 (Reuters) - Algeria said on Tuesday it was withdrawing its ambassador to France. "
        "Spain backed the plan in 2022.\n"
    )
    assert _published(text) == "2024-07-31"  # a Wednesday dispatch of Tuesday's news
