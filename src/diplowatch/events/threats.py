"""A conflictual act told as what will follow a condition is a threat that was made ("warned that it
would reimpose sanctions if the government did not comply", "a prévenu qu'il imposerait des sanctions
si...", "advirtió que restablecerá las sanciones si..."): the act is only supposed, but stating it on a
condition is THREATEN, and that statement happened. A modal of mere possibility ("could impose
sanctions if", "podría sancionar si") remains a supposition."""

from __future__ import annotations

from diplowatch.events.arguments import predicate
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.modality import auxiliary_keys, conditional_form, future_form
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence


def threat_on_condition(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """The trigger's verb is told in the future or the conditional, without a modal of possibility,
    and a condition ("if", "si", "unless", "a menos que") follows it in its clause or, when the verb is
    what a verb of saying or warning governs, in that verb's clause (the parser often hangs "si..." there)."""
    if not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    tok = sentence.toks[verb]
    if tok.pos not in ("VERB", "AUX"):
        return False
    helpers = auxiliary_keys(sentence, verb)
    if helpers & (lex.hypothetical - lex.conditions - lex.future_in_past):  # "could", "podría"
        return False
    if not (_told_ahead(sentence, verb, lex) or helpers & lex.future_in_past):
        return False
    clause = sentence.subtree(tok.head if tok.dep in COMPLEMENT_DEPS and tok.head >= 0 else verb)
    after = [sentence.toks[i].key for i in sorted(clause) if i > verb]
    return lex.has_cue(lex.conditions | lex.threat_conditions, after)


COMPLEMENT_DEPS = ("ccomp", "xcomp")
FORETOLD = "foretold"  # flag of a consequence foretold to someone ("will pay a heavy price")
ADDRESSED = "addressed"  # flag of a warning: a threat when addressed to a party, or when it warns of an act


def foretold(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """A consequence foretold ("Washington will pay a heavy price", "paieraient le prix fort", "pagarán un
    alto precio") is a threat when it is told ahead: its verb is a future or a conditional, by its form or
    its auxiliary; "civilians are paying the price" foretells nothing. Unparsed text (Arabic) carries it in
    the trigger's own words ("ستدفع")."""
    if not sentence.parsed:
        return True
    verb = predicate(sentence, match.head)
    for _ in range(FORETOLD_REACH):  # "would have to prepare to pay": the verbs it is the complement of
        helpers = auxiliary_keys(sentence, verb)
        if _told_ahead(sentence, verb, lex) or helpers & (lex.future_auxiliaries | lex.future_in_past):
            return True
        if sentence.toks[verb].dep != "xcomp" or sentence.toks[verb].head < 0:
            return False
        verb = sentence.toks[verb].head
    return False


FORETOLD_REACH = 3  # verbs climbed from the foretold one through the complements it is ("have to prepare to")


def _told_ahead(sentence: Sentence, verb: int, lex: Lexicon) -> bool:
    """A future or a conditional, as tagged or as its ending shows ("suspendrait", "impondría")."""
    morph = sentence.toks[verb].morph
    return (
        "Tense=Fut" in morph
        or "Mood=Cnd" in morph
        or future_form(sentence, verb, lex)
        or conditional_form(sentence, verb, lex)
    )


def warns_of_an_act(sentence: Sentence, match: Match, lex: Lexicon) -> bool:
    """What the warning says is an act told ahead: a future, a conditional or a modal in its content ("warned
    that police will no longer tolerate rallies", "advirtió de que España podría adoptar nuevas medidas"),
    not a state of things ("warned that the situation remained fragile"). Unparsed text: no."""
    if not sentence.parsed:
        return False
    verb = predicate(sentence, match.head)
    content = sentence.subtree(verb) - {verb}
    ahead = lex.future_auxiliaries | lex.future_in_past | lex.hypothetical
    return any(
        sentence.toks[i].pos in ("VERB", "AUX")
        and (_told_ahead(sentence, i, lex) or sentence.toks[i].key in ahead)
        for i in content
    )
