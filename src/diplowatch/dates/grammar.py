"""Compile the patterns of a dates.yaml into regular expressions.

A pattern is a line of tokens matched in order, separated by spaces or a comma:

    UPPER      a slot (MONTH, DAY, WEEKDAY, ...): its words come from the data file, or
               it is one of the numeric slots below; it becomes a named group
    word       a literal word; `a/b` means either; `@name` means any word of `words: name:`
    [ ... ]    an optional run of tokens
    <...>      as first token: words that must precede the expression, not part of it;
               as last token: words that must follow it ("YEAR <et/à>" for "de 1982 à 1987");
               <!...> as first token: words that must not precede it (e.g. <!la/esta>); as last
               token: words that must not follow it ("LATER NUM UNIT <!من>": "بعد يومين من" is two
               days after another happening, not two days from now)
    !          (last token only) the expression must be followed by punctuation or a line end

Patterns are matched against folded text (see text/normalise.py, `fold_aligned`), so words
are written in lower case and accents are optional.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from diplowatch.text.normalise import fold_aligned_word

SEPARATOR = r"(?:[^\S\n]*,?[^\S\n]*)"
WORD_START = r"(?<!\w)"
PUNCT_AHEAD = r"(?=[^\S\n]*(?:[.,;:!?)»\"\]]|$))"

# Slots made of digits; the word slots come from the vocabulary.
NUMERIC = {
    "YEAR": r"(?:1\d|2[01])\d\d(?![\d.,]\d)",
    "YEAR2": r"'?\d\d(?!\d)",
    "HIJRIYEAR": r"1[34]\d\d(?![\d.,]\d)",  # a year of the Hijri calendar (1300-1499: 1882-2076)
    "MONTHNUM": r"(?:1[0-2]|0?[1-9])(?!\d)",
    "HOUR": r"(?:[01]?\d|2[0-3])(?![\d.,]\d)",
    "MIN": r"[0-5]\d(?!\d)",
    "HHMM": r"(?:[01]?\d|2[0-3])h[0-5]\d(?!\w)",  # 21h05 written as one word
    # year first, with dashes, slashes or dots ("2024-02-07", "2021/01/06", "2021.01.06")
    "ISODATE": (
        r"(?P<iso_y>(?:1\d|2[01])\d\d)(?P<iso_sep>[-/.])(?P<iso_m>1[0-2]|0?[1-9])(?P=iso_sep)"
        r"(?P<iso_d>3[01]|[12]\d|0?[1-9])(?![\d/.-]\d)"
    ),
    "NUMDATE": (
        r"(?P<nd_a>\d{1,2})(?P<nd_sep>[./-])(?P<nd_b>\d{1,2})(?P=nd_sep)(?P<nd_y>\d{4}|\d\d)"
        r"(?![\d./-]\d)"
    ),
    # the numeric date with a space on each side of its separators ("12 - 4 - 2007"), the year in full
    "SPACEDDATE": (
        r"(?P<sd_a>\d{1,2}) (?P<sd_sep>[./-]) (?P<sd_b>\d{1,2}) (?P=sd_sep) (?P<sd_y>(?:1\d|2[01])\d\d)(?!\d)"
    ),
    # the month in Roman numerals, day first ("21-VII-2015", "3.XI.2019"), read folded (lower case)
    "ROMANDATE": (
        r"(?P<rd_d>3[01]|[12]\d|0?[1-9])(?P<rd_sep>[./-])(?P<rd_m>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
        r"(?P=rd_sep)(?P<rd_y>(?:1\d|2[01])\d\d)(?![\d./-]\d)"
    ),
    "DECADES": r"'?(?:1\d|20)?\d0'?s(?!\w)",
}
PROCLITIC = "+"  # closes a word of a list that the next word may follow unspaced
_TOKEN = re.compile(r"\[|\]|<[^>]*>|[^\s\[\]]+")


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of the words, longest first, not ending inside a word; a word written with a
    closing + is a proclitic, which the next word may follow unspaced (Arabic "و" in "27 و28 أغسطس")."""
    options = []
    for word in sorted(set(words), key=len, reverse=True):
        proclitic = len(word) > 1 and word.endswith(PROCLITIC)
        word = word[:-1] if proclitic else word
        guard = r"(?!\w)" if re.match(r".*\w$", word) and not proclitic else ""
        options.append(re.escape(word) + guard)
    return "(?:" + "|".join(options) + ")" if options else "(?!)"


