"""Fold text for matching: lower case, no accents, one apostrophe, ASCII digits, plain alef.

Folding maps one character to one character, so offsets in the folded text are offsets
in the original; the only characters removed (Arabic short vowels and tatweel, which
writers add or leave out freely) are tracked in an offset table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Arabic harakat, tanwin, shadda, sukun, superscript alef, and the tatweel stretcher.
_DROPPED = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640")
_ANY_DROPPED = re.compile("[" + "".join(sorted(_DROPPED)) + "]")
# Hamza-carrying alefs fold to bare alef; madda alef is kept ("آب" August is not "أب" father).
_ARABIC = {"أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_PUNCT = {"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " ", "\u202f": " ",
          "‐": "-", "‑": "-", "–": "-", "—": "-", "،": ","}


def _fold_char(char: str) -> str:
    if char in _ARABIC:
        return _ARABIC[char]
    if char in _PUNCT:
        return _PUNCT[char]
    if "\u0660" <= char <= "\u0669" or "\u06f0" <= char <= "\u06f9":
        return str(unicodedata.digit(char))
    lowered = char.lower()
    if ord(char) >= 0x250:  # outside Latin: keep letters whole (NFD would strip the madda of "آ")
        return lowered if len(lowered) == 1 else char
    base = unicodedata.normalize("NFD", lowered)[0] if len(lowered) == 1 else char
    return base if len(base) == 1 else char


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Translation table over the scripts we read (Latin, Greek-free Latin-1/Extended-A, Arabic)."""
    ranges = list(range(0x20, 0x250)) + list(range(0x600, 0x700)) + [ord(c) for c in _PUNCT]
    return {code: _fold_char(chr(code)) for code in ranges if _fold_char(chr(code)) != chr(code)}


@dataclass(frozen=True, slots=True)
class Folded:
    text: str
    # folded index -> original index, plus the original length at the end (so a span's end
    # takes in the vowel marks that follow its last letter); None when nothing was dropped
    offsets: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span back to the original text."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]


def fold(text: str) -> Folded:
    folded = text.translate(_table())
    if not _ANY_DROPPED.search(folded):
        return Folded(folded, None)
    kept = [(index, char) for index, char in enumerate(folded) if char not in _DROPPED]
    offsets = tuple(index for index, _ in kept) + (len(text),)
    return Folded("".join(char for _, char in kept), offsets)


def fold_word(word: str) -> str:
    """Fold a vocabulary entry the way texts are folded."""
    return fold(word).text
