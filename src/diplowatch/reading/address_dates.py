"""The day a page's address gives.

News sites file their articles under the day of publication (".../2024/07/30/slug", "..._2022-07-04_"),
and a page flattened to text often keeps its address in the header, as a link or as the path a search
engine or a breadcrumb shows ("lemonde.fr › 2024 › 07 › 30 › slug"). A crawler's JSONL gives it as
`url`. Only the page's own address counts: one on a header line of its own, or the one given; a
"related articles" link further down is another page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from diplowatch.model import DateValue

# year, month and day as path segments: "/2015/05/16/", "_2022-07-04_", " › 2015 › 05 › 16 › "
_SEPARATOR = r"\s*[/_›>-]\s*"
ADDRESS_DAY = re.compile(
    r"(?<![\d])((?:19|20)\d{2})"
    + _SEPARATOR
    + r"(0?[1-9]|1[0-2])"
    + _SEPARATOR
    + r"(0?[1-9]|[12]\d|3[01])(?!\d)"
)
# a line that is an address: an optional label ("URL :", "Source:"), a host name, then its path
ADDRESS_LINE = re.compile(
    r"^\s*(?:[^\W\d]{2,12}\s*:\s*)?(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:\s*/|\s+›|\s+>)", re.I
)
EARLIEST_YEAR = 1990  # before the web's news sites
# an address written in running text or a header: a scheme or "www.", or a host name and a path
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-z]{2,}/\S+", re.I)


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where the text writes an address: a day in one files a page, it is no day the text reports ("Lire
    aussi : https://site.example/2012/01/02/autre-article" is another page's)."""
    return [m.span() for m in ADDRESS.finditer(text)]


def address_day(given_url: str | None, header: Iterable[str], today: date) -> DateValue | None:
    """The day in the given address, else in the first header line that is an address; None when neither
    files the page under a day (or the day is not a real one, or after today)."""
    addresses = ([given_url] if given_url else []) + [line for line in header if ADDRESS_LINE.match(line)]
    for address in addresses:
        if match := ADDRESS_DAY.search(address):
            try:
                day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:  # "/2023/02/30/": no such day
                continue
            if EARLIEST_YEAR <= day.year and day <= today:
                return DateValue(day.isoformat(), "day", False, match.group(0), "address")
    return None
