"""Forces that pull out of a place and people set free are RETREAT events with no counterpart (flag
`alone`): "las FAR se retiraron de Wad Madani", "le M23 s'est retiré de Goma", "the M23 pulled out of
Goma", "los hutíes liberaron a la tripulación", "les soldats ont quitté la base". Pulling out of an
agreement rejects it; a town taken is no release. Sentences written for these tests, each after a
meeting so that the document's only-event rule keeps nothing."""

from __future__ import annotations

import pytest

from tests.events.conftest import AFTER_MEETING, by_language, real_events, real_involving, shown

PULLED_OUT = [
    ("es", "El M23 se retiró de Goma el martes.", "March_23_Movement"),
    ("es", "Los combatientes del M23 abandonaron Goma el martes.", "March_23_Movement"),
    ("fr", "Le M23 s'est retiré de Goma mardi.", "March_23_Movement"),
    ("en", "The M23 pulled out of Goma on Tuesday.", "March_23_Movement"),
    ("en", "M23 fighters left Goma on Tuesday.", "March_23_Movement"),
    ("es", "Los hutíes liberaron el martes a la tripulación del buque.", "Houthis"),
    ("fr", "Les houthis ont libéré mardi l'équipage du navire.", "Houthis"),
    ("en", "The Houthis freed the crew of the ship on Tuesday.", "Houthis"),
    ("en", "The M23 freed 60 Congolese soldiers on Tuesday.", "March_23_Movement"),
    ("ar", "وانسحبت قوات الدعم السريع من مدينة ود مدني.", "Rapid_Support_Forces"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "who"), PULLED_OUT, ids=[p[0] for p in PULLED_OUT])
def test_a_withdrawal_or_a_release_needs_no_counterpart(world_code, lang: str, text: str, who: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert real_involving(events, "RETREAT", who), shown(events)


NO_RETREAT = [
    ("es", "El M23 se negó a retirarse de Goma."),
    ("es", "Argelia se retiró del acuerdo de Argel."),
    ("fr", "Le Mali s'est retiré de l'accord d'Alger."),
    ("en", "The United States pulled out of the nuclear deal."),
    ("es", "El Ejército liberó la ciudad de Wad Madani."),
    ("ar", "وانسحبت الولايات المتحدة من الاتفاق النووي."),
]


@pytest.mark.slow
@by_language(NO_RETREAT)
def test_a_refused_withdrawal_or_a_deal_left_is_no_retreat(world_code, lang: str, text: str) -> None:
    events = world_code(AFTER_MEETING[lang] + text, lang)
    assert not real_events(events, "RETREAT"), shown(events)
