"""A subject that is a title and a name the linker did not know ("El ministro Gil conversó con Lavrov",
"Le ministre Gil s'est entretenu avec...", "Minister Gil spoke with..."), or the name of a body the linker
did not know ("Le Parti populaire a reproché au gouvernement...", "el Partido Popular criticó"): someone the
text names, so the act is not the previous sentence's actor's, as an unnamed "the minister" or "le
Conseil" would be. The titles are the actor linker's `nominal_heads`, the bodies its `org_heads`
(lang/<xx>/actors.yaml)."""

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
        if _body_name(sentence, c, cues(sentence.language).org_heads):
            return True
        if any(_acronym(sentence, i) for i in phrase):
            return True
    return False


ACRONYM_LENGTH = range(2, 7)  # "PP", "PSOE", "RN": letters of a party's or a body's acronym


def _acronym(sentence: Sentence, i: int) -> bool:
    """ "El PP y Sumar criticaron", "Le RN a dénoncé": an acronym the linker did not know names a body
    (not opening the sentence, whose headline words may be all capitals)."""
    word = sentence.toks[i]
    return i > 0 and word.pos == "PROPN" and len(word.text) in ACRONYM_LENGTH and word.text.isupper()


NAME_PARTS = ("amod", "flat", "flat:name", "compound")


def _body_name(sentence: Sentence, head: int, bodies: frozenset[str]) -> bool:
    """ "Le Parti populaire", "el Partido Popular": a capitalised body noun, not opening the sentence, with
    a word of its name right after it."""
    word = sentence.toks[head]
    after = head + 1
    return (
        head > 0
        and word.text[:1].isupper()
        and (word.key in bodies or word.lemma in bodies)
        and after < len(sentence.toks)
        and sentence.toks[after].head == head
        and sentence.toks[after].dep in NAME_PARTS
    )


def _titled_name(sentence: Sentence, title: int, name: int, titles: frozenset[str]) -> bool:
    word, after = sentence.toks[title], sentence.toks[name]
    return (
        name == title + 1
        and (word.key in titles or word.lemma in titles)
        and after.pos == "PROPN"
        and after.text[:1].isupper()
    )
