"""The quality gate: event figures on the project's own samples may rise, never fall.

`floor.json` pins the figures the pipeline reached; a change that lowers event precision,
recall or F1 under them, or asserts a negated event, fails here. When a change raises the
figures, raise the floor in the same commit (never lower it).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplowatch.model import Article
from diplowatch.record import to_record

from .event_scoring import Tally, key, matches, pair

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
FLOOR = json.loads((Path(__file__).with_name("floor.json")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tally(sample_articles: list[Article]) -> Tally:
    articles = sample_articles
    records = {Path(a.source).name: to_record(a) for a in articles}  # "wires.jsonl:2" for a JSONL line
    total = Tally()
    for gold_file in sorted(SAMPLES.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        record = records.get(gold["file"])
        assert record is not None, f"no record for {gold['file']}"
        total.add(gold, record)
    return total


@pytest.mark.slow
@pytest.mark.parametrize("measure", ["precision", "recall", "f1"])
def test_event_figures_stay_above_the_floor(tally: Tally, measure: str) -> None:
    assert getattr(tally, measure) >= FLOOR[measure], (
        f"{measure} {getattr(tally, measure):.3f} < floor {FLOOR[measure]}"
    )


@pytest.mark.slow
def test_no_negated_event_is_asserted(tally: Tally) -> None:
    assert tally.negated_asserted == 0


def test_scoring_pairs_by_type_participants_and_date() -> None:
    gold = {
        "type": ["CONSULT"],
        "actor": ["Staffan_de_Mistura"],
        "recipient": ["Russia"],
        "date": {"value": "2024-03-11", "granularity": "day"},
    }
    right = {
        "type": "CONSULT",
        "actor": ["Staffan de Mistura"],
        "recipient": ["Russia"],
        "date": {"value": "2024-03-11"},
    }
    reversed_roles = {**right, "actor": ["Russia"], "recipient": ["Staffan_de_Mistura"]}
    wrong_day = {**right, "date": {"value": "2024-03-12"}}
    assert matches(gold, right) and matches(gold, reversed_roles) and not matches(gold, wrong_day)
    assert sorted(pair([gold, gold], [wrong_day, right, reversed_roles]).values()) == [1, 2]
    assert key("José_Manuel Albares") == "jose manuel albares"
