"""Who witnesses a signing is no party to it: "Santos signed the agreement with the FARC in the presence
of Raúl Castro", "a signé l'accord en présence du secrétaire général", "firmó en presencia de Ban
Ki-moon", "وقع الاتفاق بحضور المبعوث الأممي". The guests of the ceremony stand after a presence mark
(`presence_marks` in lang/<xx>/events.yaml) until the next verb; an actor named only there is neither the
signatory's counterpart nor a signatory. (At a meeting, those present take part: "la table ronde tenue à
Genève en présence du Maroc, de l'Algérie...": not this module's.)"""

from __future__ import annotations

from diplowatch.events.cue_phrases import tokens_after_marks
from diplowatch.events.lexicon import Lexicon
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def only_witnesses(sentence: Sentence, found: list[ActorMention], lex: Lexicon) -> frozenset[str]:
    """The actors the sentence names only among a ceremony's witnesses."""
    if not lex.presence_marks:
        return frozenset()
    watching = tokens_after_marks(sentence, lex.presence_marks)
    if not watching:
        return frozenset()
    as_witness: dict[str, list[bool]] = {}  # actor key -> whether each of its mentions stands among them
    for m in found:
        inside = sentence.tokens_within(m.start, m.end)
        as_witness.setdefault(m.key, []).append(bool(inside) and inside[0] in watching)
    return frozenset(k for k, each in as_witness.items() if all(each))
