"""File names as they appear in messages, records and the dossier: one line, always encodable.

A name may hold a newline (a rejection message would then span lines and could fake some), a
bidirectional override that reorders what the terminal shows, or bytes that are not UTF-8 (Python
keeps them as lone surrogates, which neither stderr nor SQLite accept). Such characters are
written as escapes: "a\\nb.txt", "caf\\xe9.txt".
"""

from __future__ import annotations

import os
import unicodedata

# Controls, format characters (bidi overrides), surrogates, line and paragraph separators.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def printable_name(name: str | os.PathLike[str]) -> str:
    return "".join(_char(c) for c in str(name) if c)


def _char(c: str) -> str:
    if "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(c) - 0xDC00:02x}"
    if unicodedata.category(c) in ESCAPED_CATEGORIES:
        return c.encode("unicode_escape").decode("ascii")
    return c
