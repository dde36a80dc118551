"""What an event's `confidence` means, and how it is computed.

confidence estimates the probability that the event is real, correctly typed and
is what its sentence reports, from the evidence the rules had. It is a product of
factors, plus two additive bonuses:

    trigger     0.75 for a listed trigger word, 0.80 for a multiword phrase
                ("held talks"), 0.50 for a word flagged weak (ambiguous: "call",
                "strike", "back")
  x arguments   1.00 actor from the dependency subject, 0.90 the speaker of the quotation
                the trigger sits in (events.speech), 0.85 from proximity,
                0.70 carried from the previous sentence, 0.60 an unlinked subject
                phrase, 0.45 no actor; 0.90 no actor for an attack told by its weapon as
                subject ("Rockets hit Smara", events.weapons): its doer is unknown, not missed
  + 0.10        a recipient was found
  + 0.12        the trigger is in the sentence's main clause: its predicate is the
                root, a verb coordinated with the root, or the complement of a
                reporting root ("X did Y, officials said") -- the event the
                sentence reports, ranked over embedded and nominal ones
  x 0.75        no recipient at all: PLOVER events are dyadic, and on the dev
                corpus one-sided events were almost all background or misreads
                (not for an investigation, which PLOVER codes without a target:
                "the prosecutor opened an investigation"); a meeting whose two sides
                PLOVER codes all as actors ("Lula and Petro spoke by phone") has its dyad
  x 0.80        negated or hypothetical (kept, never counted as real)
  x 0.85        historical: dated two years or more before publication (background
                the article recalls, less often the news it reports; the annotators code
                a background paragraph's dated acts as events too: at 0.75 an Arabic
                one, read by proximity, never passed)
  x 0.75        reference: a lone event noun that is the subject of its clause or
                sits in a prepositional phrase ("La visite de X s'inscrit dans...",
                "à la veille de la réunion"), except material conflict, which is
                mostly told by its noun ("des explosions ont touché la ville")
  x 0.70        habit: a stance the clause says is held over time, with no date of its own
                ("has repeatedly called for", "a toujours soutenu", events.generic): below
                the threshold even at best, so it stays only as a document's sole event
  + 0.05        per extra mention merged into the event (title, lead, body)

clipped to [0.05, 0.98]. The rule coder drops real events under 0.70
(`RuleOptions.min_confidence`: a strong trigger with a parsed actor and a
recipient, or a main-clause one), keeping a document's best event when nothing
else passes; the PLOVER GSR score takes the top event of a sentence, so the
main-clause, well-argued event wins over embedded or weak ones.
"""

from __future__ import annotations

from diplowatch.model import UNREAL_AUX

TRIGGER = {"phrase": 0.80, "word": 0.75, "weak": 0.50}
ARGUMENTS = {
    "parse": 1.0,
    "quote": 0.90,
    "struck": 0.90,
    "proximity": 0.85,
    "previous": 0.70,
    "unlinked": 0.60,
    "none": 0.45,
}
RECIPIENT_BONUS = 0.10
NO_RECIPIENT_FACTOR = 0.75
MAIN_CLAUSE_BONUS = 0.12
MERGE_BONUS = 0.05
UNREAL_FACTOR = 0.80
HISTORICAL_FACTOR = 0.85
REFERENCE_FACTOR = 0.75
HABIT_FACTOR = 0.70
FLOOR, CEILING = 0.05, 0.98


def score(
    *,
    phrase: bool,
    weak: bool,
    arguments: str,
    has_recipient: bool,
    main_clause: bool,
    aux: tuple[str, ...],
    reference: bool = False,
    one_sided: bool = False,
    habit: bool = False,
) -> float:
    base = TRIGGER["weak"] if weak else TRIGGER["phrase" if phrase else "word"]
    value = base * ARGUMENTS.get(arguments, ARGUMENTS["none"])
    value += RECIPIENT_BONUS * has_recipient + MAIN_CLAUSE_BONUS * main_clause
    if not has_recipient and not one_sided:
        value *= NO_RECIPIENT_FACTOR
    if UNREAL_AUX & set(aux):
        value *= UNREAL_FACTOR
    if "historical" in aux:
        value *= HISTORICAL_FACTOR
    if reference:
        value *= REFERENCE_FACTOR
    if habit:
        value *= HABIT_FACTOR
    return clip(value)


def with_recipient(value: float) -> float:
    """The confidence of an event scored without a recipient once one is found for it afterwards
    (events.invitations): the no-recipient factor undone, the recipient bonus added."""
    return clip(value / NO_RECIPIENT_FACTOR + RECIPIENT_BONUS)


def merged(confidences: list[float]) -> float:
    return clip(max(confidences) + MERGE_BONUS * (len(confidences) - 1))


def clip(value: float) -> float:
    return max(FLOOR, min(CEILING, value))
