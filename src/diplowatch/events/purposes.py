"""A trigger that names an aim or an effort's goal is no event.

"سبل تجديد الهدنة" (ways of renewing the truce), "efforts to revive the negotiations", "les efforts
pour relancer le dialogue", "los esfuerzos para reanudar las conversaciones", "negotiations are the
only way to a solution", "the process aims to facilitate dialogue": the talks were not held, the
truce was not renewed. The words of aim or effort are `purposes` in lang/<xx>/events.yaml.

With a parse, the trigger (or the verb a trigger noun is the object of) hangs on one of them, directly
or across a preposition, or a trigger noun is the subject of one ("dialogue is the only way").
Without one, a purpose word within a few tokens before the trigger, with no punctuation in between.
Material conflict is kept: an attempted attack is still coded ("an attempt to storm the embassy").
"""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.categories import FORCE
from diplowatch.events.gerunds import is_gerund
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.topics import TOLD_BY_NOUN
from diplowatch.events.triggers import Match, keys_of
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

PURPOSE_WINDOW = 4  # tokens: "الجهود الأممية السابقة لتجديد الهدنة"
AIM_DEPS = ("acl", "xcomp", "advcl", "nmod", "obl", "pobj", "pcomp", "nsubj")
EQUATED_DEPS = ("nsubj", "attr", "root")  # the copula's subject or its predicate noun


def for_purpose(sentence: Sentence, match: Match, lex: Lexicon, body: str) -> bool:
    """Whether a trigger names the goal of an aim or an effort."""
    if not lex.purposes or match.trigger.type in TOLD_BY_NOUN:
        return False
    return _parsed(sentence, match, lex) if sentence.parsed else _unparsed(sentence, match, lex, body)


def _parsed(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger, or the verb whose object it is, depends on a purpose word, or a copula equates
    them ("the goal is to facilitate dialogue", "dialogue is the only way")."""
    if _adverbial(sentence, match, lex):
        return False
    starts = {match.head, predicate(sentence, match.head)}
    starts |= {first_conjunct(sentence, i) for i in starts}  # "proposals to renew and *widen* the ceasefire"
    return any(_aim_above(sentence, i, lex) or _equated(sentence, i, lex) for i in starts)


ADVERBIAL_FORMS = ("VerbForm=Part", "VerbForm=Ger")


def _adverbial(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A participle or a gerund set off by a comma, or a French gérondif ("tout en critiquant":
    `gerund_marks`), opens an adverbial clause of the main verb ("a soutenu les efforts de X, appelant les
    parties à", "respaldó los esfuerzos de X, instando a", "a salué les efforts de X tout en critiquant
    Y"): the parser may hang it on the effort noun, but it is the subject's own act, no aim."""
    first = match.indices[0]
    tok = sentence.toks[first]
    after_comma = (
        first > 0
        and sentence.toks[first - 1].text == ","
        and tok.pos == "VERB"
        and any(form in tok.morph for form in ADVERBIAL_FORMS)
    )
    return after_comma or is_gerund(sentence, first, lex)


def _clause_verb(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """Without a parse: a verb glued to "and" ("ودعا", "وحثت") opens a clause of its own, coordinated
    with the one before ("أشاد X بجهود Y ودعا Z إلى"): what it tells is no goal of the efforts before it."""
    tok = sentence.toks[match.indices[0]].text
    glued = tok[:1] in lex.glued_conjunctions and len(tok) > 3
    return glued and not nominal_shape(match.trigger.words[0], tok)


AIMED_ACTS = FORCE  # material acts an infinitive of purpose may tell


def aimed(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A material act told by an adverbial infinitive of purpose ("sent police to Haiti *to fight* the
    gangs", "approuvé une force *pour combattre* les gangs", "*para combatir*", `aim_marks`): the aim of
    the other act, not an act done (verbal acts are another matter: "wrote to X to demand" demands);
    so is support sought ("met Haftar *to win* his backing")."""
    if not sentence.parsed or not lex.aim_marks or not (match.trigger.type in AIMED_ACTS or _sought(match)):
        return False
    tok = sentence.toks[match.head]
    if tok.pos != "VERB" or "VerbForm=Inf" not in tok.morph or not tok.dep.startswith("advcl"):
        return False
    return any(
        sentence.toks[c].dep in ("mark", "aux") and sentence.toks[c].key in lex.aim_marks
        for c in sentence.children(match.head)
    )


def _sought(match: Match) -> bool:
    """Support one wins from others (a `host` SUPPORT: "win the backing of X", "secure support"): "met
    Haftar *to win* his backing" tells what the visit was for, not backing given."""
    return match.trigger.type == "SUPPORT" and "host" in match.trigger.flags


def first_conjunct(sentence: Sentence, i: int) -> int:
    """The first of the words coordinated with token i ("el paso de la ayuda y *la retirada*": "paso")."""
    while sentence.toks[i].dep == "conj" and sentence.toks[i].head >= 0:
        i = sentence.toks[i].head
    return i


def _equated(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    """A purpose word is the subject or the predicate noun of the clause the trigger completes or
    is the subject of ("El objetivo es facilitar el diálogo", "negotiations are the only way")."""
    tok = sentence.toks[i]
    if tok.head < 0 or not tok.dep.startswith(("xcomp", "ccomp", "nsubj")):
        return False
    return any(
        sentence.toks[c].dep.startswith(EQUATED_DEPS) and set(keys_of(sentence.toks[c])) & lex.purposes
        for c in sentence.children(tok.head)
        if c != i
    )


def _aim_above(sentence: Sentence, i: int, lex: Lexicon) -> bool:
    tok = sentence.toks[i]
    # an infinitive the English parser calls a relative clause ("all suggestions to extend the truce")
    infinitive = tok.dep == "relcl" and "VerbForm=Inf" in tok.morph
    if tok.head < 0 or not (tok.dep.startswith(AIM_DEPS) or infinitive):
        return False
    head = sentence.toks[tok.head]
    if head.pos == "ADP" and head.head >= 0:  # English: "efforts -> for -> dialogue"
        head = sentence.toks[head.head]
    return bool(set(keys_of(head)) & lex.purposes)


def _unparsed(sentence: Sentence, match: Match, lex: Lexicon, body: str) -> bool:
    if _clause_verb(sentence, match, lex):
        return False
    first = match.indices[0]
    start = sentence.toks[first].start
    for j in range(first - 1, max(-1, first - 1 - PURPOSE_WINDOW), -1):
        if PHRASE_BREAK.search(body[sentence.toks[j].end : start]):
            return False
        if set(keys_of(sentence.toks[j])) & lex.purposes:
            return True
    return False
