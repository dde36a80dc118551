"""Where the quotations are: « », “ ”, „ “, ‹ ›, and straight double quotes in pairs.

A quotation inside another one (“...” within «...») belongs to the outer one; a
"quotation" spanning a paragraph break is an unbalanced mark, not a quotation. An opening
mark never closed in its paragraph quotes to the paragraph's end: a speech quoted over
several paragraphs opens each one without closing it, and a text cut short ends mid-quote.
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
    found += _unclosed(text, found)
    outer = [
        q
        for q in found
        if not any(
            o is not q and o.outer_start <= q.outer_start and q.outer_end <= o.outer_end for o in found
        )
    ]
    return sorted(outer, key=lambda q: q.start)


_OPENING = re.compile(r"[«“„]")
_CLOSING = {"«": "»", "“": "”", "„": "“"}
MIN_UNCLOSED_WORDS = 3  # a lone opening mark before a word or two is a typo, not a quotation


def _unclosed(text: str, found: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotations opened and not closed before their paragraph ends."""
    out: list[QuoteSpan] = []
    for m in _OPENING.finditer(text):
        if any(q.outer_start <= m.start() < q.outer_end for q in found + out):
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _CLOSING[m.group()] in text[m.end() : end]:
            continue
        inner = text[m.end() : end]
        start = m.end() + len(inner) - len(inner.lstrip())
        stop = m.end() + len(inner.rstrip())
        if len(text[start:stop].split()) >= MIN_UNCLOSED_WORDS and len(inner) <= MAX_LENGTH:
            out.append(QuoteSpan(start, stop, m.start(), stop))
    return out
