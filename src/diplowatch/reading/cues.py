"""Boilerplate cues from the data files lang/common.yaml and lang/<xx>/reading.yaml.

Web pages mix languages (a French page with an English cookie banner), so the
cleaner applies the cues of every language at once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from diplowatch.text.langdata import lang_data
from diplowatch.text.normalise import fold_aligned_word

LANGUAGES = ("fr", "en", "es", "ar")


class LinePatterns:
    """Many line patterns: those anchored at the line start as one regex tried there only (re does not
    skip ahead for anchored alternatives in a union), the others each searched on its own. A union of
    unanchored patterns is tried alternative by alternative at every offset of the line, which measured
    about twice as slow as searching each pattern alone (re finds a literal prefix, a first character,
    for one pattern, never for a union).

    A pattern listed twice (the languages share some, "cookies") is tried once: at any offset its second
    copy matches only where the first already did."""

    def __init__(self, patterns: list[str], flags: int = re.I) -> None:
        patterns = list(dict.fromkeys(patterns))
        anchored = [p[1:] for p in patterns if p.startswith("^")]
        self._anchored = _union(anchored, flags) if anchored else None
        self._floating = tuple(re.compile(p, flags) for p in patterns if not p.startswith("^"))

    def matches(self, text: str) -> bool:
        """Some pattern matches the line (an anchored one at its start)."""
        if self._anchored is not None and self._anchored.match(text):
            return True
        return any(pattern.search(text) for pattern in self._floating)

    def fullmatch(self, text: str) -> bool:
        return bool(
            (self._anchored is not None and self._anchored.fullmatch(text))
            or any(pattern.fullmatch(text) for pattern in self._floating)
        )


@dataclass(frozen=True, slots=True)
class Cues:
    drop_line: LinePatterns
    end_of_article: LinePatterns
    inline_related: re.Pattern[str]
    byline: re.Pattern[str]
    tweet_attribution: re.Pattern[str]
    inline_date_prefix: re.Pattern[str]
    trailing_credit: re.Pattern[str]  # an agency or author credit closing the last paragraph
    sentence_starters: frozenset[str]
    section_labels: frozenset[str]
    until_before: re.Pattern[str]  # matches at the end of the text before a deadline date
    appointed_before: re.Pattern[str]  # matches at the end of the text before a day set for later
    deictic_before: re.Pattern[str]  # matches at the end of the text before a date of writing
    publication_label: re.Pattern[str]  # opens a line that dates the page itself
    anniversary_words: frozenset[str]  # folded: "anniversary", "anniversaire", "aniversario", "الذكري"


def _union(patterns: list[str], flags: int = re.I) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", flags)


@functools.cache
def cues() -> Cues:
    common = lang_data("common.yaml")
    per_lang = [lang_data(f"{lang}/reading.yaml") for lang in LANGUAGES]

    def gather(key: str) -> list[str]:
        return [p for data in per_lang for p in data.get(key) or []]

    def gather_one(key: str) -> list[str]:
        return [data[key] for data in per_lang if data.get(key)]

    return Cues(
        drop_line=LinePatterns(common["drop_line"] + gather("drop_line")),
        end_of_article=LinePatterns(gather("end_of_article")),
        inline_related=_union(gather_one("inline_related")),
        byline=_union(gather_one("byline"), flags=0),  # bylines are told by their capitals
        tweet_attribution=re.compile(common["tweet_attribution"]),
        inline_date_prefix=re.compile(common["inline_date_prefix"], re.I),
        trailing_credit=re.compile(common["trailing_credit"]),
        sentence_starters=frozenset(gather("sentence_starters")),
        section_labels=frozenset(label.casefold() for label in gather("section_labels")),
        until_before=_words_before(gather("until_cues")),
        appointed_before=_words_before(gather("appointment_cues")),
        deictic_before=_words_before(gather("deictic_cues")),
        publication_label=re.compile(rf"(?i)^\s*(?:{'|'.join(gather('publication_labels'))})\b\s*:?"),
        anniversary_words=frozenset(fold_aligned_word(w) for w in gather("anniversary_words")),
    )


def _words_before(words: list[str]) -> re.Pattern[str]:
    """One of `words` ending the text (optionally followed by one more word, e.g. a weekday)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{alternatives})\s*(?:\S+\s*)?$")
