"""Title, outlet, URL and publication date of a page flattened to text.

The page's own header (masthead, section, headline, dateline) and tail (footer,
copyright) come from the cleaner; dates are read with the date normaliser, so
"CHALLENGE · 5 FÉVRIER 2022", "date 2024-02-07", "Par X 30 juillet 2024 à 15:36",
"05-12-2022" and "— UN News (@UN) March 11, 2024" all count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplowatch.model import DateValue
from diplowatch.reading.cues import cues
from diplowatch.reading.published import published_date

URL = re.compile(r"https?://[^\s)\]>\"']+")
SOCIAL_URL = re.compile(r"(?i)(twitter|x|facebook|instagram|youtube|t|linkedin|tiktok)\.(com|co)/")
DOT_SEPARATOR = re.compile(r"\s+[·|•]\s+")
COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([A-Z][\w.&' -]{1,40}?)\s*(?:\d{4})?\s*(?:[.,-]|$)"
                       r"|([A-Z][\w.&'-]{1,40})\s*©")
MAX_TITLE_WORDS = 20
MIN_TITLE_WORDS = 4


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    outlet: str | None
    url: str | None
    published: DateValue | None


def read_metadata(header: tuple[str, ...], tail: tuple[str, ...], body: str, language: str | None,
                  today: date) -> PageMetadata:
    outlet = find_outlet(header, tail)
    return PageMetadata(
        title=find_title(header, outlet),
        outlet=outlet,
        url=find_url(header + tail),
        published=published_date(header, tail, body, language, today),
    )


def find_outlet(header: tuple[str, ...], tail: tuple[str, ...]) -> str | None:
    masthead = _masthead(header)
    for line in header + tail:
        parts = DOT_SEPARATOR.split(line, maxsplit=1)
        if len(parts) == 2 and re.search(r"\d{4}", parts[1]) and len(parts[0].split()) <= 4:
            return _spelled_as(parts[0].strip(), header + tail)
    for line in tail:
        if match := COPYRIGHT.search(line):
            name = (match.group(1) or match.group(2) or "").strip()
            if name and name.casefold() not in {"tous droits", "all rights"}:
                return _spelled_as(name, header + tail)
    return masthead


def _masthead(header: tuple[str, ...]) -> str | None:
    """The first header line when it is a short name (not a section label, not a date line)."""
    if len(header) < 2:
        return None
    first = header[0].strip()
    words = first.split()
    if not 1 <= len(words) <= 4 or re.search(r"\d", first) or first.endswith(TERMINAL_MARKS):
        return None
    if first.casefold() in cues().section_labels or not first[0].isupper():
        return None
    return first


TERMINAL_MARKS = (".", "!", "?", ":")


def _spelled_as(name: str, lines: tuple[str, ...]) -> str:
    """Prefer the page's own mixed-case spelling ('Challenge' over 'CHALLENGE')."""
    for line in lines:
        if line.strip().casefold() == name.casefold() and not line.strip().isupper():
            return line.strip()
    return name.title() if name.isupper() else name


def find_title(header: tuple[str, ...], outlet: str | None) -> str | None:
    """The longest headline-like header line (4 to 20 words, not a sentence, not a cue or dateline)."""
    c = cues()
    candidates = []
    for line in header:
        words = len(line.split())
        if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS or line.rstrip().endswith((".", ":")):
            continue
        if c.inline_date_prefix.match(line) or c.byline.match(line) or DOT_SEPARATOR.search(line):
            continue
        if outlet and line.casefold() == outlet.casefold():
            continue
        candidates.append(line.strip())
    return max(candidates, key=lambda line: len(line.split()), default=None)


def find_url(lines: tuple[str, ...]) -> str | None:
    for line in lines:
        for match in URL.finditer(line):
            url = match.group(0).rstrip(".,;")
            if not SOCIAL_URL.search(url):
                return url
    return None
