"""Find candidate spans: run every pattern of a language over folded text, keep the best cover."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from diplowatch.dates.grammar import PatternCompiler
from diplowatch.dates.model import Candidate
from diplowatch.dates.reading import read
from diplowatch.dates.spans import first_fit
from diplowatch.dates.vocabulary import Vocabulary, load
from diplowatch.errors import DataFileError


@dataclass(frozen=True, slots=True)
class Grammar:
    vocab: Vocabulary
    rules: tuple[tuple[str, re.Pattern[str]], ...]  # (pattern line, compiled)
    prefilter: re.Pattern[str]  # a text with no digit and no vocabulary word has no date
    # For each rule, the tokens each of its matches contains: a rule whose token is nowhere in a
    # text is not run over it (each token is looked for once per text, however many rules share it:
    # equal patterns are equal keys).
    needs: tuple[tuple[re.Pattern[str], ...], ...]


@cache
def grammar(language: str) -> Grammar:
    """The compiled patterns of a language, built once."""
    vocab = load(language)
    compiler = PatternCompiler(vocab.slot_regex, vocab.word_lists)
    rules = []
    needs = []
    for line in vocab.patterns:
        try:
            rules.append((line, compiler.compile(line)))
            needs.append(tuple(re.compile(token, re.M) for token in compiler.required(line)))
        except (ValueError, re.error) as error:
            raise DataFileError(f"lang/{language}/dates.yaml", None, f"pattern {line!r}: {error}") from error
    return Grammar(vocab, tuple(rules), _prefilter(vocab), tuple(needs))


def _prefilter(vocab: Vocabulary) -> re.Pattern[str]:
    sources = [r"\d"] + [vocab.slot_regex[slot] for slot in sorted(vocab.meanings) if vocab.meanings[slot]]
    return re.compile("|".join(sources))


def _matches(folded: str, compiled: Grammar) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    present: dict[re.Pattern[str], bool] = {}
    for order, ((_, regex), needs) in enumerate(zip(compiled.rules, compiled.needs, strict=True)):
        if not _all_present(needs, folded, present):
            continue
        for match in regex.finditer(folded):
            start, end = match.span("x")
            if end > start:
                found.append((start, end, order, match))
    return found


def _all_present(
    tokens: tuple[re.Pattern[str], ...], folded: str, known: dict[re.Pattern[str], bool]
) -> bool:
    """Whether every token occurs in `folded`; each token is searched once per text (`known`). A plain
    loop: this runs for every rule of every text scanned."""
    for token in tokens:
        found = known.get(token)
        if found is None:
            found = known[token] = token.search(folded) is not None
        if not found:
            return False
    return True


def _best_cover(
    found: list[tuple[int, int, int, re.Match[str]]],
) -> list[tuple[int, int, int, re.Match[str]]]:
    """Longest matches first, then earlier patterns; drop whatever overlaps a kept one."""
    return first_fit(sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])), lambda f: (f[0], f[1]))


def scan(folded: str, language: str) -> list[Candidate]:
    """Candidates in folded text, sorted and non-overlapping."""
    compiled = grammar(language)
    if not compiled.prefilter.search(folded):
        return []
    candidates = []
    for start, end, order, match in _best_cover(_matches(folded, compiled)):
        reading = read(match.groupdict(), compiled.vocab)
        if reading is not None:
            candidates.append(Candidate(start, end, reading, compiled.rules[order][0]))
    return candidates
