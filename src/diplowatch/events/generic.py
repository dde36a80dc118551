"""Clauses that report no particular happening: who did it is nobody or everybody, or it is a habit.

Negative subject. "Nobody objected", "No member voted against", "Ningún miembro se opuso", "Nadie
rechazó el texto", "لا أحد رفض": the act did not happen, though the verb carries no "not" (Spanish
and English put the negation in the subject alone). The clause is negated.

Generic subject. "Everyone supported the envoy", "Tout le monde le soutenait", "Todo el mundo
apoya", "رحب الجميع": a claim about everybody names no participant; the speaker who says it, or a
name nearby, is not its actor. No event.

State. A verb whose subject is a dispute or a war ("un conflit oppose le Maroc au Polisario", "the
conflict that pits X against Y", "النزاع الذي يعارض") describes who stands where: no event.

Habit. "Morocco has repeatedly called on...", "Alger a toujours soutenu...", "Rusia ha respaldado
siempre...", "طالبت مرارا": a stance held over time, background the article recalls (the annotation
guide lets a coder leave it out); without a date of its own in its clause its confidence drops below
the rule coder's threshold (events.confidence), so an article's news outranks it, while a lone
sentence still gets its event (PLOVER codes "soldiers routinely beat detainees" as ASSAULT).

With a parse the cue is the subject of the trigger's predicate (the words up to its head: "no
member", not "the envoy of no country") or a modifier of the predicate; a parser that left the
clause without a subject ("Tout le monde ... le soutenait" read as a noun phrase) still shows the
subject right before the trigger, with no verb in between. Without a parse (Arabic) the cue is a
word or phrase a few tokens before or right after the trigger (Arabic puts the subject after the verb).
"""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import Sentence

SUBJECT_DEPS = ("nsubj", "csubj")
NOUN_CLAUSE_DEPS = ("acl", "relcl")  # a relative clause or a participle on a noun ("the conflict pitting")
BEFORE = 8  # tokens before a trigger searched for a subject the parser did not attach
UNPARSED_BEFORE = 3  # tokens before an unparsed trigger searched for a cue
AFTER = 2  # tokens after an unparsed trigger searched for a cue (Arabic: the subject follows the verb)
HABIT_DEPS = ("advmod", "obl", "nmod", "npadvmod")  # how a habit adverbial hangs on its verb


