"""Rejoin hard-wrapped paragraphs: text copied from a terminal, a mail or a narrow page column
breaks each paragraph into lines of about the same width. Unjoined, a line that stops
mid-sentence reads as a headline and is dropped with the article it belongs to.

A document is wrapped when no line is wider than a wrap could be and at least two lines
that fill most of that width stop without final punctuation, the next line following
directly (no blank line). Only such lines are joined to the next one: a short title
line before the first paragraph stays a line of its own.
"""

from __future__ import annotations

MAX_WRAP_WIDTH = 200  # wider lines are whole paragraphs, not a wrap
WRAP_FILL = 0.7  # a wrapped line fills at least this share of the widest line
MIN_WRAP_WORDS = 6
MIN_WRAPPED_LINES = 2  # one unpunctuated long line before text is a headline, not a wrap


def unwrap(lines: list[str], terminal: tuple[str, ...]) -> list[str]:
    """The lines with every wrapped line joined to the line after it (blank lines kept)."""
    width = max((len(line) for line in lines), default=0)
    if width > MAX_WRAP_WIDTH:
        return lines
    breaks = {i for i in range(len(lines) - 1) if _breaks_mid_sentence(lines, i, width, terminal)}
    if len(breaks) < MIN_WRAPPED_LINES:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in breaks:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _breaks_mid_sentence(lines: list[str], i: int, width: int, terminal: tuple[str, ...]) -> bool:
    line, following = lines[i], lines[i + 1]
    return (
        bool(following)
        and not line.endswith(terminal)
        and len(line) >= WRAP_FILL * width
        and len(line.split()) >= MIN_WRAP_WORDS
    )
