"""The parse stage puts one ParsedSegment per segment in the Article; stages read it from there."""

from __future__ import annotations

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
