"""Relative clauses: a relative pronoun's role, and the partner a partner preposition names.

A relative clause opened by a partner preposition names its antecedent as the act's partner.

"Albares a rencontré Nasser Bourita, avec qui il a signé un accord", "met Bourita, with whom he
signed", "con quien firmó": the one before the comma signed with him. The parsers attach such clauses
unreliably (to the place, to the main verb), so the clause is read from the words: a comma, a partner
preposition (`partner_prepositions`), perhaps an article, a relative pronoun (`partner_relatives` in
lang/<xx>/events.yaml); its antecedent is the mention that ends right before the comma.

A dative relative clause names whom the act addresses the same way: "a rencontré Bourita, auquel il a
demandé de...", "se reunió con Maduro y con la oposición, a quienes instó a..." (`addressee_prepositions`,
and `addressee_relatives` for a preposition and a pronoun in one word). A plural pronoun's antecedent
is the list the mention ends ("Maduro y la oposición").
"""

from __future__ import annotations

from diplowatch.events.lexicon import Lexicon
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.normalise import Token
from diplowatch.text.sentences import PHRASE_BREAK, Sentence

MAX_OPENING = 3  # tokens from the comma to the relative pronoun: ", con el que", ", avec qui"
MAX_APPOSITION = 3  # words of a noun in apposition before the preposition: ", un país vecino al que"
APPOSITION_POS = ("DET", "NOUN", "ADJ")
# What the parsers label a relative clause (the Spanish one labels it acl, the English one relcl)
RELATIVE_CLAUSES = frozenset({"acl", "acl:relcl", "relcl"})


def relative_partner(sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon) -> str | None:
    """The antecedent of the partner relative clause the trigger is in, if any."""
    if not lex.partner_relatives:
        return None
    opening = _opening(sentence, match, lex.partner_relatives, lex.partner_prepositions, frozenset())
    if opening is None:
        return None
    at = sentence.toks[opening].start
    return next((m.key for m in reversed(found) if m.end <= at and _adjacent(sentence, m, opening)), None)


def relative_addressees(
    sentence: Sentence, match: Match, found: list[ActorMention], lex: Lexicon
) -> tuple[str, ...]:
    """The antecedents of the dative relative clause the trigger is in: the one the mention before its
    comma names, and the ones listed with it ("Maduro y la oposición, a quienes")."""
    relatives = lex.partner_relatives | lex.addressee_relatives
    opening = _opening(sentence, match, relatives, lex.addressee_prepositions, lex.addressee_relatives)
    if opening is None or not _clause_act(sentence, opening, match.indices[0]):
        return ()  # the act the clause's verb governs ("a quienes instó a retomar el diálogo"): not addressed
    at = sentence.toks[opening].start
    before = [m for m in found if m.end <= at]
    last = next((n for n in range(len(before) - 1, -1, -1) if _adjacent(sentence, before[n], opening)), None)
    if last is None:
        return ()
    listed = [before[last]]
    for earlier in reversed(before[:last]):
        if not _joined(sentence, earlier.end, listed[-1].start, lex):
            break
        listed.append(earlier)
    return tuple(dict.fromkeys(m.key for m in reversed(listed)))


def _clause_act(sentence: Sentence, opening: int, trigger: int) -> bool:
    """The trigger is the relative clause's act: its verb, or the noun its verb conveys (", à qui il a
    réaffirmé le soutien de la France", ", to whom he conveyed Britain's support"); not an act a verb of
    the clause governs ("a quienes instó a retomar el diálogo")."""
    verbs = [i for i in range(opening, trigger) if sentence.toks[i].pos == "VERB"]
    if not verbs:
        return True
    act = sentence.toks[trigger]
    return len(verbs) == 1 and act.pos == "NOUN" and act.head == verbs[0] and act.dep in ("obj", "dobj")


def _opening(
    sentence: Sentence,
    match: Match,
    relatives: frozenset[str],
    prepositions: frozenset[str],
    fused: frozenset[str],
) -> int | None:
    """The comma opening the relative clause the trigger is in (", avec qui", ", con el que", ", auquel"),
    walking back from the trigger to the phrase that holds it."""
    toks = sentence.toks
    for i in range(match.indices[0] - 1, -1, -1):
        tok = toks[i]
        if PHRASE_BREAK.fullmatch(tok.text) and tok.text != ",":
            return None  # another phrase: no relative clause opens the trigger's
        if tok.key in fused:
            return i - 1 if i > 0 and toks[i - 1].text == "," else None
        if tok.key not in relatives or sentence.parsed and tok.dep == "fixed":
            continue  # (the "que" of "al tiempo que", "a la vez que" closes a conjunction, not a relative)
        opening = _comma_before(sentence, i, prepositions)
        if opening is not None:
            return opening
    return None


def _comma_before(sentence: Sentence, pronoun: int, prepositions: frozenset[str]) -> int | None:
    """The comma that opens ", avec qui" / ", con el que" before the pronoun, if that is what it is; a
    noun in apposition may stand between (", país al que acusa", ", un grupo con el que")."""
    toks = sentence.toks
    for j in range(pronoun - 1, max(-1, pronoun - 1 - MAX_OPENING), -1):
        if toks[j].key in prepositions:
            k = j - 1
            while k > j - 1 - MAX_APPOSITION and k >= 0 and toks[k].pos in APPOSITION_POS:
                k -= 1
            apposed = toks[k + 1 : j]
            named = not apposed or any(t.pos == "NOUN" for t in apposed)
            return k if k >= 0 and toks[k].text == "," and named else None
    return None


def _joined(sentence: Sentence, end: int, start: int, lex: Lexicon) -> bool:
    """Only list words between two mentions: commas, a conjunction, a preposition or an article repeated
    ("Maduro y con la Plataforma")."""
    between = [t for t in sentence.toks if end <= t.start and t.end <= start]
    return any(_conjunction(t, lex) for t in between) and all(
        t.text == "," or _conjunction(t, lex) or t.pos in ("ADP", "DET") for t in between
    )


def _conjunction(tok: Token, lex: Lexicon) -> bool:
    return tok.pos == "CCONJ" or tok.key in lex.conjunctions


def _adjacent(sentence: Sentence, mention: ActorMention, comma: int) -> bool:
    """The mention ends right before the comma (its last token is the one before)."""
    return comma > 0 and sentence.toks[comma - 1].end == mention.end


def relative_pronoun(tok: Token) -> bool:
    """ "PronType=Rel", or "PronType=Int,Rel" as the Spanish model writes "que"."""
    types = next((f for f in tok.morph.split("|") if f.startswith("PronType=")), "")
    return "Rel" in types.removeprefix("PronType=").split(",")


def object_relative(sentence: Sentence, verb: int, pronoun: int) -> bool:
    """The relative pronoun the parser calls an object is one: marked by a preposition ("al que", "a
    quien"), or with the verb's subject between them ("un gesto que Marruecos criticó"). The Spanish
    parser calls the subject of "la resolución que prorrogó el mandato" an object too."""
    marked = any(sentence.toks[c].dep == "case" for c in sentence.children(pronoun)) or (
        pronoun > 0 and sentence.toks[pronoun - 1].pos == "ADP"
    )
    return marked or any(
        sentence.toks[c].dep.startswith("nsubj") and pronoun < c < verb for c in sentence.children(verb)
    )
