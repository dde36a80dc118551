"""A misdeed a speaker ascribes ("X said the visit *violates* Libya's sovereignty", "Y sabote le
processus de l'ONU": evaluative verbs, flag `spoken` in lang/<xx>/events.yaml) has a doer, its subject,
whom the criticism blames, and a victim, its object, which is no counterpart of anyone's criticism:
neither of the misdeed's own nor of a stance whose clause holds it ("a dénoncé la visite, estimant
qu'elle viole la souveraineté libyenne")."""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.relatives import relative_pronoun
from diplowatch.events.triggers import Match, find
from diplowatch.text.sentences import Sentence

SPOKEN = "spoken"  # the flag of an evaluative word: criticism only when someone says it
SUBJECT_DEPS = ("nsubj", "csubj", "expl")
WH_SUBJECTS = frozenset(
    {"who", "which", "that"}
)  # English relative subjects, which the tagger leaves unmarked


def misdeed_verb(sentence: Sentence, match: Match) -> bool:
    """The evaluative trigger is an active verb ("violates", "sabote", "socava"): its subject does the
    wrong, its object suffers it."""
    if not sentence.parsed or SPOKEN not in match.trigger.flags:
        return False
    tok = sentence.toks[match.head]
    return (
        tok.pos == "VERB"
        and "Voice=Pass" not in tok.morph
        and not any(
            sentence.toks[c].dep.endswith(":pass") or sentence.toks[c].dep in ("auxpass", "nsubjpass")
            for c in sentence.children(match.head)
        )
    )


def victims(sentence: Sentence, lexicon: Lexicon, verb: int) -> set[int]:
    """The tokens of what the misdeed verbs below `verb` (not `verb` itself) wrong: their subtrees
    without their subjects."""
    out: set[int] = set()
    for m in find(sentence, lexicon):
        if m.head != verb and misdeed_verb(sentence, m) and m.head in sentence.subtree(verb):
            doers = {
                t
                for c in sentence.children(m.head)
                if sentence.toks[c].dep.startswith(SUBJECT_DEPS)
                for t in sentence.subtree(c)
            }
            out |= sentence.subtree(m.head) - doers - {m.head}
    return out


def unnamed_doer(sentence: Sentence, match: Match) -> bool:
    """The misdeed's subject is a relative pronoun whose antecedent is no noun ("sanctions on *those who
    violate* the truce", "ceux qui violeraient", "quienes violen"): whoever may do it, no one named (the
    parse would lend the clause above its subject)."""
    if not sentence.parsed:
        return False
    verb = sentence.toks[match.head]
    relative_subject = any(
        sentence.toks[c].dep.startswith("nsubj")
        and (
            relative_pronoun(sentence.toks[c]) or verb.dep == "relcl" and sentence.toks[c].key in WH_SUBJECTS
        )
        for c in sentence.children(match.head)
    )
    return relative_subject and (verb.head < 0 or sentence.toks[verb.head].pos not in ("NOUN", "PROPN"))


def attacked(sentence: Sentence, lexicon: Lexicon, verb: int, named: set[int]) -> set[int]:
    """The tokens of whom an attack noun below `verb` strikes ("condemned the Israeli attack on Lebanon",
    "a condamné l'attaque israélienne contre le Liban", "condenó el ataque contra el Líbano"): its complement
    a target word opens (lexicon `attack_targets`) names the victim, whom a condemnation blames no more than
    a misdeed's object, when the noun's phrase names the attacker too (`named`: the tokens of actor
    mentions); "condemned the attack on Bamako" names no one else, and stays aimed at the place's state."""
    if not lexicon.attack_targets:
        return set()
    out: set[int] = set()
    for m in find(sentence, lexicon):
        if m.trigger.type != "ASSAULT" or m.head == verb or sentence.toks[m.head].pos != "NOUN":
            continue
        if m.head not in sentence.subtree(verb):
            continue
        # (anywhere in the noun's own phrase: the parser may hang "contre le Liban" on "israélienne"; not in
        # a clause on the noun, "the attack, which casts doubt on Russia's commitment")
        phrase = sentence.subtree(m.head) - {m.head}
        struck: set[int] = set()
        for c in phrase:
            marks = {sentence.toks[c].key} | {
                sentence.toks[k].key for k in sentence.children(c) if sentence.toks[k].dep == "case"
            }
            if marks & lexicon.attack_targets and _in_phrase(sentence, c, m.head):
                struck |= sentence.subtree(c)
        if (phrase - struck) & named:
            out |= struck
    return out


ATTACK_REACH = 3  # words from an attack noun to the target word after it ("بالعدوان الإسرائيلي على")


def attacks_told(sentence: Sentence, lex: Lexicon) -> frozenset[int]:
    """Unparsed text: the tokens of the sentence's attack words (ASSAULT triggers); a parse tells the
    victims of an attack noun itself (attacked above)."""
    if sentence.parsed or not lex.attack_targets:
        return frozenset()
    return frozenset(i for m in find(sentence, lex) if m.trigger.type == "ASSAULT" for i in m.indices)


def after_attack(
    sentence: Sentence, start: int, end: int, lex: Lexicon, struck: frozenset[int], named: set[int]
) -> bool:
    """The mention at body offsets [start, end) is an attack's target: right after a target word that
    follows an attack word, with the attacker named between them ("ونددت قطر بالهجوم الإسرائيلي على لبنان":
    Lebanon suffered the attack; `named`: the tokens of actor mentions)."""
    inside = sentence.tokens_within(start, end)
    if not struck or not inside or inside[0] == 0:
        return False
    mark = inside[0] - 1
    if sentence.toks[mark].key not in lex.attack_targets:
        return False
    return any(mark - ATTACK_REACH <= i < mark and any(i < t < mark for t in named) for i in struck)


def _in_phrase(sentence: Sentence, token: int, noun: int) -> bool:
    """No verb stands between the token and the noun it depends on: the noun's own phrase."""
    at = sentence.toks[token].head
    for _ in range(len(sentence.toks)):
        if at == noun:
            return True
        if at < 0 or sentence.toks[at].pos in ("VERB", "AUX"):
            return False
        at = sentence.toks[at].head
    return False
