"""A reaction to a text is addressed to the one who wrote it.

`background.without_authors` keeps the author of a text out of the events around it ("the draft
prepared by the United States", "the American draft", "le texte rédigé par X", "مشروع القرار الذي
صاغته الولايات المتحدة"): the Council adopted the text, its author did not. A criticism, a rejection or
a welcome of that text, though, is aimed at whoever wrote it ("Russia condemned the draft prepared by
the United States" is Russia's ACCUSE of the United States): the author joins the recipients of a
SUPPORT, ACCUSE or REJECT whose clause holds the authoring word (without a parse: an authoring word
after the trigger), and of a flaw a speaker ascribes to the text ("Russia said the text drafted by X
distorts the process"). Which words author a text is data: `authorship` and `authorship_of_texts` in
lang/<xx>/events.yaml. An assembly that adopts the text (`VOTING_BODIES`: "the Council adopted the
text drafted by X") acts on the text, not toward its author: its events keep the author out.
"""

from __future__ import annotations

from collections.abc import Iterable

from diplowatch.events.arguments import predicate
from diplowatch.events.background import authors_by_word
from diplowatch.events.categories import REACTIONS
from diplowatch.events.lexicon import Lexicon
from diplowatch.events.speech import SPOKEN
from diplowatch.events.triggers import Match
from diplowatch.text.mentions import ActorMention
from diplowatch.text.sentences import Sentence


def text_authors(
    sentence: Sentence, match: Match, clause: Iterable[int], found: list[ActorMention], lexicon: Lexicon
) -> tuple[str, ...]:
    """The authors of the texts the reaction `match` is about (`found`: the sentence's mentions,
    authors included; `clause`: the token indices of the trigger's clause)."""
    if match.trigger.type not in REACTIONS:
        return ()
    inside = set(clause)
    keys: list[str] = []
    flawed = _subject_texts(sentence, match) if sentence.parsed else set()
    for word, tokens in authors_by_word(sentence, lexicon).items():
        if word in match.indices:
            continue
        told = (word in inside) if sentence.parsed else (word > match.indices[-1])
        # "said the text drafted by X distorts the process": the flawed text is the trigger's subject
        if not told and not (sentence.parsed and sentence.toks[word].head in flawed):
            continue
        keys += [m.key for m in found if m.kind != "territory" and sentence.token_at(m.start) in tokens]
    return tuple(dict.fromkeys(keys))


def _subject_texts(sentence: Sentence, match: Match) -> set[int]:
    """The subjects of a flaw a speaker ascribes (flag `spoken`: "the text ... distorts", "creates
    ambiguity"): a text there is what is criticised, its author the one blamed."""
    if SPOKEN not in match.trigger.flags:
        return set()
    verb = predicate(sentence, match.head)
    return {c for c in sentence.children(verb) if sentence.toks[c].dep.startswith("nsubj")}
