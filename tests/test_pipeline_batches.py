"""Documents go through the stages in batches; one bad document in a batch is the only one rejected."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.pipeline import BATCH_DOCUMENTS, Options, Pipeline


class Shouting:
    """A batch stage that upper-cases titles, and fails on any batch holding a body with 'poison'."""

    name = "shout"
    requires: tuple[str, ...] = ("body",)
    assigns: tuple[str, ...] = ("title",)

    def __init__(self) -> None:
        self.batches: list[int] = []

    def __call__(self, article: Article) -> Article:
        if "poison" in article.body:
            raise RuntimeError("poisoned body")
        return dataclasses.replace(article, title=article.body.split()[0].upper())

    def process_many(self, articles: Sequence[Article]) -> list[Article]:
        self.batches.append(len(articles))
        return [self(article) for article in articles]


def _raw(i: int, word: str = "plain") -> RawDocument:
    return RawDocument(f"doc{i}.txt", text=f"{word} text number {i} about the talks held in Geneva.\n")


def test_pipeline_batch_keeps_order_and_batches_the_documents() -> None:
    stage = Shouting()
    pipeline = Pipeline(Options(link_actors=False), stages=[stage])
    raws = [_raw(i, "alpha" if i % 2 else "beta") for i in range(BATCH_DOCUMENTS + 3)]
    results = [result for _, result in pipeline.each_input(raws)]
    assert [r.source for r in results if isinstance(r, Article)] == [r.source for r in raws]
    assert [r.title for r in results if isinstance(r, Article)][:2] == ["BETA", "ALPHA"]
    assert stage.batches == [BATCH_DOCUMENTS, 3]


def test_pipeline_batch_with_one_bad_document_rejects_only_it() -> None:
    pipeline = Pipeline(Options(link_actors=False), stages=[Shouting()])
    raws = [_raw(0), _raw(1, "poison"), _raw(2)]
    results = [result for _, result in pipeline.each_input(raws)]
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Article"]
    bad = results[1]
    assert isinstance(bad, Rejected)
    assert (bad.source, bad.stage, bad.reason) == ("doc1.txt", "shout", "internal-error")


def test_pipeline_batch_skipped_and_unreadable_inputs_keep_their_place() -> None:
    pipeline = Pipeline(Options(link_actors=False), stages=[Shouting()])
    unreadable = Rejected("gone.txt", "read", "not-found")
    items = [_raw(0), unreadable, _raw(1), _raw(2)]
    pairs = list(pipeline.each_input(items, skip=lambda raw: raw.source == "doc1.txt"))
    assert [item for item, _ in pairs] == items
    assert [type(result).__name__ for _, result in pairs] == ["Article", "Rejected", "NoneType", "Article"]
