"""The fields a JSONL line gives about its document, checked one by one.

A field of the wrong type or with an unusable value is dropped with a warning (the document is
still read: its date or language is then found in the text), never turned into a string such as
"[1, 2]". Lone surrogate escapes ("\\ud83d"), which JSON allows but UTF-8 cannot store, become
U+FFFD so that one bad character never costs the document.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

log = logging.getLogger(__name__)

# JSONL fields copied into RawDocument.given (spec section 0).
GIVEN_FIELDS = ("id", "url", "published", "language", "outlet", "title")
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_FIELD_CHARS = 2_000  # an id, URL or title longer than this is not one
LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def scrub(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD (paired ones were joined by the JSON decoder)."""
    return LONE_SURROGATE.sub("\ufffd", text)


def given_fields(obj: dict[str, Any], where: str) -> dict[str, str]:
    """The usable GIVEN_FIELDS of a JSONL object; each unusable one is reported and dropped."""
    given: dict[str, str] = {}
    for key in GIVEN_FIELDS:
        value = obj.get(key)
        if value is None or value == "":
            continue
        checked = _check(key, value)
        if isinstance(checked, _Problem):
            log.warning("diplowatch: %s: field %r ignored: %s", where, key, checked.reason)
        else:
            given[key] = checked
    return given


class _Problem:
    def __init__(self, reason: str) -> None:
        self.reason = reason


def _check(key: str, value: Any) -> str | _Problem:
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return _Problem(f"expected a string, got {_json_type(value)}")
    value = scrub(value).strip()
    if len(value) > MAX_FIELD_CHARS:
        return _Problem(f"{len(value):,} characters, limit {MAX_FIELD_CHARS:,}")
    if key == "published":
        return _published(value)
    if key == "language":
        return _language(value)
    return value


def _published(value: str) -> str | _Problem:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return _Problem(f"{value[:40]!r} is not a YYYY-MM-DD date; the date is guessed from the text")
    return value


def _language(value: str) -> str | _Problem:
    """An ISO 639-1 code, or a tag starting with one ("en-GB" -> "en")."""
    import pycountry

    match = LANGUAGE_TAG.match(value)
    code = match.group(1).lower() if match else ""
    if len(code) != 2 or pycountry.languages.get(alpha_2=code) is None:
        return _Problem(f"{value[:40]!r} is not an ISO 639-1 language code; the language is detected")
    return code


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)
