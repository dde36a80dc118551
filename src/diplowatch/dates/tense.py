"""Decide whether an expression points back or forward, from cue words in its clause."""

from __future__ import annotations

import re
from functools import cache

from diplowatch.dates.model import Tense
from diplowatch.dates.vocabulary import load

WINDOW = 120  # characters looked at on each side, within the sentence
_BOUNDARY = re.compile(r"[.!?;\n]\s")
# The Arabic comma and semicolon end a clause too ("التقى X الاثنين، ومن المقرر أن..."), unless the
# expression stands alone between two of them (", يوم الاثنين،"): an aside the clause around it dates.
_COMMA_BOUNDARY = re.compile(r"[.!?;\n،؛]\s")
_WORD = re.compile(r"\w+")
_SEGMENT_BOUNDARY = re.compile(r"[.!?;\n,،؛]\s")  # the commas around an expression: its own clause first
ASIDE_WORDS = 1  # words beside the expression inside its commas for it to be an aside ("يوم")
PROSPECTIVE = "prospective"  # the group name of a cue that points forward only what follows it
CONDITIONAL = "conditional"  # a cue that points forward only what follows it, in any pass


@cache
def _complementizers(language: str) -> re.Pattern[str] | None:
    words = load(language).complementizers
    return re.compile("|".join(words), re.I) if words else None


@cache
def _cues(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Strong cues (auxiliaries, tense endings, prospective verbs), then weak ones (participles) used
    only alone."""
    vocab = load(language)
    strong = [(f"future{i}", c) for i, c in enumerate(vocab.future_cues)]
    strong += [(f"{PROSPECTIVE}{i}", c) for i, c in enumerate(vocab.prospective_cues)]
    strong += [(f"{CONDITIONAL}{i}", c) for i, c in enumerate(vocab.conditional_cues)]
    strong += [(f"past{i}", c) for i, c in enumerate(vocab.past_cues)]
    weak = [(f"future_weak{i}", c) for i, c in enumerate(vocab.weak_future_cues)]
    weak += [(f"past_weak{i}", c) for i, c in enumerate(vocab.weak_past_cues)]
    return _compile(strong), _compile(weak)


def _compile(cues: list[tuple[str, str]]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?P<{name}>{cue})" for name, cue in cues), re.I) if cues else None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left, right = _bounded(_COMMA_BOUNDARY, text, start, end)
    if _more_words_than(ASIDE_WORDS, text, (left, start), (end, right)):
        return left, right
    return _bounded(_BOUNDARY, text, start, end)


def _more_words_than(count: int, text: str, *spans: tuple[int, int]) -> bool:
    """More than `count` words in the spans of `text` together (counted no further than needed)."""
    seen = 0
    for left, right in spans:
        for _ in _WORD.finditer(text, left, right):
            seen += 1
            if seen > count:
                return True
    return False


def _bounded(boundary: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - WINDOW)
    right = min(len(text), end + WINDOW)
    before = [m.end() for m in boundary.finditer(text, left, start)]
    after = boundary.search(text, end, right)
    return (before[-1] if before else left), (after.start() + 1 if after else right)


def _nearest(
    cues: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    clause: tuple[int, int],
    *,
    prospective: bool = True,
    opener: re.Pattern[str] | None = None,
) -> Tense | None:
    """The tense of the cue nearest the expression in the clause; `prospective`: whether plans count (a
    plan before a date in its own segment may be about another time: "decidieron levantar las sanciones
    impuestas tras el golpe de julio")."""
    left, right = clause
    best: tuple[int, int, Tense] | None = None
    for match in cues.finditer(text, left, right):
        if match.start() < end and start < match.end():
            continue  # a cue inside the expression ("mardi prochain") is read as a shift instead
        group = match.lastgroup or ""
        if group.startswith(PROSPECTIVE) and (match.end() > start or not prospective):
            continue  # "In November, they agreed to meet": the plan is dated, not what it plans
        if group.startswith(CONDITIONAL) and match.end() > start:
            continue  # "a déclaré mercredi qu'il n'autoriserait pas": the statement's day, past
        if opener is not None and match.start() >= end and opener.search(text, end, match.start()):
            continue  # "a annoncé mardi qu'elle participera": the clause after "que" is another's
        distance = start - match.end() if match.end() <= start else match.start() - end
        tense: Tense = "future" if group.startswith(("future", PROSPECTIVE, CONDITIONAL)) else "past"
        rank = (distance, 0 if tense == "future" else 1)  # on a tie, future
        if best is None or rank < best[:2]:
            best = (*rank, tense)
    return best[2] if best else None


def tense_at(text: str, start: int, end: int, language: str) -> Tense:
    """The tense of the nearest cue around text[start:end] (the original text); past when none. A
    strong cue between the commas around the expression comes first: "Le diplomate, qui avait visité
    Rabat en juillet, doit se rendre..." is last July, whatever the main clause plans. A cue after the
    expression beyond a complementizer (`complementizers`: "que", "that") is another clause's: "a annoncé
    mardi qu'elle participera" is last Tuesday."""
    strong, weak = _cues(language)
    opener = _complementizers(language)
    segment = _bounded(_SEGMENT_BOUNDARY, text, start, end)
    if segment != _bounded(_BOUNDARY, text, start, end):
        if strong is not None and (
            tense := _nearest(strong, text, start, end, segment, prospective=False, opener=opener)
        ):
            return tense
        # a weak cue before the expression in its own segment is its verb's, not a strong one of the next
        # segment: "rejected the resolution on Thursday, saying it will not engage" is last Thursday
        if weak is not None and (
            tense := _nearest(weak, text, start, end, (segment[0], start), opener=opener)
        ):
            return tense
    clause: tuple[int, int] | None = None  # worked out once for both kinds of cues
    for cues in _cues(language):
        if cues is not None:
            clause = clause or _clause(text, start, end)
            if tense := _nearest(cues, text, start, end, clause, opener=opener):
                return tense
    return "past"
