"""The line break that opens a paragraph is no word: where spaCy parsed it as the subject or the root
(as its Spanish model does), one of its dependents takes its place. Parses are built by hand, as spaCy
gives them (no pipeline loaded); sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from diplowatch.model import Article, ParsedSegment, Segment
from diplowatch.text.sentences import sentences


def _article(words: list[str], rows: list[tuple[int, str, str]]) -> Article:
    spaces = [
        i + 1 < len(words) and words[i + 1] not in (".", ",") and "\n" not in words[i]
        for i in range(len(words))
    ]
    doc = Doc(
        spacy.blank("es").vocab,
        words=words,
        spaces=spaces,
        heads=[h for h, _, _ in rows],
        deps=[d for _, d, _ in rows],
        pos=[p for _, _, p in rows],
    )
    segment = Segment(0, len(doc.text), "es")
    return Article(
        doc_id="t",
        source="t",
        body=doc.text,
        language="es",
        segments=(segment,),
        parses=(ParsedSegment(segment, doc),),
    )


OPENING = ["Rabat", "protestó", ".", "\n\n"]
# "...\n\nKöhler llegó a Argel.": the break the subject, the name hung on it
SUBJECT = [
    (1, "nsubj", "PROPN"),
    (1, "ROOT", "VERB"),
    (1, "punct", "PUNCT"),
    (5, "nsubj", "SPACE"),
    (3, "flat", "PROPN"),
    (5, "ROOT", "VERB"),
    (7, "case", "ADP"),
    (5, "obl", "PROPN"),
    (5, "punct", "PUNCT"),
]
# "...\n\nAmbos países firmaron el acuerdo.": the break the root, the verb and its subject hung on it
ROOT = [
    (1, "nsubj", "PROPN"),
    (1, "ROOT", "VERB"),
    (1, "punct", "PUNCT"),
    (3, "ROOT", "SPACE"),
    (5, "nummod", "NUM"),
    (3, "nsubj", "NOUN"),
    (3, "conj", "VERB"),
    (8, "det", "DET"),
    (6, "obj", "NOUN"),
    (6, "punct", "PUNCT"),
]
# "...\n\nEn Rabat, Köhler llegó.": the break an adjunct, the place hung on it: no subject
ADJUNCT = [
    (1, "nsubj", "PROPN"),
    (1, "ROOT", "VERB"),
    (1, "punct", "PUNCT"),
    (8, "obl", "SPACE"),
    (5, "case", "ADP"),
    (3, "nmod", "PROPN"),
    (3, "punct", "PUNCT"),
    (8, "nsubj", "PROPN"),
    (8, "ROOT", "VERB"),
    (8, "punct", "PUNCT"),
]


def test_a_name_takes_the_place_of_a_break_read_as_subject() -> None:
    _, second = sentences(_article(OPENING + ["Köhler", "llegó", "a", "Argel", "."], SUBJECT))
    name = second.toks[0]
    assert (name.text, name.dep, name.head) == ("Köhler", "nsubj", 1)


def test_a_verb_takes_the_place_of_a_break_read_as_root() -> None:
    _, second = sentences(_article(OPENING + ["Ambos", "países", "firmaron", "el", "acuerdo", "."], ROOT))
    verb, subject = second.toks[2], second.toks[1]
    assert (verb.dep, verb.head) == ("ROOT", -1)
    assert (subject.dep, subject.head) == ("nsubj", 2)


def test_a_place_opened_by_a_preposition_takes_no_subject_place() -> None:
    _, second = sentences(_article(OPENING + ["En", "Rabat", ",", "Köhler", "llegó", "."], ADJUNCT))
    place = second.toks[1]
    assert (place.text, place.head) == ("Rabat", -1)
