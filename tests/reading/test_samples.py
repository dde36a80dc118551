"""The bundled sample articles against their gold files: body, metadata and language.

This is the project's pinned quality gate for the reading stages: every planted
boilerplate phrase must go, every article phrase must stay, and the metadata
must match the gold wherever the gold gives it.
"""

import json
import re
import unicodedata
from pathlib import Path

import pytest

from diplowatch.model import Article
from diplowatch.pipeline import Options, Pipeline

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
GOLD = sorted(SAMPLES.glob("*.gold.json"))


def norm(text: str | None) -> str:
    """The scorer's comparison: no accents, no punctuation, lower case."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    pipeline = Pipeline(Options(link_actors=False))
    out = {}
    for item in pipeline.run([str(SAMPLES)]):
        assert isinstance(item, Article), item.message()
        out[Path(item.source).name] = item
    return out


def test_every_sample_has_a_gold_file_and_is_read(articles: dict[str, Article]) -> None:
    assert len(GOLD) >= 12
    assert {json.loads(g.read_text(encoding="utf-8"))["file"] for g in GOLD} <= set(articles)


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.removesuffix(".gold.json"))
def test_sample_body_and_metadata_match_gold(gold_path: Path, articles: dict[str, Article]) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = articles[gold["file"]]
    body = norm(article.body)
    assert [p for p in gold["body_must_include"] if norm(p) not in body] == []
    assert [p for p in gold["body_must_exclude"] if norm(p) in body] == []
    assert article.language == gold["language"]
    if gold.get("published"):
        accepted = gold["published"] if isinstance(gold["published"], list) else [gold["published"]]
        assert article.published is not None and article.published.value in accepted
    if gold.get("title"):
        assert norm(article.title) == norm(gold["title"])
    if gold.get("outlet"):
        assert norm(article.outlet) == norm(gold["outlet"])
