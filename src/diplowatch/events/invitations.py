"""An answer to an invitation told without its inviter answers the invitation told before it.

"Köhler a invité les parties à Genève. Dans un premier temps, le royaume a décliné l'invitation.":
the refusal (REJECT) is addressed to the one who invited, as an acceptance (AGREE) would be
("accepted the invitation", "aceptaron la invitación", "قبلت الدعوة"). The invitation is the last one
the article told (an AGREE whose trigger is an invitation word: `invitations` in lang/*/events.yaml),
and the answering sentence names an invitation noun itself.
(Keeping an acceptance apart from the invitation it answers, rather than merging the two, was tried:
one more false event on the dev-other check fold.)
"""

from __future__ import annotations

from collections.abc import Callable

from diplowatch.events.confidence import with_recipient
from diplowatch.events.draft import Draft
from diplowatch.events.lexicon import Lexicon
from diplowatch.text.normalise import fold
from diplowatch.text.sentences import Sentence

ANSWERS = ("AGREE", "REJECT")


def trigger_words(draft: Draft) -> tuple[str, ...]:
    """The folded trigger words of a draft, from its rule ("rules:fr:AGREE:inviter:parse")."""
    parts = draft.rule.split(":")
    return tuple(parts[3].split()) if len(parts) > 4 else ()


def invites(draft: Draft, lexicon: Lexicon) -> bool:
    """The draft is an invitation someone made ("a invité les parties", "the envoy's invitation")."""
    return (
        draft.type == "AGREE"
        and bool(draft.actor)
        and bool(draft.recipient)
        and any(_stem(w) in lexicon.invitations for w in trigger_words(draft))
    )


def answering(
    draft: Draft,
    sentence: Sentence,
    lexicon: Lexicon,
    inviters: tuple[str, ...],
    kind_of: Callable[[str], str | None],
) -> Draft:
    """The draft addressed to the last inviters when it answers an invitation that names nobody."""
    if (
        not inviters
        or draft.type not in ANSWERS
        or not draft.actor
        or any(kind_of(k) != "territory" for k in draft.recipient)  # its own addressee is named
        or any(_stem(w) in lexicon.invitations for w in trigger_words(draft))  # it is itself an invitation
        or not {_stem(t.key) for t in sentence.toks} & lexicon.invitations
    ):
        return draft
    addressed = tuple(k for k in inviters if k not in draft.actor)
    if not addressed:
        return draft
    score = draft.confidence if draft.recipient else with_recipient(draft.confidence)
    return draft.replace(recipient=draft.recipient + addressed, confidence=score)


def _stem(word: str) -> str:
    return fold(word).rstrip("*")
