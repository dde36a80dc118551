"""A role noun with qualifiers before the comma and its holder's name ("el jefe adjunto, X", "the chief
negotiator, X", "el jefe negociador hutí, X"), or with the body it is in ("el jefe de la delegación opositora, X", "le chef
de la délégation, X") titles that name: it is no reference back to a person of that office named before
(actors.stage._modifier_gap, _complement_gap)."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, shown

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


# The qualifiers may be a demonym the KB leaves out (two states share "congolais") before the office's
# complement: "La ministre congolaise des Affaires étrangères, X" titles X, not the minister named before.
TITLED = {
    "fr": "Le secrétaire d'État Antony Blinken était présent. La ministre congolaise des Affaires étrangères, "
    "Thérèse Kayikwamba Wagner, a accusé le Rwanda de soutenir les rebelles.",
    "es": "El secretario de Estado Antony Blinken estuvo presente. La ministra congoleña de Asuntos Exteriores, "
    "Thérèse Kayikwamba Wagner, acusó a Ruanda de apoyar a los rebeldes.",
}


@pytest.mark.parametrize("lang", sorted(TITLED))
def test_the_titled_minister_accuses_not_the_one_named_before(world_code, lang):
    found = world_code(TITLED[lang], lang)
    accusations = real_events(found, "ACCUSE")
    assert accusations, shown(found)
    assert all("Antony_Blinken" not in e.actor for e in accusations), shown(found)
    assert any("Thérèse_Kayikwamba_Wagner" in e.actor for e in accusations), shown(found)
