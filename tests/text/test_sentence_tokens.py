"""Sentence tokens are read from the parse in one pass (Doc.to_array); they must say what spaCy's
own Token objects say, token by token."""

from __future__ import annotations

import pytest

from diplowatch.model import Article, Segment
from diplowatch.text.normalise import fold
from diplowatch.text.parse import Parser
from diplowatch.text.sentences import sentences


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre du jour\n\nLe ministre a reçu lundi son homologue — à Rabat. Il n'a rien dit."),
        ("en", "The envoy met the minister in Algiers.\nTalks will resume 'soon', he said."),
        ("es", "El canciller viajó a Argel el martes.  La reunión duró dos horas."),
    ],
)
def test_sentence_tokens_match_spacys_tokens(language: str, text: str) -> None:
    offset = 7  # a segment that does not start the body: token offsets are body offsets
    body = "x" * offset + text
    segment = Segment(offset, len(body), language)
    article = Parser()(Article(doc_id="t", source="t", body=body, language=language, segments=(segment,)))
    doc = article.parses[0].doc
    by_start = {offset + t.idx: t for t in doc if not t.is_space}
    found = [tok for sentence in sentences(article) for tok in sentence.toks]
    assert [tok.start for tok in found] == sorted(by_start)
    for sentence in sentences(article):
        for tok in sentence.toks:
            spacy_tok = by_start[tok.start]
            assert (tok.end, tok.text, tok.key, tok.lemma) == (
                tok.start + len(spacy_tok.text),
                spacy_tok.text,
                fold(spacy_tok.text),
                fold(spacy_tok.lemma_ or spacy_tok.text),
            )
            assert (tok.pos, tok.dep, tok.morph) == (spacy_tok.pos_, spacy_tok.dep_, str(spacy_tok.morph))
            head = sentence.toks[tok.head].start if tok.head >= 0 else None
            if head is not None:
                assert head == offset + spacy_tok.head.idx
