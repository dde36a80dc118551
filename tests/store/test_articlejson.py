"""Hypothesis: an Article's stored parts -> JSON -> Article is the identity (what the Spark job carries)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplowatch.model import Actor, Article, DateValue, Mention, Segment
from diplowatch.store.articlejson import article_from_json, results_json
from tests.store.factories import lavrov_es, lavrov_fr
from tests.store.test_roundtrip import events, ids, quotes, words

maybe = st.none() | words
mentions = st.builds(Mention, start=st.integers(0, 10**6), end=st.integers(0, 10**6), text=words)
actors = st.builds(
    Actor,
    id=st.none() | ids,
    name=words,
    kind=st.sampled_from(["person", "country", "organization", "territory", "group"]),
    country=maybe,
    sector=maybe,
    mentions=st.lists(mentions, max_size=3).map(tuple),
)
published = st.none() | st.builds(
    DateValue,
    value=st.sampled_from(["2024-03-11", "2024-03", "2024", "2024-W10"]),
    granularity=st.sampled_from(["day", "week", "month", "year"]),
    approximate=st.booleans(),
    text=words,
    source=words,
)
articles = st.builds(
    Article,
    doc_id=ids,
    source=words,
    body=st.text(max_size=200),
    url=maybe,
    outlet=maybe,
    title=maybe,
    published=published,
    language=st.none() | st.sampled_from(["fr", "en", "es", "ar"]),
    segments=st.lists(
        st.builds(Segment, st.integers(0, 99), st.integers(0, 99), st.just("fr")), max_size=3
    ).map(tuple),
    actors=st.lists(actors, max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    quotes=st.lists(quotes, max_size=2).map(tuple),
)


@settings(max_examples=80, deadline=None)
@given(articles)
def test_articlejson_roundtrip_is_identity(article: Article) -> None:
    assert article_from_json(results_json(article), article.body) == article


def test_articlejson_keeps_sample_articles_whole() -> None:
    for article in (lavrov_fr(), lavrov_es()):
        back = article_from_json(results_json(article), article.body)
        assert back == article and back.events and back.actors


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"format": 99}',
        '{"format": 1, "doc_id": "d"}',
        '{"format": 1, "events": [{"evidence": []}]}',
    ],
)
def test_articlejson_refuses_what_it_did_not_write(text: str) -> None:
    with pytest.raises(ValueError):
        article_from_json(text, "body")
