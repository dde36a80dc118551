"""A compound tense split by an incise, the parser making the subject the root ("L'Algérie a, de son
côté, dénoncé la décision de Paris": "Algérie" the root, "a" a mark on it, "dénoncé" its modifier):
the participle is the act, the subject its actor (text.sentences._subject_rooted_restored; our own
sentences)."""

import pytest

from .conftest import real_events

SPLIT = [
    ("L'Algérie a, de son côté, dénoncé la décision de Paris.", "ACCUSE", "Algeria", "France"),
    ("L'Égypte a, pour sa part, condamné la décision d'Addis-Abeba.", "ACCUSE", "Egypt", "Ethiopia"),
    (
        "Le Conseil de sécurité a adopté jeudi la résolution. Le Front Polisario a, de son côté, dénoncé dans un "
        "communiqué un texte jugé « déséquilibré ».",
        "ACCUSE",
        "Polisario_Front",
        "United_Nations_Security_Council",
    ),
    # already read well: stays so
    ("La Tunisie a, de son côté, rejeté les accusations d'Alger.", "REJECT", "Tunisia", "Algeria"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"), SPLIT, ids=["alger", "caire", "texte", "tunis"]
)
def test_a_split_compound_tense_keeps_its_act(
    world_code, text: str, kind: str, actor: str, recipient: str
) -> None:
    events = real_events(world_code(text, "fr"), kind)
    assert any(actor in e.actor and recipient in e.recipient for e in events), events
