"""A person's profile: the words by which a later noun ("le diplomate") may refer back to them."""

from __future__ import annotations

from diplowatch.actors.coref import profile
from diplowatch.kb import kb_from_dicts


def test_profile_leaves_out_past_offices() -> None:
    """A description of an office once held ("ancien Premier ministre", "former envoy") is no reason to
    read a later "le ministre" as that person; the present descriptions still count."""
    kb = kb_from_dicts(
        [
            {
                "id": "Jane_Doe",
                "kind": "person",
                "name": "Jane Doe",
                "descriptions": {
                    "fr": ["ancienne ministre danoise", "diplomate danoise"],
                    "en": ["former envoy", "Danish diplomat"],
                },
            }
        ]
    )
    words = profile(kb, "Jane_Doe", None)
    assert {"diplomate", "diplomat"} <= words
    assert not words & {"ministre", "envoy", "ancienne", "former"}


def test_a_bound_particle_keeps_the_word_it_binds() -> None:
    """ "عبد السلام" is one name ("servant of peace"): "السلام" alone is "peace", never the person's
    surname; a free particle may still be dropped ("de Mistura", "Mistura")."""
    from diplowatch.actors.coref import surname_forms

    assert surname_forms("محمد عبد السلام") == [("عبد", "سلام")]
    assert surname_forms("Ahmed Abdel Salam") == [("abdel", "salam")]
    assert ("mistura",) in surname_forms("Staffan de Mistura")
