"""What an event's `confidence` means, and how it is computed.

confidence estimates the probability that the event is real and correctly typed,
from the evidence the rules had, as a product of independent-looking factors:

    trigger     0.75 for a listed trigger word, 0.80 for a multiword phrase
                ("held talks"), 0.50 for a word flagged weak (ambiguous: "call",
                "strike", "back")
  x arguments   1.00 actor from the dependency subject, 0.85 from proximity,
                0.70 carried from the previous sentence, 0.60 an unlinked subject
                phrase, 0.45 no actor
  + 0.10        a recipient was found
  + 0.05        the trigger is in the sentence's main clause
  + 0.05        per extra mention merged into the event (title, lead, body)
  x 0.80        negated or hypothetical (kept, never counted as real)

clipped to [0.05, 0.98]. The coder sorts candidates by it, and the PLOVER GSR
score takes the top event of a sentence, so the main-clause, well-argued event
wins over embedded or weak ones.
"""

from __future__ import annotations

TRIGGER = {"phrase": 0.80, "word": 0.75, "weak": 0.50}
ARGUMENTS = {"parse": 1.0, "proximity": 0.85, "previous": 0.70, "unlinked": 0.60, "none": 0.45}
RECIPIENT_BONUS = 0.10
MAIN_CLAUSE_BONUS = 0.05
MERGE_BONUS = 0.05
UNREAL_FACTOR = 0.80
FLOOR, CEILING = 0.05, 0.98


def score(*, phrase: bool, weak: bool, arguments: str, has_recipient: bool, main_clause: bool,
          aux: tuple[str, ...]) -> float:
    base = TRIGGER["weak"] if weak else TRIGGER["phrase" if phrase else "word"]
    value = base * ARGUMENTS.get(arguments, ARGUMENTS["none"])
    value += RECIPIENT_BONUS * has_recipient + MAIN_CLAUSE_BONUS * main_clause
    if {"negation", "hypothetical"} & set(aux):
        value *= UNREAL_FACTOR
    return clip(value)


def merged(confidences: list[float]) -> float:
    return clip(max(confidences) + MERGE_BONUS * (len(confidences) - 1))


def clip(value: float) -> float:
    return max(FLOOR, min(CEILING, value))
