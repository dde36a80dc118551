"""Triggers that are events only as an active verb with a direct object (flag `transitive`).

English "struck" is an attack when it has a target ("warplanes struck the airport"), not when it
is passive ("was deeply struck by the conviction": impressed) or has no object ("dockers struck":
a walkout). Without a parse the trigger is kept as it is.
"""

from __future__ import annotations

from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

TRANSITIVE = "transitive"
_OBJECT_DEPS = ("obj", "dobj")
_PASSIVE_DEPS = ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")


def lacks_object(sentence: Sentence, match: Match) -> bool:
    """A `transitive` trigger that is passive or has no direct object here."""
    if TRANSITIVE not in match.trigger.flags or not sentence.parsed:
        return False
    verb = sentence.toks[match.head]
    deps = [sentence.toks[c].dep for c in sentence.children(match.head)]
    passive = "Voice=Pass" in verb.morph or any(d in _PASSIVE_DEPS for d in deps)
    return passive or not any(d in _OBJECT_DEPS for d in deps)
