"""What a meeting was for is not who took part in it.

"a rencontré Joseph Aoun *pour consolider le cessez-le-feu entre Israël et le Hezbollah*", "met Aoun
*as part of Washington's efforts to* ...", "se reunió con Aoun *en el marco de los esfuerzos de
Washington para* ...": the names of the meeting's aim (an infinitive of purpose, `aim_marks`) or of the
frame it belongs to (a frame or effort noun: `frames`, `purposes`) are no participants; the meeting's
own arguments are its object and its partner phrases.
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import keys_of
from diplowatch.text.sentences import Sentence

AIM_CLAUSES = frozenset({"advcl", "xcomp"})
AIM_MARKS = frozenset({"mark", "aux"})  # "pour consolider", "to consolidate"
ADJUNCTS = frozenset({"obl", "obl:mod", "nmod", "npadvmod"})


def meeting_aims(sentence: Sentence, verb: int, lex: Lexicon) -> set[int]:
    """The tokens of the verb's aim clauses and frame phrases (empty when it has none)."""
    out: set[int] = set()
    frames = lex.frames | lex.purposes
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        if tok.dep in AIM_CLAUSES and _marked_aim(sentence, child, lex):
            out |= sentence.subtree(child)
        elif _frame_noun(sentence, child, frames):
            out |= sentence.subtree(child)
    return out


def _marked_aim(sentence: Sentence, clause: int, lex: Lexicon) -> bool:
    return any(
        sentence.toks[c].dep in AIM_MARKS and sentence.toks[c].key in lex.aim_marks and c < clause
        for c in sentence.children(clause)
    )


def _frame_noun(sentence: Sentence, child: int, frames: frozenset[str]) -> bool:
    """An adjunct whose noun is a frame or an effort ("dans le cadre de", "en el marco de"), or the
    preposition of one (spaCy English: "as -pobj-> part")."""
    tok = sentence.toks[child]
    nouns = [child] if tok.dep in ADJUNCTS else []
    if tok.dep == "prep":
        nouns = [g for g in sentence.children(child) if sentence.toks[g].dep == "pobj"]
    return any(set(keys_of(sentence.toks[n])) & frames for n in nouns)
