"""An English demonym before a nationality noun ("the Algerian diplomat") is the last person named of that
nationality, as "le diplomate algérien" is, and never the state; with no such person it names nobody
(actors.stage). Sentences written for these tests, linked with the packaged KB."""

from __future__ import annotations

import pytest

from diplowatch.actors import ActorLinker
from diplowatch.kb import load_kb
from diplowatch.stage import Chain
from diplowatch.text.parse import Parser
from tests.actors.conftest import make_article

CASES = [
    (
        "Staffan de Mistura met Ahmed Attaf in Algiers on Monday. After the talks, the Algerian diplomat told "
        "reporters that the process was blocked.",
        "Algerian diplomat",
        "Ahmed_Attaf",
    ),
    # a state office once held makes the nationality ("the Ghanaian diplomat": Ghana's former minister)
    (
        "Hanna Tetteh met Khalifa Haftar on Tuesday. The Ghanaian diplomat then urged all sides to refrain "
        "from violence.",
        "Ghanaian diplomat",
        "Hanna_Tetteh",
    ),
    ("Khalifa Haftar met the envoy on Tuesday. The Ghanaian diplomat left Benghazi.", "Ghanaian", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "expected"), CASES, ids=[c[1] for c in CASES])
def test_a_demonym_before_a_nationality_noun_is_the_person(
    text: str, span: str, expected: str | None
) -> None:
    linked = Chain(Parser(), ActorLinker(load_kb()))(make_article(text, "en", "2025-09-18"))
    found = {text[m.start : m.end]: a.id for a in linked.actors for m in a.mentions}
    assert found.get(span) == expected, found
    assert "Ghana" not in found.values() and "Algeria" not in found.values(), found