def negative_subject(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's subject is a negative quantifier: "nobody", "no member", "ningún miembro"."""
    if not sentence.parsed:
        return _near(sentence, match, lexicon.negative_subjects, lexicon, after=False)
    return _subject_cue(sentence, match, lexicon.negative_subjects, whole=False)


def generic_subject(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's subject is everybody: "everyone", "tout le monde", "todo el mundo", "الجميع"."""
    if not sentence.parsed:  # "رحب الجميع بزيارة X": after the verb; the visit before it is X's
        return _near(sentence, match, lexicon.generic_subjects, lexicon, before=False)
    return _subject_cue(sentence, match, lexicon.generic_subjects, whole=True)


def state_subject(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger verb's subject is a state, not an actor: "un conflit oppose le Maroc au Polisario",
    "el conflicto que les opone a Marruecos", "النزاع الذي يعارض"; it describes the dispute."""
    if not lexicon.state_subjects:
        return False
    if not sentence.parsed:  # the noun right before the verb, or before its relative pronoun
        first = match.indices[0]
        words = [t.key for t in sentence.toks[max(0, first - 2) : first]]
        if words and words[-1] in lexicon.relatives:
            words = words[:-1]
        return bool(words) and words[-1] in lexicon.state_subjects
    verb = predicate(sentence, match.head)
    if verb != match.head:
        return False
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith(SUBJECT_DEPS)]
    tok = sentence.toks[verb]
    if tok.dep.startswith(NOUN_CLAUSE_DEPS) and tok.head >= 0:  # "le conflit qui oppose": its antecedent
        if not subjects or all(_relative(sentence.toks[c]) for c in subjects):
            subjects = [tok.head]
    return any(
        {sentence.toks[c].key, sentence.toks[c].lemma} & lexicon.state_subjects
        for c in subjects
        if sentence.toks[c].pos == "NOUN"
    )


def _relative(tok: Token) -> bool:
    return any("Rel" in f for f in tok.morph.split("|") if f.startswith("PronType="))


SHORT_ADVERBIAL = 4  # tokens


def habitual(sentence: Sentence, match: Match, lexicon: Lexicon) -> bool:
    """The trigger's predicate is qualified as a habit: "repeatedly", "toujours", "siempre", "مرارا"."""
    if not lexicon.habits:
        return False
    if not sentence.parsed:
        return _near(sentence, match, lexicon.habits, lexicon)
    verb = predicate(sentence, match.head)
    if verb != match.head:  # "a toujours salué la visite de X": the visit is no habit
        return False
    for child in sentence.children(verb):
        tok = sentence.toks[child]
        span = sorted(sentence.subtree(child))
        # a short adverbial clause may be a phrase of time ("desde hace tiempo": "hace" is a verb)
        timed = tok.pos == "VERB" and tok.dep.startswith("advcl") and len(span) <= SHORT_ADVERBIAL
        if not timed and (tok.pos in ("VERB", "PROPN") or not tok.dep.startswith(HABIT_DEPS)):
            continue
        if lexicon.has_cue(lexicon.habits, [sentence.toks[i].key for i in span]):
            return True
    return False


def _subject_cue(sentence: Sentence, match: Match, cues: frozenset[str], *, whole: bool) -> bool:
    """The subject of a verb trigger (not of the verb a trigger noun hangs on: "Nobody welcomed the
    visit of X" still tells X's visit)."""
    verb = predicate(sentence, match.head)
    if not cues or verb != match.head:
        return False
    subjects = [c for c in sentence.children(verb) if sentence.toks[c].dep.startswith(SUBJECT_DEPS)]
    for subject in subjects:
        first = min(sentence.subtree(subject))
        words = [sentence.toks[i].key for i in range(first, subject + 1) if sentence.toks[i].pos != "PUNCT"]
        if _begins(words, cues, whole=whole):
            return True
    return not subjects and _unattached(sentence, match, cues)


def _begins(words: list[str], cues: frozenset[str], *, whole: bool) -> bool:
    """The subject's words up to its head are a cue (`whole`), or begin with one."""
    phrase = " ".join(words)
    if whole:
        return phrase in cues
    return any(phrase == cue or phrase.startswith(cue + " ") for cue in cues)


def _unattached(sentence: Sentence, match: Match, cues: frozenset[str]) -> bool:
    """A cue phrase that opens the clause shortly before the trigger, no verb between them."""
    first = match.indices[0]
    for start in range(max(0, first - BEFORE), first):
        if any(sentence.toks[j].pos in ("VERB", "AUX") for j in range(start, first)):
            continue
        if start > 0 and sentence.toks[start - 1].pos not in ("PUNCT", "CCONJ", "SCONJ"):
            continue  # the cue must open its clause: not "the envoy of no country"
        words = [sentence.toks[j].key for j in range(start, first)]
        if any(" ".join(words[:end]) in cues for end in range(1, len(words) + 1)):
            return True
    return False


def _near(
    sentence: Sentence,
    match: Match,
    cues: frozenset[str],
    lexicon: Lexicon,
    *,
    before: bool = True,
    after: bool = True,
) -> bool:
    """Unparsed: a cue among the few words before the trigger, or right after it."""
    first, last = match.indices[0], match.indices[-1]
    preceding = [t.key for t in sentence.toks[max(0, first - UNPARSED_BEFORE) : first]]
    following = [t.key for t in sentence.toks[last + 1 : last + 1 + AFTER]]
    return before and lexicon.has_cue(cues, preceding) or after and lexicon.has_cue(cues, following)
