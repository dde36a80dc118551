"""A reaction to an act the article told before, named by its noun, is addressed to whoever did it.

"Aliyev demanded that Armenia amend its constitution. Yerevan rejected the demand": the rejection
names no one, but its object is an event noun of the lexicon ("demand" is a REQUEST word) and the
article told such an act before, Aliyev's: the rejection is addressed to him. So are "The EU welcomed
the meeting" (to the ministers who met), "Kigali a rejeté les sanctions" (to the EU that imposed
them), "رحبت الولايات المتحدة وفرنسا بالاتفاق" (to the two sides that signed it). A word for any act
(`acts` in lang/<xx>/events.yaml: "the move", "la déclaration", "el anuncio", "بيان") names the last act
told that is not a meeting; a word for a decision (`decisions`: "decision", "décision", "decisión",
"قرار") the last one that is not words said either ("Tinubu called on the juntas to return; Togo welcomed
the decision": the lifting of sanctions told before the call, not the call).

The act is the last one of that category the article told in an earlier sentence, with confidence,
that really happened. Its actor is addressed; for a meeting or an agreement, which both sides make,
every one of its participants; never the reacting side itself (a state defending its own decision
names no one).
An act whose doer the linker did not know ("des gangs ont ouvert le feu") ends the search: its
reaction stays without a recipient rather than going to an older act.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from diplowatch.events.argument_set import Arguments
from diplowatch.events.arguments import passive_patient
from diplowatch.events.clause_status import glued_told
from diplowatch.events.confidence import with_recipient
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.naming import given_names
from diplowatch.events.shapes import nominal_shape
from diplowatch.events.triggers import Match, token_keys
from diplowatch.events.unpublished import NOT_HAPPENED
from diplowatch.text.sentences import Sentence

# reactions whose object act happened (another's), unlike a refusal's ("رفضت الجزائر استقبال X")
ENDORSING = frozenset({"SUPPORT", "ACCUSE"})
BOTH_SIDES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts every participant of makes
ANY_ACT = "*"  # `about` of a word for any act ("the move", "the statement")
NOT_AN_ACT = frozenset({"CONSULT"})  # what a word for any act does not name: "the move" is no meeting
DECIDED = "!"  # `about` of a word for a decision ("the decision", "la mesure")
# `about` of a pronoun standing for an act ("condemned it"): any act, and the last one told even with little
# confidence ("Missiles struck the port of Odesa. Guterres condemned it.": the strike names no one struck)
PRONOUN = "it"
GENERAL = frozenset({ANY_ACT, DECIDED, PRONOUN})  # words that name an act by no category of its own
# what a decision is not: a meeting, or words said ("called on X... Y welcomed the decision": not the call)
NOT_DECIDED = NOT_AN_ACT | {"REQUEST", "ACCUSE", "THREATEN"}
# `about` of a word for headway made ("welcomed the progress", "a salué les progrès": `advances` in
# lang/<xx>/events.yaml): the agreement or the talks told before
ADVANCES = ("AGREE", "CONSULT")
# `about` of a word for a signing ("welcomed the signing", "a salué la signature": `signings` in
# lang/<xx>/events.yaml): the agreement told before, or the text its sides signed together
SIGNINGS = ("AGREE",)
# `about` of a word for a breach ("condemned a violation of the ceasefire", "la violation de la trêve"): the
# attack told before (`violations` in lang/<xx>/events.yaml)
BREACHES = ("ASSAULT", "COERCE")
WINDOW = 4  # words after an unparsed trigger searched for its object (names of actors skipped)
OBJECT_POS = ("NOUN", "PROPN")
ARTICLE = "ال"

KindOf = Callable[[str], str | None]


def reacted_to(
    sentence: Sentence, match: Match, args: Arguments, lex: Lexicon, named: frozenset[int]
) -> tuple[str, ...]:
    """The categories of the act the reaction's object names ("rejected *the demand*": REQUEST; "the
    decision": any act), or () when its object is no event noun. `named`: the sentence's tokens that
    name actors (skipped in unparsed text)."""
    if "mutual" in match.trigger.flags:
        return ()  # signing a text is the signatories' own act ("signed the agreement"), no reaction
    found = _object(sentence, match, args.clause, lex, named)
    return found[1] if found else ()


def _object(
    sentence: Sentence, match: Match, clause: frozenset[int], lex: Lexicon, named: frozenset[int]
) -> tuple[int, tuple[str, ...]] | None:
    """(index, categories) of the first event noun after the trigger: in its clause with a parse, within
    a few words (names of actors skipped) without one."""
    last = match.indices[-1]
    if sentence.parsed:
        # a passive's subject is its object: "the attack was condemned by the EU"
        done = passive_patient(sentence, match.head, lex)
        span = [i for i in sorted(clause) if (i > last or i in done) and sentence.toks[i].pos in OBJECT_POS]
        # what a naming verb calls its object is no object of its own ("calificó el reconocimiento de
        # violación": the recognition is reacted to, not a breach)
        names = given_names(sentence, match, lex)
        span = [i for i in span if i not in names]
    else:  # up to a punctuation mark (left out of the tokens: more than a space between two words)
        toks = sentence.toks
        end = next((j for j in range(last + 1, len(toks)) if toks[j].start - toks[j - 1].end > 1), len(toks))
        span = [i for i in range(last + 1, end) if i not in named][:WINDOW]
        # past a long subject, an act told before marks itself ("ورحب المبعوث ... X بهذه الزيارة")
        span += [i for i in range(last + 1, end) if i not in span and glued_told(sentence, i)]
    keys = token_keys(sentence)
    # a phrase trigger may hold its object ("saludar decisión": "saludó la decisión"; "celebrar acuerdo":
    # "celebró el acuerdo", an agreement told before), not a word of its own kind ("acoger con satisfacción",
    # "lodged a protest": a protest is also a street protest, PROTEST, but here the act itself)
    own = [
        i
        for i in match.indices[1:]
        if sentence.toks[i].pos in OBJECT_POS
        and (
            set(keys[i]) & (lex.acts | lex.decisions)
            or (kinds := _noun_categories(keys[i], lex))
            and match.trigger.type not in kinds
        )
    ]
    if sentence.parsed and (pronoun := _act_pronoun(sentence, match.head, keys, lex)) is not None:
        return pronoun, (ANY_ACT, PRONOUN)
    for i in own + span:
        if set(keys[i]) & lex.decisions:
            return i, (DECIDED,)
        if set(keys[i]) & lex.acts:
            return i, (ANY_ACT,)
        if set(keys[i]) & lex.advances:
            return i, ADVANCES
        # "welcomed the signing": the agreement told before (a refused signing is the refuser's own act)
        if set(keys[i]) & lex.signings and match.trigger.type in ENDORSING:
            return i, SIGNINGS
        if set(keys[i]) & lex.violations:
            # "une atteinte à sa souveraineté", "a violation of its sovereignty": whatever act infringed it
            # (a deal signed, a recognition), not only an attack
            return i, (ANY_ACT,) if _of_wronged(keys, i, lex) else BREACHES
        # without a parse, a noun by its shape: "وندد" after "دعم الجزائر" is the next act, no object
        text = "" if sentence.parsed else _shape_form(keys[i], sentence.toks[i].text)
        kinds = _noun_categories(keys[i], lex, text)
        if "ASSAULT" in kinds:  # "the offensive", "the attack" name force of either kind ("seized the town")
            return i, tuple(dict.fromkeys(kinds + BREACHES))
        if kinds:
            return i, kinds
    return None


def _of_wronged(keys: tuple[tuple[str, ...], ...], i: int, lex: Lexicon) -> bool:
    """A word of what a state holds ("sovereignty", "souveraineté", "سيادة": `wronged_nouns`) a few words
    after the violation word at i."""
    return any(set(k) & lex.wronged_nouns for k in keys[i + 1 : i + 1 + WRONGED_REACH])


WRONGED_REACH = 4  # "atteinte à sa souveraineté", "violation of its territorial integrity"


def _act_pronoun(
    sentence: Sentence, head: int, keys: tuple[tuple[str, ...], ...], lex: Lexicon
) -> int | None:
    """The trigger's object when it is a pronoun standing for an act ("Guterres condemned it", "l'a
    condamné", "lo rechazó"): lang/<xx>/events.yaml `act_pronouns`."""
    for i in sentence.children(head):
        tok = sentence.toks[i]
        if tok.dep in OBJECT_DEPS and tok.pos == "PRON" and set(keys[i]) & lex.act_pronouns:
            return i
    return None


