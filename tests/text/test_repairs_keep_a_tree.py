"""A parse repair never hangs two words on each other: the name the parser hung on a comma is not made the
subject of a participle that qualifies it (text/punctuation_heads.py), and whatever repair would leave a
loop in a sentence is undone (text.sentences.is_tree), so that no later rule climbs heads forever or finds a
phrase with no head: a page of ownAB was rejected whole ("min() arg is an empty sequence")."""

from __future__ import annotations

from diplowatch.text.normalise import Token
from diplowatch.text.punctuation_heads import punctuation_heads_restored
from diplowatch.text.sentences import is_tree


def _tok(i: int, text: str, pos: str, dep: str, head: int, morph: str = "") -> Token:
    return Token(i * 10, i * 10 + len(text), text, text.lower(), text.lower(), pos, dep, head, morph)


def test_a_name_hung_on_a_comma_is_no_subject_of_its_own_participle() -> None:
    # "Selon Moscou , Astana sollicitée par Tokaïev a ..." with "Astana" hung on the comma and
    # "sollicitée" an acl of "Astana": making "Astana" its subject would make a loop
    toks = (
        _tok(0, "Selon", "ADP", "case", 1),
        _tok(1, "Moscou", "PROPN", "obl:mod", 7),
        _tok(2, ",", "PUNCT", "punct", 7),
        _tok(3, "Astana", "PROPN", "dep", 2),
        _tok(4, "sollicitée", "VERB", "acl", 3, "Tense=Past|VerbForm=Part"),
        _tok(5, "par", "ADP", "case", 6),
        _tok(6, "Tokaïev", "PROPN", "obl:agent", 4),
        _tok(7, "accepté", "VERB", "ROOT", -1, "Tense=Past|VerbForm=Part"),
    )
    repaired = punctuation_heads_restored(toks)
    assert is_tree(repaired)
    assert repaired[3].head != 4


def test_a_name_hung_on_a_comma_is_the_subject_of_the_next_verb() -> None:
    """Guard: the repair still works ("Le lendemain , Mistura a rencontré X")."""
    toks = (
        _tok(0, "Le", "DET", "det", 1),
        _tok(1, "lendemain", "NOUN", "obl:mod", 5),
        _tok(2, ",", "PUNCT", "punct", 5),
        _tok(3, "Mistura", "PROPN", "nmod", 2),
        _tok(4, "a", "AUX", "aux:tense", 5),
        _tok(5, "rencontré", "VERB", "ROOT", -1, "Tense=Past|VerbForm=Part"),
    )
    repaired = punctuation_heads_restored(toks)
    assert (repaired[3].head, repaired[3].dep) == (5, "nsubj")
    assert is_tree(repaired)


def test_is_tree_finds_a_loop() -> None:
    tree = (_tok(0, "A", "NOUN", "nsubj", 1), _tok(1, "b", "VERB", "ROOT", -1))
    loop = (
        _tok(0, "A", "NOUN", "nsubj", 1),
        _tok(1, "b", "VERB", "acl", 0),
        _tok(2, "c", "VERB", "ROOT", -1),
    )
    assert is_tree(tree)
    assert not is_tree(loop)
