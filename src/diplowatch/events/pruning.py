"""Which of a sentence's trigger matches name events: a weak trigger sharing its clause with a
strong one is dropped, an act another trigger stops is none, a noun repeating its verb is one."""

from __future__ import annotations

from collections.abc import Collection

from diplowatch.events.arguments import predicate
from diplowatch.events.clause_status import inner_repeat
from diplowatch.events.coordination import same_subject_adverbial
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

UNPARSED_CLAUSE = 4  # tokens: a weak trigger this close to a strong one in an unparsed sentence loses
REACTED = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "AGREE"})  # stances a reaction may answer


def prune(
    sentence: Sentence,
    matches: list[Match],
    scenes: frozenset[str] = frozenset(),
    apart: Collection[int] = frozenset(),
) -> list[Match]:
    """Drop a weak trigger that shares its clause with a strong one, and a trigger's own repeat. A
    trigger that stops an act ("prevented the demonstration", "a bloqué les négociations") is
    the event, and the act it stops, its object, is none. A reaction ("celebró el llamamiento de X",
    flag "reacts") to a stance its object names is an event of its own, beside that stance. `apart`:
    the heads of meetings told as occasions of their own (events.occasions), which neither repeat nor
    outweigh the act whose clause they sit in."""
    stoppers = [m for m in matches if "blocks" in m.trigger.flags]
    pairs = [(b, a) for b in stoppers for a in matches if _stops(sentence, b, a)]
    stopped = {a.head for _, a in pairs}
    chosen = {b.head for b, _ in pairs} - stopped
    matches = [m for m in matches if m.head not in stopped]
    chosen |= {
        r.head
        for r in matches
        if "reacts" in r.trigger.flags
        and any(a.trigger.type in REACTED and _stops(sentence, r, a) for a in matches)
    }
    strong = [m for m in matches if not m.trigger.weak or m.head in chosen]
    kept = [
        m
        for m in matches
        if m.head in chosen
        or m.head in apart
        or not (
            m.trigger.weak
            and any(
                _same_clause(sentence, m, s) and not _about(sentence, m, s) and not _asked(sentence, m, s)
                for s in strong
                if s.head not in apart
            )
        )
    ]
    heads = {m.head: m for m in kept}
    return [
        m
        for m in kept
        if m.head in apart or not inner_repeat(sentence, m, heads) and not _frame(sentence, m, kept, scenes)
    ]


def _frame(sentence: Sentence, match: Match, matches: list[Match], scenes: frozenset[str]) -> bool:
    """Without a parse: a noun after a word of scene (`scenes`: "خلال القمة", "أثناء زيارته") names the
    frame of an act of its category told before it in the sentence ("لم يلتق X نظيره خلال القمة": the
    summit is where they did not meet), as the parse tells by nesting (`inner_repeat`)."""
    first = match.indices[0]
    if sentence.parsed or not first or sentence.toks[first - 1].key not in scenes:
        return False
    if not nominal_shape(match.trigger.words[0], sentence.toks[first].text):
        return False
    return any(m.trigger.type == match.trigger.type and m.indices[-1] < first for m in matches)


def _asked(sentence: Sentence, ask: Match, act: Match) -> bool:
    """The stronger trigger is the act a weak asking one asks for ("encourage les parties à s'engager",
    flag "ask"): what is asked for, told below it, not a rival reading of the clause."""
    return (
        sentence.parsed and "ask" in ask.trigger.flags and act.head in sentence.subtree(ask.head) - {ask.head}
    )


STANCE_WORDS = ("NOUN", "ADJ")  # "satisfaction", "satisfait": their complement is what they are about
STANCE_REACH = 2  # dependency steps from an event noun up to the stance word it completes ("with" + noun)


def _about(sentence: Sentence, stance: Match, event: Match) -> bool:
    """A weak stance word whose own complement is the stronger event noun ("satisfaction après la
    visite", "satisfaction with the talks", "concern over the attacks"): the noun is what the stance is
    about, and the stance is an event of its own."""
    if stance.trigger.type not in REACTED - {"AGREE"} or not sentence.parsed:
        return False
    if sentence.toks[stance.head].pos not in STANCE_WORDS:
        return False  # a verb's object may be what it does ("celebró una reunión": held, not welcomed)
    at = event.head
    for _ in range(STANCE_REACH):
        tok = sentence.toks[at]
        if tok.head < 0 or tok.dep.startswith(("nsubj", "csubj")):
            return False  # "el encuentro se celebró": the meeting is what was held, not what is welcomed
        at = tok.head
        if at == stance.head:
            return True
    return False


STOPPED_WINDOW = 2  # unparsed: tokens after a stopping trigger in which the act it stops begins


def _stops(sentence: Sentence, stopper: Match, act: Match) -> bool:
    """The act is the object of the stopping (or reacting) trigger ("prevented *the demonstration*")."""
    if act is stopper:
        return False
    if not sentence.parsed:
        return 0 < act.indices[0] - stopper.indices[-1] <= STOPPED_WINDOW
    tok = sentence.toks[act.head]
    return tok.head == stopper.head and tok.dep in ("obj", "dobj")


def _same_clause(sentence: Sentence, a: Match, b: Match) -> bool:
    if not sentence.parsed:
        return abs(a.head - b.head) <= UNPARSED_CLAUSE
    pa, pb = predicate(sentence, a.head), predicate(sentence, b.head)
    if pa != pb and (_own_subject(sentence, pa) and _own_subject(sentence, pb)):
        return False  # "Rabat saludó la decisión, aunque Argel la condenó": two actors, two events
    if _coordinated_acts(sentence, a.head, b.head):
        return False  # "briefed the Council and warned that...": two verbs, each with its own act
    return pa == pb or sentence.toks[b.head].head == a.head or sentence.toks[a.head].head == b.head


def _coordinated_acts(sentence: Sentence, a: int, b: int) -> bool:
    """One verb coordinated with the other, or a finite verb in an adverbial clause of it ("saludó los
    esfuerzos de X, al tiempo que acusó a Y"), the first with an object of its own before the second."""
    toks = sentence.toks
    first, second = min(a, b), max(a, b)
    return (
        toks[first].pos == "VERB"
        and toks[second].pos == "VERB"
        and (toks[second].dep == "conj" or same_subject_adverbial(sentence, second))
        and toks[second].head == first
        and any(toks[c].dep in ("obj", "dobj") and c < second for c in sentence.children(first))
    )


def _own_subject(sentence: Sentence, verb: int) -> bool:
    return any(
        sentence.toks[c].dep.startswith("nsubj") and sentence.toks[c].pos != "PRON"
        for c in sentence.children(verb)
    )