OBJECT_DEPS = ("obj", "dobj")


def _shape_form(keys: tuple[str, ...], text: str) -> str:
    """The form whose shape tells a noun: the one with the article once a glued preposition is peeled
    off ("بالهجوم" -> "الهجوم"), else the word as written."""
    return next((k for k in keys if k.startswith(ARTICLE)), text)


def _noun_categories(keys: tuple[str, ...], lex: Lexicon, text: str = "") -> tuple[str, ...]:
    """The categories of the one-word triggers a word is (its lemma or surface form); with `text` (an
    unparsed token), only those of which it has a noun's shape."""
    found = [t for k in keys for t in lex.exact_index.get(k, ()) if len(t.words) == 1]
    if lex.prefix_lengths:
        found += [t for t in lex.prefixed(keys) if len(t.words) == 1]
    if text:  # a participle opening an adverbial clause ("مطالبا") looks like a noun, but is none
        found = [t for t in found if nominal_shape(t.words[0], text) and "adverbial" not in t.flags]
    return tuple(dict.fromkeys(t.type for t in found))


def addressed(draft: Draft, earlier: Sequence[Draft], kind_of: KindOf, floor: float) -> Draft:
    """The reaction addressed to the doer of the act it names (see the module docstring); unchanged when
    it has a recipient of its own, names no act, or the article told no such act before. Acts told with
    less than `floor` confidence (the coder's threshold: "ready to host further rounds") are not the
    ones a reaction names, unless their doer is unknown."""
    if not draft.about or not draft.actor or any(kind_of(k) != "territory" for k in draft.recipient):
        return draft
    answered = _answered(draft, earlier, kind_of, floor)
    if answered is None and DECIDED in draft.about:  # no decided act told: "the measure" may be any act
        answered = _answered(draft.replace(about=(ANY_ACT,)), earlier, kind_of, floor)
        if answered is not None:
            return draft.replace(recipient=answered.recipient, confidence=answered.confidence)
    return answered or draft


