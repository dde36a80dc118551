"""Text as the full-text index sees it (documents and queries are folded the same way)."""

from __future__ import annotations

import re

# Arabic short vowels, shadda, sukun, superscript alef and tatweel: optional marks that the
# unicode61 tokenizer treats as separators, so "وَصَلَ" would index as three one-letter tokens.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def fold_for_index(text: str) -> str:
    return _ARABIC_MARKS.sub("", text)
