"""Agreement in gender between two words, from the parser's morphology: a French or Spanish participle
agrees with the noun it qualifies ("la suspension du traité signé en 2002": "signé" is the treaty's,
whatever noun the parser hung it on)."""

from __future__ import annotations

from diplowatch.text.normalise import Token


def feature(tok: Token, name: str) -> str | None:
    """The value of one morphological feature of the token ("Gender" -> "Fem"), None without it."""
    for pair in tok.morph.split("|"):
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return None


def genders_clash(first: Token, second: Token) -> bool:
    """Both words have a gender and they differ (no gender on either, as in English: no clash)."""
    one, other = feature(first, "Gender"), feature(second, "Gender")
    return one is not None and other is not None and one != other
