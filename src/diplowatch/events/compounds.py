"""A trigger glued by a hyphen to the word before it is a descriptor, not an event.

"the Iran-backed Houthis", "a UN-brokered truce", "the Saudi-led coalition": the compound adjective
says who someone is, told as a fact the article does not report. The word before the hyphen is
most often an actor, so without this the descriptor would become a SUPPORT or CONSULT event
dated to the article's day.
"""

from __future__ import annotations

from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

HYPHENS = frozenset("-‐‑")  # hyphen-minus, hyphen, non-breaking hyphen


def in_compound(sentence: Sentence, match: Match, body: str) -> bool:
    """The trigger's first word follows a hyphen that follows a letter or digit, without spaces."""
    start = sentence.toks[match.indices[0]].start
    return start >= 2 and body[start - 1] in HYPHENS and body[start - 2].isalnum()
