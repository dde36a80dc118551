"""The stage order is checked from `requires`/`assigns` alone, when a pipeline is assembled."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.events import EventCoder
from diplowatch.kb import kb_from_dicts
from diplowatch.pipeline import READ_FIELDS
from diplowatch.quotes import QuoteFinder
from diplowatch.stage import Chain, check_order
from diplowatch.text.parse import Parser

KB = kb_from_dicts([{"id": "Morocco", "kind": "country", "name": "Morocco", "country": "MAR"}])


def test_stage_order_full_pipeline_is_accepted() -> None:
    check_order([Parser(), ActorLinker(KB), QuoteFinder(), EventCoder()], READ_FIELDS)


@pytest.mark.parametrize(
    ("stages", "missing"),
    [
        (lambda: [ActorLinker(KB), EventCoder()], "parses"),  # no parse stage
        (lambda: [Parser(), EventCoder(), ActorLinker(KB)], "actors"),  # events before actors
        (lambda: [Parser(), QuoteFinder(), ActorLinker(KB)], "actors"),
        (lambda: [Parser(), ActorLinker(KB), EventCoder(), QuoteFinder()], "quotes"),  # events need speakers
    ],
)
def test_stage_order_missing_field_is_refused(stages, missing: str) -> None:
    with pytest.raises(ValueError, match=missing):
        check_order(stages(), READ_FIELDS)


def test_stage_chain_requires_only_what_it_does_not_make() -> None:
    chain = Chain(Parser(), ActorLinker(KB))
    assert "parses" not in chain.requires and "segments" in chain.requires
    assert chain.assigns == ("parses", "actors", "places")
