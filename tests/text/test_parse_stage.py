"""The parse stage puts one ParsedSegment per segment in the Article; stages read it from there."""

from __future__ import annotations

import pytest

from diplowatch.model import Article, Segment
from diplowatch.text.parse import Parser, parsed_segments


def _article(body: str, segments: tuple[Segment, ...]) -> Article:
    return Article(
        doc_id="t",
        source="test",
        body=body,
        language=segments[0].language if segments else "fr",
        segments=segments,
    )


def test_parse_stage_without_spacy_keeps_every_segment_unparsed() -> None:
    body = "Le ministre est arrivé. وصل الوزير"
    segments = (Segment(0, 23, "fr"), Segment(24, len(body), "ar"))
    parsed = Parser(use_spacy=False)(_article(body, segments)).parses
    assert [p.segment for p in parsed] == list(segments)
    assert all(p.doc is None for p in parsed)


def test_parsed_segments_of_an_unparsed_article_cover_the_body() -> None:
    article = _article("Texte sans segments.", ())
    (only,) = parsed_segments(article)
    assert (only.segment.start, only.segment.end, only.doc) == (0, len(article.body), None)


@pytest.mark.slow
def test_parse_stage_batch_parses_each_segment_as_alone() -> None:
    french = "Le ministre a rencontré son homologue à Rabat lundi."
    english = "The envoy met the foreign minister in Algiers on Monday."
    body = f"{french} {english} وصل الوزير"
    mixed = (Segment(0, len(french), "fr"), Segment(len(french) + 1, len(body) - 10, "en"))
    mixed += (Segment(len(body) - 9, len(body), "ar"),)
    articles = [_article(body, mixed), _article(french, (Segment(0, len(french), "fr"),))]
    parser = Parser()
    for alone, together in zip([parser(a) for a in articles], parser.process_many(articles), strict=True):
        assert [p.segment for p in together.parses] == [p.segment for p in alone.parses]
        assert [_analysis(p.doc) for p in together.parses] == [_analysis(p.doc) for p in alone.parses]


def _analysis(doc) -> list[tuple[str, str, str, int]] | None:
    return None if doc is None else [(t.text, t.lemma_, t.dep_, t.head.i) for t in doc]