class PatternCompiler:
    """Turns pattern lines into compiled regexes, given the slot regexes of one language."""

    def __init__(self, slots: Mapping[str, str], word_lists: Mapping[str, tuple[str, ...]]) -> None:
        self.slots = {**NUMERIC, **slots}
        self.word_lists = word_lists

    def compile(self, pattern: str) -> re.Pattern[str]:
        tokens = _TOKEN.findall(pattern)
        context, guard = "", ""
        if tokens and tokens[0].startswith("<!"):
            context = WORD_START + self._not_after(tokens.pop(0)[2:-1])
        elif tokens and tokens[0].startswith("<"):
            context = f"{WORD_START}{self._literal(tokens.pop(0)[1:-1])}{SEPARATOR}"
        if tokens and tokens[-1] == "!":
            tokens.pop()
            guard = PUNCT_AHEAD
        elif len(tokens) > 1 and tokens[-1].startswith("<!"):
            guard = f"(?!{SEPARATOR}{self._literal(tokens.pop()[2:-1])})"
        elif len(tokens) > 1 and tokens[-1].startswith("<"):
            guard = f"(?={SEPARATOR}{self._literal(tokens.pop()[1:-1])})"
        body = self._sequence(self._group(tokens))
        return re.compile((context or WORD_START) + f"(?P<x>{body}){guard}", re.M)

    def required(self, pattern: str) -> tuple[str, ...]:
        """The regexes of the tokens every match of `pattern` contains (those outside [ ] and < >),
        each exactly as `compile` embeds it: a text where one of them is nowhere has no match."""
        tokens = [t for t in _TOKEN.findall(pattern) if not t.startswith("<") and t != "!"]
        return tuple(self._item(t) for t in self._group(tokens) if isinstance(t, str))

    def _group(self, tokens: list[str]) -> list[object]:
        """Nest the tokens: a list per [ ... ] run."""
        stack: list[list[object]] = [[]]
        for token in tokens:
            if token == "[":
                stack.append([])
            elif token == "]":
                inner = stack.pop()
                stack[-1].append(inner)
            else:
                stack[-1].append(token)
        if len(stack) != 1:
            raise ValueError("unbalanced [ ]")
        return stack[0]

    def _sequence(self, items: list[object]) -> str:
        first_required = next((i for i, item in enumerate(items) if isinstance(item, str)), len(items))
        parts = []
        for index, item in enumerate(items):
            regex = self._item(item)
            if index < first_required:
                parts.append(f"(?:{regex}{SEPARATOR})" + ("?" if isinstance(item, list) else ""))
            elif index == first_required:
                parts.append(regex)
            else:
                parts.append(f"(?:{SEPARATOR}{regex})" + ("?" if isinstance(item, list) else ""))
        return "".join(parts)

    def _item(self, item: object) -> str:
        if isinstance(item, list):
            return self._sequence(item)
        token = str(item)
        if token.isupper():
            if token not in self.slots:
                raise ValueError(f"unknown slot {token}")
            return f"(?P<{token.lower()}>{self.slots[token]})"
        return self._literal(token)

    def _not_after(self, token: str) -> str:
        """One fixed-width look-behind per word (Python's look-behinds cannot alternate widths)."""
        words = [fold_aligned_word(option.replace("_", " ")) for option in token.split("/")]
        return "".join(f"(?<!(?<!\\w){re.escape(word)} )" for word in words)

    def _literal(self, token: str) -> str:
        words: list[str] = []
        for option in token.split("/"):
            if option.startswith("@"):
                if option[1:] not in self.word_lists:
                    raise ValueError(f"unknown word list {option}")
                words.extend(self.word_lists[option[1:]])
            else:
                words.append(fold_aligned_word(option.replace("_", " ")))
        return alternation(words)
