"""The keys an events.yaml may hold and the Lexicon's cue fields are one list: a field no key fills
would stay empty whatever the data file says, and a key with no field would fail at load."""

from __future__ import annotations

import dataclasses

import pytest

from diplowatch.errors import DataFileError
from diplowatch.events import lexicon as lexicon_module
from diplowatch.events.lexicon import Lexicon, build

NOT_CUES = {"language", "triggers"}  # the language code and the trigger table are read apart


def _cue_fields() -> set[str]:
    return {f.name for f in dataclasses.fields(Lexicon) if f.init and f.name not in NOT_CUES}


def test_every_cue_field_has_its_data_key() -> None:
    assert _cue_fields() == set(lexicon_module._CUE_KEYS)


def test_a_cue_key_fills_its_field() -> None:
    for key in sorted(_cue_fields()):
        built = build("xx", {key: ["mot clé", "Parole"]})
        assert getattr(built, key) == frozenset({"mot cle", "parole"}), key


def test_an_unknown_key_is_a_data_error() -> None:
    with pytest.raises(DataFileError, match="unknown keys"):
        build("xx", {"sustainning": ["consolider"]}, "lang/xx/events.yaml")
