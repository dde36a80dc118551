"""A spaCy component: a sentence begins after a wire dateline ("TRIPOLI, 5 mars 2025 (AFP) - L'envoyée
de l'ONU, X, a été reçue..."). Parsed as one sentence with it, the lead loses its structure: the
dateline's place becomes the root, the subject of the lead's verb a dangling noun, and its verb a
conjunct. Set before the parser, the boundary is one the parser keeps (datelines as the actors stage
finds them: actors/outlets.py)."""

from __future__ import annotations

from typing import Any

NAME = "diplowatch_dateline_breaks"


def dateline_breaks(doc: Any) -> Any:  # spacy.tokens.Doc -> Doc
    from diplowatch.actors.outlets import datelines  # the actors' reading of datelines, loaded once

    for _, end in datelines(doc.text):
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
    return doc


def with_dateline_breaks(nlp: Any) -> Any:
    """`nlp` with the component before its parser (a pipeline without one is left as it is)."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return nlp
    if not Language.has_factory(NAME):
        Language.component(NAME, func=dateline_breaks)
    nlp.add_pipe(NAME, before="parser")
    return nlp
