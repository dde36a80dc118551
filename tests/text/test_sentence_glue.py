"""A sentence spaCy cut where no sentence ends is glued back: a piece with no subject of its own
goes on the clause before it (its root hangs on that clause's verb), a piece with its own subject
stays a clause apart. Parses are built by hand, as spaCy sometimes cuts them (no pipeline loaded)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diplowatch.model import Article, ParsedSegment, Segment
from diplowatch.text.sentences import GLUED, sentences

# (word, head, dep, pos): two trees, as a parser that cut the sentence after the weekday gives them
CUT_OBJECT = {
    "en": [
        ("Lavrov", 1, "nsubj", "PROPN"),
        ("met", 1, "ROOT", "VERB"),
        ("Monday", 1, "npadvmod", "PROPN"),
        ("Bourita", 3, "ROOT", "PROPN"),
        ("in", 5, "case", "ADP"),
        ("Moscow", 3, "nmod", "PROPN"),
        (".", 3, "punct", "PUNCT"),
    ],
    "es": [
        ("Lavrov", 1, "nsubj", "PROPN"),
        ("recibió", 1, "ROOT", "VERB"),
        ("ayer", 1, "advmod", "ADV"),
        ("Bourita", 3, "ROOT", "VERB"),
        ("en", 5, "case", "ADP"),
        ("Moscú", 3, "obl", "PROPN"),
        (".", 3, "punct", "PUNCT"),
    ],
}
# the second piece has a subject: another clause ("while Algiers denounced it")
CUT_CLAUSE = [
    ("Rabat", 1, "nsubj", "PROPN"),
    ("welcomed", 1, "ROOT", "VERB"),
    ("it", 1, "obj", "PRON"),
    ("Algiers", 4, "nsubj", "PROPN"),
    ("denounced", 4, "ROOT", "VERB"),
    ("it", 4, "obj", "PRON"),
    (".", 4, "punct", "PUNCT"),
]


def _article(language: str, rows: list[tuple[str, int, str, str]]) -> Article:
    words = [w for w, *_ in rows]
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(
        spacy.blank(language).vocab,
        words=words,
        spaces=spaces,
        heads=[h for _, h, _, _ in rows],
        deps=[d for _, _, d, _ in rows],
        pos=[p for *_, p in rows],
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
    for language, rows in CUT_OBJECT.items():
        (sentence,) = sentences(_article(language, rows))
        cut = sentence.toks[3]
        assert (cut.head, cut.dep) == (1, GLUED), language
        assert {3, 4, 5} <= sentence.subtree(1), language  # the one met and the place are the verb's


def test_a_piece_with_its_own_subject_stays_a_clause_apart() -> None:
    (sentence,) = sentences(_article("en", CUT_CLAUSE))
    assert (sentence.toks[4].head, sentence.toks[4].dep) == (-1, "ROOT")
    assert 3 not in sentence.subtree(1)
