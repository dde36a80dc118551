"""Disagreement voiced with another's act is criticism of it (ACCUSE, disapprove): "expressed its
disagreement with", "a fait part de son désaccord avec", "expresó su desacuerdo con", "disagreed with";
disagreements told as a state are no act (lang/xx/events.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events

VOICED = [
    ("en", "The Ghanaian foreign ministry expressed its disagreement with the Kenyan decision on Friday."),
    ("en", "Ghana disagreed with Kenya on Friday over the border closure."),
    ("fr", "Le Ghana a fait part vendredi de son désaccord avec la décision du Kenya."),
    ("es", "Ghana expresó el viernes su desacuerdo con la decisión de Kenia."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), VOICED)
def test_voiced_disagreement_is_criticism(world_code, lang: str, text: str) -> None:
    found = real_events(world_code(text, lang, "2023-10-21"), "ACCUSE")
    assert found and all("Ghana" in e.actor and "Kenya" in e.recipient for e in found)


@pytest.mark.slow
def test_disagreements_told_as_a_state_are_no_act(world_code) -> None:
    text = "Les désaccords persistent entre le Ghana et le Kenya sur le tracé de la frontière."
    assert not real_events(world_code(text, "fr", "2023-10-21"), "ACCUSE")
