"""An English subject the parser hangs on the auxiliary of a compound tense split by an incise ("Algeria
has, for its part, denounced...": "Algeria" the subject "of" "has") is the participle's subject: its
actor, not its recipient (lang/parse_repairs.yaml auxiliary_subjects; our own sentences)."""

import pytest

from .conftest import real_events

SPLIT = [
    ("Algeria has, for its part, denounced the decision by Paris.", "Algeria", "France"),
    (
        "The European Union has, in a statement, condemned the attack on Odesa by Russia.",
        "European_Union",
        "Russia",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "actor", "recipient"), SPLIT, ids=["algeria", "eu"])
def test_the_subject_of_a_split_tense_is_the_actor(world_code, text: str, actor: str, recipient: str) -> None:
    accusations = real_events(world_code(text, "en"), "ACCUSE")
    assert any(e.actor == (actor,) and recipient in e.recipient for e in accusations), accusations
