"""A subject that is a title and a name the linker does not know ("El ministro Pérez se reunió con X",
"Le ministre Dupont s'est entretenu avec X", "Minister Smith met X") is someone the text names: the act
is not carried to the previous sentence's actor, as an unnamed "the minister" may be
(events.named_subjects)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, shown

TITLED = [
    ("es", "El ministro Pérez se reunió el martes con Bourita en Rabat."),
    ("es", "El canciller Gil se reunió con Lavrov en Moscú."),
    ("es", "El canciller Pérez conversó por teléfono con Lavrov el martes."),
    ("fr", "Le ministre Dupont s'est entretenu mardi avec Bourita à Rabat."),
    ("en", "Minister Smith met Bourita in Rabat on Tuesday."),
]


@pytest.mark.slow
@by_language(TITLED)
def test_titled_unknown_name_is_not_the_previous_actor(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    later = [e for e in events if e.evidence.start >= len(AFTER_MEETING[lang])]
    assert not any("António_Guterres" in e.actor for e in later), shown(events)
