"""spaCy parses of an article's segments, cached so later stages reuse them.

The actor stage needs named entities (unknown persons and organisations); the
event stage will need the same parse (dependencies, sentences). Parsing is the
most expensive step of the pipeline, so it happens once: `parse(article)` keeps
the last few results in an LRU keyed by the body and its segments (the content,
not the doc_id, so an edited body is never served a stale parse). Segments in a
language without a pipeline (Arabic) get no Doc.
"""

from __future__ import annotations

import functools
from typing import Any

from diplowatch.model import Article, Segment
from diplowatch.nlp import has_pipeline, pipeline

CACHE_SIZE = 16  # a batch is processed article by article: a handful of recent parses is enough


def parse(article: Article) -> tuple[tuple[Segment, Any | None], ...]:
    """(segment, spaCy Doc of body[segment.start:segment.end] or None) for each segment."""
    return _parse(article.body, segments_of(article))


def segments_of(article: Article) -> tuple[Segment, ...]:
    """The article's segments, or one segment in the article's language when it has none."""
    if article.segments:
        return article.segments
    return (Segment(0, len(article.body), article.language or "und"),)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _parse(body: str, segments: tuple[Segment, ...]) -> tuple[tuple[Segment, Any | None], ...]:
    out = []
    for segment in segments:
        doc = pipeline(segment.language)(body[segment.start:segment.end]) if has_pipeline(segment.language) else None
        out.append((segment, doc))
    return tuple(out)
