"""A career told is no event and names no participant: "Köhler, former head of the IMF, met Bourita"
(the IMF took no part: `former_marks`, events.arguments), "a occupé le poste de directeur général du
FMI", "occupied the post of", "ocupó el cargo de" (no seizure: `held_posts`, events.verbal). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

IMF = "International_Monetary_Fund"

FORMER_OFFICES = [
    (
        "en",
        "Horst Köhler, a former managing director of the International Monetary Fund, met Nasser Bourita on Monday.",
    ),
    ("en", "Guterres met Horst Köhler, a former head of the IMF, on Monday."),
    ("fr", "Horst Köhler, ancien directeur général du FMI, a rencontré lundi Nasser Bourita à Rabat."),
    (
        "es",
        "Horst Köhler, expresidente de Alemania y antiguo director gerente del FMI, se reunió el lunes con Nasser Bourita.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text"), FORMER_OFFICES, ids=[f"{f[0]}-{i}" for i, f in enumerate(FORMER_OFFICES)]
)
def test_events_a_former_office_names_no_participant(world_code, lang, text):
    found = real_events(world_code(text, lang, "2017-10-17"), "CONSULT")
    assert found and all(IMF not in e.actor + e.recipient for e in found), shown(found)
    assert all("Horst_Köhler" in e.actor + e.recipient for e in found), shown(found)


CAREERS = [
    (
        "fr",
        "Horst Köhler, ancien Président allemand, a également occupé le poste de directeur général du FMI.",
    ),
    ("en", "Horst Köhler, a former German president, occupied the post of managing director of the IMF."),
    ("es", "Horst Köhler, que ocupó el cargo de director gerente del FMI, llegó a Rabat."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), CAREERS, ids=[c[0] for c in CAREERS])
def test_events_occupying_a_post_is_no_seizure(world_code, lang, text):
    found = world_code(text, lang, "2017-10-17")
    assert not [e for e in found if e.type == "COERCE"], shown(found)


@pytest.mark.slow
def test_events_occupying_a_city_stays_a_seizure(world_code):
    found = world_code("Les rebelles du M23 ont occupé Goma lundi.", "fr", "2025-01-28")
    assert [e.mode for e in found if e.type == "COERCE"] == [("seize",)], shown(found)
