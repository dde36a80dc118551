"""Sentence.token_at and Sentence.tokens_within bisect the token offsets: they must answer what a scan of
every token answers, and still do when the offsets are out of order."""

from __future__ import annotations

import pytest

from diplowatch.text.normalise import Token, tokens
from diplowatch.text.sentences import Sentence


def _sentence(toks: list[Token]) -> Sentence:
    return Sentence(0, toks[0].start if toks else 0, toks[-1].end if toks else 0, "fr", tuple(toks), False)


def _scanned_at(sentence: Sentence, offset: int) -> int | None:
    return next((j for j, t in enumerate(sentence.toks) if t.end > offset), None)


def _scanned_within(sentence: Sentence, start: int, end: int) -> list[int]:
    return [i for i, t in enumerate(sentence.toks) if start <= t.start and t.end <= end]


ORDERED = tokens("Le ministre a reçu, lundi à Rabat, son homologue.", 5)
SHUFFLED = [ORDERED[2], ORDERED[0], ORDERED[1], *ORDERED[3:]]


@pytest.mark.parametrize("toks", [ORDERED, SHUFFLED, []])
def test_lookups_answer_what_a_scan_answers(toks: list[Token]) -> None:
    sentence = _sentence(toks)
    for offset in range(0, 70):
        assert sentence.token_at(offset) == _scanned_at(sentence, offset)
        for end in range(offset, 70, 3):
            assert sentence.tokens_within(offset, end) == _scanned_within(sentence, offset, end)


def test_derived_for_works_out_once_per_owner() -> None:
    sentence = _sentence(list(tokens("Le ministre a reçu l'envoyé.")))
    calls: list[object] = []
    first, second = object(), object()

    def compute(owner: object) -> object:
        calls.append(owner)
        return owner

    assert sentence.derived_for("probe", lambda s: compute(first), first) is first
    assert sentence.derived_for("probe", lambda s: compute(first), first) is first
    assert sentence.derived_for("probe", lambda s: compute(second), second) is second
    assert calls == [first, second]  # once for each owner, kept apart
