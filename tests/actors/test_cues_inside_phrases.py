"""Inside a phrase of the KB, one country cue may stand between two words, after a genitive word of the
text's language ("l'ambassadeur *du Maroc* auprès de l'ONU", "the army *of Sudan*"), never after any other
word: "The UN envoy for Sudan *met Sudan*'s army chief" read "Sudan met Sudan's army" as the army's name,
which swallowed the envoy's country and the verb of the meeting (actors.matcher `_skip_cue`). Phrases and
KB written for these tests."""

from __future__ import annotations

import pytest

from diplowatch.actors.matcher import AliasIndex
from diplowatch.kb import kb_from_dicts
from diplowatch.text.normalise import tokens

ENTRIES = [
    {"id": "Sudan", "kind": "country", "name": "Sudan", "country": "SDN", "names": {"en": ["Sudan"]}},
    {"id": "Morocco", "kind": "country", "name": "Morocco", "country": "MAR", "names": {"fr": ["Maroc"]}},
    {
        "id": "Sudanese_Armed_Forces",
        "kind": "organization",
        "name": "Sudanese Armed Forces",
        "country": "SDN",
        "names": {"en": ["Sudan's army", "army chief"]},
    },
    {
        "id": "Embassy",
        "kind": "organization",
        "name": "A mission to the UN",
        "names": {"fr": ["ambassadeur auprès de l'ONU"]},
    },
]


@pytest.fixture(scope="module")
def index() -> AliasIndex:
    return AliasIndex.for_kb(kb_from_dicts(ENTRIES))


def found(index: AliasIndex, text: str, lang: str) -> list[str]:
    return [text[h.start : h.end] for h in index.find(text, tokens(text, 0), lang)]


def test_a_cue_after_another_word_is_no_part_of_the_phrase(index):
    text = "The UN envoy for Sudan met Sudan's army chief on Friday."
    assert found(index, text, "en") == ["Sudan", "Sudan's army"]


def test_a_cue_after_a_genitive_is_inside_the_phrase(index):
    text = "L'ambassadeur du Maroc auprès de l'ONU a parlé."
    hits = index.find(text, tokens(text, 0), "fr")
    assert [text[h.start : h.end] for h in hits] == ["ambassadeur du Maroc auprès de l'ONU"]
    assert hits[0].cue is not None and hits[0].cue.ref == "Morocco"
