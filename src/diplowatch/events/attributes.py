"""A name glued by a hyphen to a word that makes it an attribute of the noun it describes is no
participant: "the Iran-aligned group attacked", "a Liberian-flagged carrier", "Iranian-made drones",
"pro-Russian separatists". The group, the ship or the weapon is what the sentence is about; the
sponsor, the flag state or the maker takes no part in the act. "A Saudi-led coalition" and "US-Iran
talks" are not attributes: the leader acts, the two talk. The words are data (`attribute_compounds`
in lang/events.yaml, the words after the hyphen and the prefixes before it)."""

from __future__ import annotations

from diplowatch.text.langdata import lang_data
from diplowatch.text.mentions import ActorMention

_DATA = lang_data("events.yaml").get("attribute_compounds") or {}
AFTER = frozenset(str(w).lower() for w in _DATA.get("after") or ())
BEFORE = frozenset(str(w).lower() for w in _DATA.get("before") or ())
HYPHENS = "-‐‑"  # hyphen-minus, hyphen, non-breaking hyphen


def without_attributes(found: tuple[ActorMention, ...], body: str) -> tuple[ActorMention, ...]:
    """The mentions but those that are attributes of the word they are glued to."""
    return tuple(m for m in found if not attribute(m, body))


def attribute(mention: ActorMention, body: str) -> bool:
    """The mention is glued by a hyphen to an attribute word after it ("Iran-aligned") or to an
    attribute prefix before it ("pro-Russian")."""
    end = mention.end
    if end < len(body) and body[end] in HYPHENS and _word_from(body, end + 1).lower() in AFTER:
        return True
    start = mention.start
    return start > 0 and body[start - 1] in HYPHENS and _word_before(body, start - 1).lower() in BEFORE


def _word_from(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]
