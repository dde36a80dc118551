"""Title, outlet, URL and publication date of a page flattened to text.

The page's own header (masthead, section, headline, dateline) and tail (footer,
copyright) come from the cleaner; dates are read with the date normaliser, so
"CHALLENGE · 5 FÉVRIER 2022", "date 2024-02-07", "Par X 30 juillet 2024 à 15:36",
"05-12-2022" and "— UN News (@UN) March 11, 2024" all count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from diplowatch.model import DateValue
from diplowatch.reading.cues import cues
from diplowatch.reading.published import published_date

URL = re.compile(r"https?://[^\s)\]>\"']+")
SOCIAL_URL = re.compile(r"(?i)(twitter|x|facebook|instagram|youtube|t|linkedin|tiktok)\.(com|co)/")
DOT_SEPARATOR = re.compile(r"\s+[·|•]\s+")
# the holder after the sign ("© 2024 Le Monde", "© 2025 - X"), else the name right before it ("Le Monde ©")
COPYRIGHT_AFTER = re.compile(
    r"(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–—]\s*)?)?"  # the sign, a year, a dash
    r"([^\W\d_][\w&' -]{1,40}?)\s*(?:\d{4})?\s*(?:[.,|-]|$)"
)
COPYRIGHT_BEFORE = re.compile(r"([^\W\d_][\w.&'-]{1,40})\s*©")
RIGHTS_WORDS = 3  # "tous droits réservés", "all rights reserved", "جميع الحقوق محفوظة"
MAX_TITLE_WORDS = 20
MIN_TITLE_WORDS = 4
DATE_GUESS_CHARS = 100_000  # ten times a long news article
LAST_LINE_CHARS = 200  # a date line at the foot of the text ("05-12-2022") is short


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None
    outlet: str | None
    url: str | None
    published: DateValue | None


def read_metadata(
    header: tuple[str, ...],
    tail: tuple[str, ...],
    body: str,
    language: str | None,
    today: date,
    given_url: str | None = None,
) -> PageMetadata:
    """`given_url`: the address the input gives (a crawler's JSONL `url`)."""
    outlet = find_outlet(header, tail)
    return PageMetadata(
        title=find_title(header, outlet, body),
        outlet=outlet,
        url=find_url(header + tail),
        published=published_date(header, tail, date_window(body), language, today, given_url),
    )


def date_window(body: str) -> str:
    """What publication-date guessing reads: the whole of a news article; of a longer text (a report,
    a transcript) the opening and a short last line, since guessing reads every date it is given and
    a million characters can hold 50,000 of them."""
    if len(body) <= DATE_GUESS_CHARS:
        return body
    last = body.rstrip().rsplit("\n", 1)[-1]
    return body[:DATE_GUESS_CHARS] + ("\n" + last if len(last) <= LAST_LINE_CHARS else "")


def find_outlet(header: tuple[str, ...], tail: tuple[str, ...]) -> str | None:
    """The masthead when the footer or a dateline confirms it, else the copyright holder or dateline name."""
    lines = header + tail
    named = [name for name in (_copyright_holder(tail), _dateline_name(header)) if name]
    masthead = _masthead(header)
    confirmed = masthead and (
        any(masthead.casefold() == n.casefold() for n in named)
        or any(masthead.casefold() in line.casefold() for line in tail)
    )
    # Unconfirmed, a first line like "Marruecos-España" or "Algérie – France" is a kicker, not a name.
    if masthead and (confirmed or (not named and not KICKER.search(masthead))):
        return _spelled_as(masthead, lines)
    return _spelled_as(named[0], lines) if named else None


def _copyright_holder(tail: tuple[str, ...]) -> str | None:
    for line in reversed(tail):
        # the name after the sign before the word before it: in "جميع الحقوق محفوظة © 2025 الشرق اليوم"
        # ("all rights reserved © 2025 X") the word before the sign is "reserved"
        for found in (COPYRIGHT_AFTER.search(line), COPYRIGHT_BEFORE.search(line)):
            name = found.group(1).strip(" .-|") if found else ""
            # (nor the last word of "Tous droits réservés ©")
            phrase = " ".join(line[: found.end(1)].split()[-RIGHTS_WORDS:]) if found else ""
            if name and not cues().drop_line.fullmatch(name) and not cues().drop_line.fullmatch(phrase):
                return name
    return None


def _dateline_name(header: tuple[str, ...]) -> str | None:
    """'CHALLENGE · 5 FÉVRIER 2022' -> 'CHALLENGE' (not a byline: 'By X | date')."""
    for line in header:
        parts = DOT_SEPARATOR.split(line, maxsplit=1)
        if len(parts) == 2 and re.search(r"\d{4}", parts[1]) and len(parts[0].split()) <= 4:
            if not cues().byline.match(parts[0]):
                return parts[0].strip()
    return None


def _masthead(header: tuple[str, ...]) -> str | None:
    """The first header line when it is a short name (not a section label, a cue or a date line)."""
    if len(header) < 2:
        return None
    first = header[0].strip()
    words = first.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d", first) or first.endswith(TERMINAL_MARKS):
        return None
    if first.casefold() in cues().section_labels or first[0].islower() or cues().drop_line.matches(first):
        return None
    return first


TERMINAL_MARKS = (".", "!", "?", ":")
KICKER = re.compile(r"\w\s*[-–—/]\s*\w")


def _spelled_as(name: str, lines: tuple[str, ...]) -> str:
    """Prefer the page's own mixed-case spelling ('Challenge' over 'CHALLENGE')."""
    for line in lines:
        for match in re.finditer(re.escape(name), line, re.I):
            if not match.group(0).isupper():
                return match.group(0)
    return name.title() if name.isupper() else name


def find_title(header: tuple[str, ...], outlet: str | None, body: str) -> str | None:
    """The headline: of the header lines shaped like one, the one sharing most words with the lead."""
    candidates = [line.strip() for line in header if _headline_shaped(line, outlet)]
    if not candidates:
        return None
    lead = _content_words(body[:LEAD_CHARS])
    overlap = [len(_content_words(line) & lead) for line in candidates]
    best = max(range(len(candidates)), key=lambda i: (overlap[i], -i))
    return candidates[best]


LEAD_CHARS = 800
MENU = re.compile(r"(\s[|·>•/-]\s.*){2,}|\S\s{2,}\S.*\S\s{2,}\S")


def _headline_shaped(line: str, outlet: str | None) -> bool:
    c = cues()
    words = len(line.split())
    if not MIN_TITLE_WORDS <= words <= MAX_TITLE_WORDS or line.rstrip().endswith((".", ":")):
        return False
    if c.drop_line.matches(line) or c.inline_date_prefix.match(line) or c.byline.match(line):
        return False
    if DOT_SEPARATOR.search(line) or MENU.search(line):
        return False
    return not (outlet and outlet.casefold() in line.casefold() and words <= 6)


class _CombiningDropped(dict[int, int | None]):
    """A `str.translate` table deleting combining marks, filled as characters are first met: the
    lookups stay in C instead of a Python test of every character."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_COMBINING = _CombiningDropped()


def _content_words(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = folded.translate(_NO_COMBINING)
    return {w for w in re.findall(r"\w+", folded) if len(w) >= 4}


def find_url(lines: tuple[str, ...]) -> str | None:
    for line in lines:
        for match in URL.finditer(line):
            url = match.group(0).rstrip(".,;")
            if not SOCIAL_URL.search(url):
                return url
    return None
