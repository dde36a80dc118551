"""A subject that is a title and a name the linker did not know ("El ministro Gil conversó con Lavrov",
"Le ministre Gil s'est entretenu avec...", "Minister Gil spoke with..."): someone the text names, so the
act is not the previous sentence's actor's, as an unnamed "the minister" would be. The titles are the
actor linker's `nominal_heads` (lang/<xx>/actors.yaml)."""

from __future__ import annotations

from diplowatch.actors.langdata import cues
from diplowatch.events.arguments import predicate
from diplowatch.events.triggers import Match
from diplowatch.text.sentences import Sentence

SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


def names_unknown_person(sentence: Sentence, match: Match, named: frozenset[int]) -> bool:
    """The trigger's subject holds a title word followed by a capitalised proper noun, and no actor
    mention."""
    if not sentence.parsed:
        return False
    titles = cues(sentence.language).nominal_heads
    verb = predicate(sentence, match.head)
    for c in sentence.children(verb):
        if sentence.toks[c].dep not in SUBJECTS:
            continue
        phrase = sorted(sentence.subtree(c))
        if set(phrase) & named:
            return False
        if any(_titled_name(sentence, a, b, titles) for a, b in zip(phrase, phrase[1:], strict=False)):
            return True
    return False


def _titled_name(sentence: Sentence, title: int, name: int, titles: frozenset[str]) -> bool:
    word, after = sentence.toks[title], sentence.toks[name]
    return (
        name == title + 1
        and (word.key in titles or word.lemma in titles)
        and after.pos == "PROPN"
        and after.text[:1].isupper()
    )
