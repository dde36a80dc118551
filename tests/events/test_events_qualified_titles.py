"""A role noun with qualifiers before the comma and its holder's name ("el jefe adjunto, X", "the chief
negotiator, X", "el jefe negociador hutí, X"), or with the body it is in ("el jefe de la delegación opositora, X", "le chef
de la délégation, X") titles that name: it is no reference back to a person of that office named before
(actors.stage._modifier_gap, _complement_gap)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, shown

QUALIFIED = [
    ("es", "Lamamra se reunió el martes con el jefe adjunto, Mohamed Hamdan Dagalo."),
    ("es", "Grundberg se reunió en Mascate con el jefe negociador hutí, Mohamed Abdelsalam."),
    ("en", "Grundberg met the chief negotiator, Mohammed Abdulsalam, in Muscat."),
    (
        "es",
        "El jefe de la delegación opositora, Salah Osman Idris, rechazó el martes la propuesta de Guterres.",
    ),
    ("fr", "Le chef de la délégation civile, Salah Osman Idris, a rejeté mardi la proposition de Guterres."),
    (
        "en",
        "The chief of the civilian delegation, Salah Osman Idris, rejected the proposal of Guterres on Tuesday.",
    ),
]


@pytest.mark.slow
@by_language(QUALIFIED)
def test_qualified_title_names_its_holder(world_code, lang, text):
    events = world_code(AFTER_MEETING[lang] + text, lang)
    later = [e for e in events if e.evidence.start >= len(AFTER_MEETING[lang])]
    assert later, shown(events)
    assert not any("Abdel_Fattah_al-Burhan" in e.actor + e.recipient for e in later), shown(events)
