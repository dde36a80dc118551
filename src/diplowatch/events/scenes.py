"""A meeting told as the scene of another act: "Lors de son entretien avec X, Y a appelé le Maroc à...",
"During his talks with X, Y praised...", "Durante su reunión con X, Y pidió...", "خلال لقائه مع X، دعا
Y...", "X, speaking after talks with Y, welcomed..." (the phrase on a participle adjunct of the act).

The meeting noun hangs on the other act's verb, so it reads like that act's object (a nested noun with
no actor of its own) or like a reference to an event told elsewhere. But a scene word before it
("lors", "during", "durante", "خلال": `scenes` in lang/*/events.yaml) and a partner it names with its
own preposition ("avec X", "with X", "مع X") make it a happening of its own: the meeting of the act's
actor with that partner, two events in one sentence (issue 9). Without a named partner ("Lors de
cette réunion") the phrase only points back to a meeting told before, and stays a reference. The
partner is the meeting's, not the act's: "...avec Lavrov, Attaf a appelé le Maroc à" asks Morocco.
"""

from __future__ import annotations

from dataclasses import dataclass

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.merge import MEETINGS
from diplowatch.events.purposes import first_conjunct
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

SCENE_REACH = 3  # tokens before the meeting noun's phrase in which its scene word stands ("au cours de")
GLUED_AND = "و"  # "وخلال": the phrase opens a clause of its own
PARTNER_REACH = 2  # unparsed: tokens after the noun in which its partner preposition stands ("لقائه مع")


@dataclass(frozen=True, slots=True)
class Scene:
    act: Match  # the act the meeting sets the scene of
    phrase: frozenset[int]  # the meeting phrase's tokens: its partners are named there


def scene_of(
    sentence: Sentence, match: Match, heads: dict[int, Match], lex: Lexicon, body: str
) -> Scene | None:
    """The act a meeting noun sets the scene of, when it names its own partner; None otherwise."""
    if match.trigger.type not in MEETINGS:
        return None
    if sentence.parsed:
        return _parsed_scene(sentence, match, heads, lex)
    return _unparsed_scene(sentence, match, heads, lex, body)


def _parsed_scene(sentence: Sentence, match: Match, heads: dict[int, Match], lex: Lexicon) -> Scene | None:
    if sentence.toks[match.head].pos != "NOUN":
        return None
    verb = _act_verb(sentence, predicate(sentence, match.head), heads)
    if verb == match.head or verb not in heads:
        return None
    phrase = _own_phrase(sentence, match.head)
    # "Après une visite à Alger et une escale à Nouakchott": the scene word before the first of
    # coordinated nouns is the others' too
    lead = first_conjunct(sentence, match.head)
    start = min(sentence.subtree(lead)) if lead != match.head else min(phrase)
    before = {t.key for t in sentence.toks[max(0, start - SCENE_REACH) : lead]}
    # a meeting during another is part of it; one after it is a happening of its own
    scene_words = lex.after_scenes if heads[verb].trigger.type in MEETINGS else lex.scenes
    # whom the meeting is with ("talks with X"), who met ("talks between X and Y"), or, after another
    # meeting, where the trip went ("after a visit to Algiers, X travelled to Rabat")
    marks = lex.partner_prepositions | lex.between_marks
    if match.trigger.mode == "visit" and scene_words is lex.after_scenes:
        marks |= lex.trip_marks
    partner = any(i > match.head and sentence.toks[i].key in marks for i in phrase)
    return Scene(heads[verb], frozenset(phrase)) if before & scene_words and partner else None


def _own_phrase(sentence: Sentence, noun: int) -> frozenset[int]:
    """The noun's phrase without the nouns coordinated after it, which name their own partners."""
    phrase = set(sentence.subtree(noun))
    for child in sentence.children(noun):
        if sentence.toks[child].dep == "conj":
            phrase -= set(sentence.subtree(child))
    return frozenset(phrase)


NON_FINITE = ("VerbForm=Ger", "VerbForm=Part")


def _act_verb(sentence: Sentence, verb: int, heads: dict[int, Match]) -> int:
    """The verb the meeting phrase hangs on, or, when that is a non-finite adjunct telling no act of
    its own ("X, speaking after talks with Y, welcomed...", "s'exprimant à l'issue de"), the verb it
    modifies."""
    tok = sentence.toks[verb]
    if verb in heads or tok.head < 0 or not any(form in tok.morph for form in NON_FINITE):
        return verb
    if tok.dep.startswith(("advcl", "prep")):  # "Following a meeting with X, Y received": a preposition
        return tok.head
    subject = sentence.toks[tok.head]  # "X, speaking after...,": the participle hangs on the subject
    if tok.dep.startswith("acl") and subject.dep.startswith("nsubj") and subject.head >= 0:
        return subject.head
    return verb


def _unparsed_scene(
    sentence: Sentence, match: Match, heads: dict[int, Match], lex: Lexicon, body: str
) -> Scene | None:
    """ "خلال لقائه مع X، دعا Y": the phrase runs from the noun to the next punctuation, and the act is
    the first trigger of another category after it."""
    first, toks = match.indices[0], sentence.toks
    if not first or toks[first - 1].key not in lex.scenes:
        return None
    after = toks[first - 1].key in lex.after_scenes  # a meeting before the act: a trip may follow it
    # whom the meeting is with ("لقائه مع X"), or where a visit goes ("زيارته إلى X": the host)
    marks = lex.partner_prepositions | (lex.destinations if match.trigger.mode == "visit" else frozenset())
    reach = range(match.indices[-1] + 1, min(len(toks), match.indices[-1] + 1 + PARTNER_REACH))
    if not any(toks[i].key in marks for i in reach):
        return None
    gaps = range(first + 1, len(toks))
    end = next((i for i in gaps if PHRASE_BREAK.search(body[toks[i - 1].end : toks[i].start])), len(toks))
    acts = [(h, m) for h, m in sorted(heads.items()) if m.trigger.type not in MEETINGS or after and h >= end]
    # the act the phrase opens ("خلال لقائه مع X، دعا Y", "..., وخلال لقائه"), or the main act before it,
    # the phrase in its clause ("دعا X، خلال زيارته إلى مسقط، Y إلى الإفراج", "دعا X إلى الإفراج...، خلال
    # زيارته": the call, not the release it asks)
    before = next((m for h, m in acts if h < first - 1), None)
    opens = toks[first - 1].key.startswith(GLUED_AND) or before is None
    act = next((m for h, m in acts if h >= end), None) if opens else before
    return Scene(act, frozenset(range(first, end))) if act is not None else None


def scene_phrases(
    sentence: Sentence, match: Match, heads: dict[int, Match], lex: Lexicon, body: str
) -> set[int]:
    """The tokens of the scene meetings that set the scene of `match`'s act: their partners are no
    counterparts of the act."""
    out: set[int] = set()
    for other in heads.values():
        if other is not match and (scene := scene_of(sentence, other, heads, lex, body)) is not None:
            if scene.act is match:
                out |= scene.phrase
    return out