def _named_acts(draft: Draft, earlier: Sequence[Draft]) -> Iterator[Draft]:
    """The acts told before that the reaction's object may name, the latest first: happened, of a category
    it names, and no reaction's own object. A word or a pronoun for any act names no reaction told before
    ("Faki welcomed the agreement. Washington also welcomed the announcement": the agreement's, not
    Faki's welcome)."""
    general = not GENERAL.isdisjoint(draft.about)
    for act in reversed(earlier):
        if general and act.about:
            continue
        if not NOT_HAPPENED & set(act.aux) and _names(draft.about, act) and not _object_of(act, earlier):
            yield act


def _answered(draft: Draft, earlier: Sequence[Draft], kind_of: KindOf, floor: float) -> Draft | None:
    """The reaction addressed to the doer of the last act it names; unchanged when that doer is unknown
    or its own; None when the article told no such act. An act dated months before the reaction is
    background ("A ceasefire negotiated in Luanda in August 2024 collapsed. ... Guterres welcomed the
    agreement"): a named act of the reaction's own time, told earlier, is the one it answers."""
    for act in _in_time_first(draft, _named_acts(draft, earlier)):
        if act.arguments == "unlinked" or not act.actor:
            return draft  # its doer is unknown: no older act stands in
        if act.confidence < floor and not _named_by_category(draft.about, act) and PRONOUN not in draft.about:
            continue
        targets = tuple(k for k in doers(act) if k not in draft.actor and kind_of(k) != "territory")
        if not targets:
            return draft
        return draft.replace(recipient=draft.recipient + targets, confidence=with_recipient(draft.confidence))
    return None


