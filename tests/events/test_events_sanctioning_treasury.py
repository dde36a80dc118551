"""The US Treasury, which announces most sanctions on other dossiers' actors ("The Treasury Department
imposed sanctions", "el Departamento del Tesoro sancionó", "le Trésor américain a sanctionné", "فرضت
وزارة الخزانة الأمريكية عقوبات"), is a known actor of the KB (kb/data/organizations.yaml), not an
unnamed string. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

TREASURY = "United_States_Department_of_the_Treasury"

SANCTIONS = [
    ("en", "The Treasury Department on Monday imposed sanctions on two Houthi officials.", "Houthis"),
    (
        "es",
        "El Departamento del Tesoro de Estados Unidos sancionó el jueves a 16 funcionarios venezolanos.",
        "Venezuela",
    ),
    ("fr", "Le Trésor américain a sanctionné jeudi seize responsables vénézuéliens.", "Venezuela"),
    (
        "ar",
        "فرضت وزارة الخزانة الأمريكية يوم الخميس عقوبات على قادة في قوات الدعم السريع.",
        "Rapid_Support_Forces",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text", "target"), SANCTIONS, ids=[s[0] for s in SANCTIONS])
def test_events_the_treasury_sanctions(world_code, lang, text, target):
    found = real_events(world_code(text, lang, "2025-07-08"), "SANCTION")
    assert [(e.actor, e.recipient) for e in found] == [((TREASURY,), (target,))], shown(found)
