"""A sentence spaCy cut where no sentence ends is glued back: a piece with no subject of its own
goes on the clause before it (its root hangs on that clause's verb), a piece with its own subject
stays a clause apart. Parses are built by hand, as spaCy sometimes cuts them (no pipeline loaded)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diplowatch.model import Article, ParsedSegment, Segment
from diplowatch.text.sentences import GLUED, sentences

# (head, dep, pos) of each word: two trees, as a parser that cut the sentence after the weekday gives
# them ("Lavrov met Monday | Bourita in Moscow."; the cut name read as a verb)
CUT_OBJECT = [
    (1, "nsubj", "PROPN"),
    (1, "ROOT", "VERB"),
    (1, "obl", "NOUN"),
    (3, "ROOT", "VERB"),
    (5, "case", "ADP"),
    (3, "obl", "PROPN"),
    (3, "punct", "PUNCT"),
]
CUT_OBJECT_WORDS = {
    "en": "Lavrov met Monday Bourita in Moscow .",
    "es": "Lavrov recibió ayer Bourita en Moscú .",
}
# the second piece has a subject: another clause ("Rabat welcomed it | Algiers denounced it.")
CUT_CLAUSE = [
    (1, "nsubj", "PROPN"),
    (1, "ROOT", "VERB"),
    (1, "obj", "PRON"),
    (4, "nsubj", "PROPN"),
    (4, "ROOT", "VERB"),
    (4, "obj", "PRON"),
    (4, "punct", "PUNCT"),
]


def _article(language: str, text: str, rows: list[tuple[int, str, str]]) -> Article:
    words = text.split()
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(
        spacy.blank(language).vocab,
        words=words,
        spaces=spaces,
        heads=[h for h, _, _ in rows],
        deps=[d for _, d, _ in rows],
        pos=[p for _, _, p in rows],
    )
    segment = Segment(0, len(doc.text), language)
    return Article(
        doc_id="t",
        source="t",
        body=doc.text,
        language=language,
        segments=(segment,),
        parses=(ParsedSegment(segment, doc),),
    )


def test_a_piece_without_subject_hangs_on_the_verb_before_it() -> None:
    for language, text in CUT_OBJECT_WORDS.items():
        (sentence,) = sentences(_article(language, text, CUT_OBJECT))
        cut = sentence.toks[3]
        assert (cut.head, cut.dep) == (1, GLUED), language
        assert {3, 4, 5} <= sentence.subtree(1), language  # the one met and the place are the verb's


def test_a_piece_with_its_own_subject_stays_a_clause_apart() -> None:
    (sentence,) = sentences(_article("en", "Rabat welcomed it Algiers denounced it .", CUT_CLAUSE))
    assert (sentence.toks[4].head, sentence.toks[4].dep) == (-1, "ROOT")
    assert 3 not in sentence.subtree(1)