def _in_time_first(reaction: Draft, acts: Iterator[Draft]) -> Iterator[Draft]:
    """The acts of the reaction's own time, in their order; only when there is none, the stale ones. Lazy:
    the reaction mostly answers the first act it is given."""
    stale: list[Draft] = []
    current = False
    for act in acts:
        if not _stale(act, reaction):
            current = True
            yield act
        elif not current:
            stale.append(act)
    if not current:
        yield from stale


def _stale(act: Draft, reaction: Draft) -> bool:
    """The act is dated wholly before the month preceding the reaction's (both dated)."""
    if act.date is None or reaction.date is None:
        return False
    if not (act.date.value[:4].isdigit() and reaction.date.value[:4].isdigit()):
        return False
    return _months(act.date.value, latest=True) < _months(reaction.date.value, latest=False) - 1


def _months(value: str, *, latest: bool) -> int:
    """A date value's month as a count of months ("2024-08-15", "2024-08"); a year's last or first month."""
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else (12 if latest else 1)
    return year * 12 + month - 1


def doers(act: Draft) -> tuple[str, ...]:
    """Whom a reaction to the act is aimed at: its actor; for a meeting or an agreement, which both sides
    make, every one of its participants."""
    return tuple(dict.fromkeys(act.actor + act.recipient if _category(act) in BOTH_SIDES else act.actor))


def answers_undated(draft: Draft, earlier: Sequence[Draft], floor: float) -> bool:
    """The reaction names an act told before that the text dates only by its day of writing ("X accused
    Moscow of sabotage. Lavrov dismissed the criticism"): an answer is no older than what it answers, so
    no story dated before (events.dating.in_story) dates it either."""
    if not draft.about:
        return False
    for act in _named_acts(draft, earlier):
        if act.confidence < floor and not _named_by_category(draft.about, act):
            continue
        return act.date_source == "published"
    return False


# offers and demands, often told with no counterpart ("X proposed a partition of the territory"), and
# attacks, told against a place ("Israel struck a school in Gaza City ... Jordan condemned the strike")
ONE_SIDED = frozenset({"AGREE", "REQUEST", "ASSAULT", "COERCE"})


def _named_by_category(about: tuple[str, ...], act: Draft) -> bool:
    """The reaction's object is a word for an offer, a demand or an attack of the act's own category
    ("proposed a partition ... rejected the proposal", "a proposé ... a rejeté la proposition"): that act,
    however one-sided it was told, not an older one; a word for any act ("the decision") still names only
    acts told with confidence."""
    return (
        ANY_ACT not in about
        and DECIDED not in about
        and _category(act) in about
        and _category(act) in ONE_SIDED
    )


def _object_of(act: Draft, earlier: Sequence[Draft]) -> bool:
    """The act is the object of a reaction of its own actor's, told in the same sentence: unparsed text
    ("رحب الشيباني بالاتفاق" also yields the agreement noun with the welcomer for actor), no act of his."""
    return any(
        r.type in ENDORSING
        and r.actor == act.actor
        and r.evidence[0] == act.evidence[0]
        and r is not act
        and not NOT_HAPPENED
        & set(r.aux)  # "accused Rwanda of supporting the M23": the support is no reaction
        for r in earlier
    )


def _names(about: tuple[str, ...], act: Draft) -> bool:
    if DECIDED in about:
        return act.type not in NOT_DECIDED
    if ANY_ACT in about:
        return act.type not in NOT_AN_ACT
    return act.type in about or _category(act) in about or "AGREE" in about and _signed_together(act)


def _signed_together(act: Draft) -> bool:
    """ "The two warring parties signed a ceasefire agreement": a text its sides signed together (a
    support, as PLOVER codes signing, with its two sides for actor and no counterpart) is the agreement
    a reaction names ("Guterres welcomed the agreement")."""
    return act.type == "SUPPORT" and len(act.actor) >= 2 and not act.recipient


def _category(act: Draft) -> str:
    """The category its trigger word has ("rules:en:CONSULT:meet:parse": a planned meeting coded AGREE
    is still a meeting)."""
    parts = act.rule.split(":")
    return parts[2] if len(parts) > 2 else act.type
