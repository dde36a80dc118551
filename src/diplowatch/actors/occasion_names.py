"""Names of occasions: a capitalised phrase headed by a meeting's noun ("la Cumbre Iberoamericana", "la
Reunión de Alto Nivel", "the Munich Security Conference", "قمة الرياض") names a summit or a conference,
not anyone acting. The recogniser tags such phrases as persons or bodies; kept, they became actors,
and the meeting noun they hold, a word of a name, was no trigger."""

from __future__ import annotations

from diplowatch.actors.langdata import cues
from diplowatch.text.normalise import alias_keys


def names_occasion(text: str, lang: str) -> bool:
    """The phrase opens (after its determiners) or ends with a noun of `occasion_heads` (English puts the
    head last: "the High-Level Meeting")."""
    language = cues(lang)
    words = [w for w in alias_keys(text) if w not in language.determiners]
    return bool(words) and (words[0] in language.occasion_heads or words[-1] in language.occasion_heads)
