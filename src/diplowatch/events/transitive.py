"""Triggers that are events only in one verb form: as an active verb with a direct object (flag
`transitive`), or as a pronominal verb (flag `reflexive`).

English "struck" is an attack when it has a target ("warplanes struck the airport"), not when it
is passive ("was deeply struck by the conviction": impressed) or has no object ("dockers struck":
a walkout). Spanish "verse con" is meeting someone ("se vio con su homólogo", "tras verse con X"),
"ver con" is not ("ve con preocupación"). Without a parse the trigger is kept as it is.
"""

from __future__ import annotations

from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

TRANSITIVE = "transitive"
REFLEXIVE = "reflexive"
_CLITICS = ("se",)  # an enclitic reflexive on the verb's own form ("verse", "viéndose")
_OBJECT_DEPS = ("obj", "dobj")
_PASSIVE_DEPS = ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass")


def lacks_object(sentence: Sentence, match: Match) -> bool:
    """A `transitive` trigger that is passive or has no direct object here; a `reflexive` one without
    its reflexive pronoun."""
    if REFLEXIVE in match.trigger.flags and sentence.parsed and not _reflexive(sentence, match.indices[0]):
        return True
    if TRANSITIVE not in match.trigger.flags or not sentence.parsed:
        return False
    verb = sentence.toks[match.head]
    deps = [sentence.toks[c].dep for c in sentence.children(match.head)]
    passive = "Voice=Pass" in verb.morph or any(d in _PASSIVE_DEPS for d in deps)
    return passive or not any(d in _OBJECT_DEPS for d in deps)


def _reflexive(sentence: Sentence, verb: int) -> bool:
    """The verb has a reflexive pronoun: a child ("se vio") or glued to its form ("verse")."""
    tok = sentence.toks[verb]
    glued = tok.key.endswith(_CLITICS) and tok.key != tok.lemma
    return glued or any("Reflex=Yes" in sentence.toks[c].morph for c in sentence.children(verb))
