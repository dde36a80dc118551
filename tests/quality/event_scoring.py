"""Event scoring for the quality gate, written to the rules of the project's spec (EVENTS.md,
section 4): the same figures as the shared scorer, computed from the samples' own gold files
so that the tests need nothing outside the repository.

A predicted event matches a gold event when its type is one the gold accepts, at least one gold
actor (unless the gold accepts any actor) and, when gold names recipients, at least one gold
recipient are among the prediction's participants (direction is not scored), and a gold date
agrees at its own granularity. Gold and predictions are paired by a maximum matching; a
prediction that only matches an optional gold event counts neither way; predictions marked
negation or hypothetical are not real events; a negated gold statement predicted as real counts
as "negated asserted".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

UNREAL = {"negation", "hypothetical"}
WIDTH = {"year": 4, "month": 7, "day": 10}


def key(text: str | None) -> str:
    """Ids and names compared without case, accents, punctuation or underscores."""
    decomposed = unicodedata.normalize("NFKD", (text or "").replace("_", " "))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", bare).split())


def _ids(values: list[Any] | None) -> set[str]:
    return {key(v if isinstance(v, str) else (v.get("id") or v.get("name"))) for v in values or []}


def participants(event: dict[str, Any]) -> set[str]:
    return _ids(event.get("actor")) | _ids(event.get("recipient"))


def matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    types = gold["type"] if isinstance(gold["type"], list) else [gold["type"]]
    if pred.get("type") not in types:
        return False
    present = participants(pred)
    if gold.get("actor") and not gold.get("any_actor") and not _ids(gold["actor"]) & present:
        return False
    if gold.get("recipient") and not _ids(gold["recipient"]) & present:
        return False
    when = gold.get("date")
    if when:
        value = str((pred.get("date") or {}).get("value") or "")
        width = WIDTH[when.get("granularity", "day")]
        if not value or value[:width] != when["value"][:width]:
            return False
    return True


def pair(golds: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[int, int]:
    """Maximum bipartite matching gold index -> prediction index (augmenting paths)."""
    owner: dict[int, int] = {}

    def assign(g: int, tried: set[int]) -> bool:
        for p, pred in enumerate(preds):
            if p in tried or not matches(golds[g], pred):
                continue
            tried.add(p)
            if p not in owner or assign(owner[p], tried):
                owner[p] = g
                return True
        return False

    for g in range(len(golds)):
        assign(g, set())
    return {g: p for p, g in owner.items()}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    negated_asserted: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: dict[str, Any], record: dict[str, Any]) -> None:
        preds = [e for e in record.get("events") or [] if not UNREAL & set(e.get("aux") or [])]
        required = [g for g in gold.get("events", []) if not g.get("optional")]
        pairs = pair(required, preds)
        used = set(pairs.values())
        for optional in (g for g in gold.get("events", []) if g.get("optional")):
            spare = next((i for i, p in enumerate(preds) if i not in used and matches(optional, p)), None)
            if spare is not None:
                used.add(spare)
        self.tp += len(pairs)
        self.fn += len(required) - len(pairs)
        self.fp += len(preds) - len(used)
        for statement in gold.get("negated", []):
            said_by = _ids(statement.get("actor"))
            self.negated_asserted += sum(
                1 for p in preds if p.get("type") == statement["type"] and said_by & _ids(p.get("actor"))
            )
