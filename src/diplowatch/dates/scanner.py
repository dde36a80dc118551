"""Find candidate spans: run every pattern of a language over folded text, keep the best cover."""

from __future__ import annotations

import bisect
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
    # The tokens the rules' matches contain, each once (equal patterns are one token), and for each
    # rule the numbers of its tokens: a rule whose token is nowhere in a text is not run over it, and
    # each token is looked for once per text however many rules share it. Numbers, not the patterns,
    # key the scan's bookkeeping: hashing a compiled pattern hashes its whole code every time.
    tokens: tuple[re.Pattern[str], ...]
    needs: tuple[tuple[int, ...], ...]
    # No rule can match or look past a line break (see `_line_local`): each line is scanned alone.
    line_local: bool = True


@cache
def grammar(language: str) -> Grammar:
    """The compiled patterns of a language, built once."""
    vocab = load(language)
    compiler = PatternCompiler(vocab.slot_regex, vocab.word_lists)
    rules = []
    numbers: dict[str, int] = {}  # token source -> its number
    needs = []
    for line in vocab.patterns:
        try:
            rules.append((line, compiler.compile(line)))
            needs.append(tuple(numbers.setdefault(token, len(numbers)) for token in compiler.required(line)))
        except (ValueError, re.error) as error:
            raise DataFileError(f"lang/{language}/dates.yaml", None, f"pattern {line!r}: {error}") from error
    tokens = tuple(re.compile(token, re.M) for token in numbers)
    sources = [regex.pattern for _, regex in rules] + list(numbers)
    return Grammar(vocab, tuple(rules), _prefilter(vocab), tokens, tuple(needs), _line_local(sources))


# What could match a line break, or tell one from the end of the text, in a pattern source: a literal or
# escaped line break or code point, a class of spaces or of non-words, a negated set, the text's own
# ends, dot-all. The separators and guards the grammar builds ("[^\\S\\n]", "(?!\\w)", "$" in multi-line
# mode) stop at a line break as at the end of the text; the words come from the data files.
_CROSSES_LINES = frozenset(
    ["\n", "\\n", "\\x", "\\u", "\\U", "\\0", "\\s", "\\S", "\\W", "\\D", "[^", "\\Z", "\\A", "(?s"]
)
_SAME_LINE_SPACE = "[^\\S\\n]"


def _line_local(sources: list[str]) -> bool:
    """Whether every match of these patterns lies within one line and reads the same with the line cut
    from the text: then the scanner may run them line by line."""
    return not any(x in source.replace(_SAME_LINE_SPACE, "") for source in sources for x in _CROSSES_LINES)


def _prefilter(vocab: Vocabulary) -> re.Pattern[str]:
    sources = [r"\d"] + [vocab.slot_regex[slot] for slot in sorted(vocab.meanings) if vocab.meanings[slot]]
    return re.compile("|".join(sources))


def _matches(folded: str, compiled: Grammar) -> list[tuple[int, int, int, re.Match[str]]]:
    """Every rule's matches, rule after rule. No rule matches across a line break (`line_local`), so a
    rule runs only over the lines holding every token it requires: dates are few and far between, and
    running each rule over the whole text cost most of the scan."""
    lines = _Lines(folded, compiled.tokens, compiled.line_local)
    found = []
    for order, ((_, regex), needs) in enumerate(zip(compiled.rules, compiled.needs, strict=True)):
        for line in lines.holding_all(needs):
            for match in regex.finditer(folded, lines.starts[line], lines.ends[line]):
                start, end = match.span("x")
                if end > start:
                    found.append((start, end, order, match))
    return found


_LINE_BREAK = re.compile("\n")
_UNSEEN = -2  # a token not looked for yet (None: looked for, nowhere in the text)


class _Lines:
    """The lines of one text and where the rules' tokens occur in them. Each token is first looked for
    once in the whole text (most are nowhere, and a rule missing one is skipped); a rule whose tokens
    all occur runs over the lines holding the one that occurs last (mostly a line or two), found from
    its first occurrence on, and holding its other tokens (looked for in those lines only)."""

    def __init__(self, folded: str, tokens: tuple[re.Pattern[str], ...], line_local: bool) -> None:
        self.folded = folded
        self.tokens = tokens
        self.starts = [0, *(m.end() for m in _LINE_BREAK.finditer(folded))] if line_local else [0]
        self.ends = [start - 1 for start in self.starts[1:]] + [len(folded)]  # without the line break
        self.first: list[int | None] = [_UNSEEN] * len(tokens)  # token -> the line of its first occurrence
        self.everywhere: list[frozenset[int] | None] = [None] * len(tokens)  # token -> the lines holding it
        self.in_line: dict[tuple[int, int], bool] = {}
        self.sorted_lines: list[list[int] | None] = [None] * len(tokens)  # `holding_all` of one token

    def holding_all(self, tokens: tuple[int, ...]) -> list[int]:
        """The lines holding every token, in order."""
        if not tokens:
            return list(range(len(self.starts)))
        firsts = []
        for token in tokens:
            line = self._first(token)
            if line is None:
                return []
            firsts.append((line, token))
        if len(tokens) == 1:  # most rules need one token: its lines, sorted once per text
            lines = self.sorted_lines[tokens[0]]
            if lines is None:
                lines = self.sorted_lines[tokens[0]] = sorted(self._everywhere(tokens[0]))
            return lines
        known = [token for _, token in firsts if self.everywhere[token] is not None]
        chosen = known[0] if known else max(firsts)[1]
        out = self._everywhere(chosen)
        for token in tokens:
            if token != chosen:
                out = frozenset(line for line in out if self._holds(token, line))
        return sorted(out)

    def _first(self, token: int) -> int | None:
        line = self.first[token]
        if line == _UNSEEN:
            match = self.tokens[token].search(self.folded)
            line = self.first[token] = None if match is None else self._line_of(match.start())
        return line

    def _line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def _everywhere(self, token: int) -> frozenset[int]:
        """One search per line holding the token, each going on from the next line (a token never
        spans lines; the digits of a date token occur many times in a line)."""
        found = self.everywhere[token]
        if found is None:
            pattern = self.tokens[token]
            line = self._first(token)
            lines = set()
            while line is not None:
                lines.add(line)
                self.in_line[token, line] = True
                nxt = line + 1
                match = pattern.search(self.folded, self.starts[nxt]) if nxt < len(self.starts) else None
                line = None if match is None else self._line_of(match.start())
            found = self.everywhere[token] = frozenset(lines)
        return found

    def _holds(self, token: int, line: int) -> bool:
        held = self.in_line.get((token, line))
        if held is None:
            everywhere = self.everywhere[token]
            if everywhere is not None:
                held = line in everywhere
            else:
                first = self._first(token)
                held = first == line or (
                    first is not None
                    and first < line
                    and self.tokens[token].search(self.folded, self.starts[line], self.ends[line]) is not None
                )
            self.in_line[token, line] = held
        return held


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
