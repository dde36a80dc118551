"""Where the quotations are: « », “ ”, „ “, ‹ ›, and straight double quotes in pairs.

A quotation inside another one (“...” within «...») belongs to the outer one; a
"quotation" spanning a paragraph break is an unbalanced mark, not a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_LENGTH = 1500  # characters: a longer "quotation" is a missing closing mark
_PATTERNS = (
    re.compile(r"«\s*([^«»]+?)\s*»"),
    re.compile(r"“\s*([^“”]+?)\s*[”“]"),
    re.compile(r"„\s*([^„“”]+?)\s*[“”]"),
    re.compile(r"‹\s*([^‹›]+?)\s*›"),
    re.compile(r"\"\s*([^\"]+?)\s*\""),
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # of the quoted text, without its marks
    end: int
    outer_start: int  # with the marks
    outer_end: int


def quote_spans(text: str) -> list[QuoteSpan]:
    found = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            inner = m.group(1)
            if "\n\n" in inner or len(inner) > MAX_LENGTH or not any(c.isalpha() for c in inner):
                continue
            found.append(QuoteSpan(m.start(1), m.end(1), m.start(), m.end()))
    outer = [q for q in found if not any(o is not q and o.outer_start <= q.outer_start and q.outer_end <= o.outer_end
                                         for o in found)]
    return sorted(outer, key=lambda q: q.start)
