"""A body named only as the owner of a norm a stance invokes is the standard, not the target: "condemned a
decision it said violated UN resolutions", "une décision qu'il juge contraire aux résolutions des Nations
unies", "una decisión que considera contraria a las resoluciones de la ONU", "urged Morocco to respect UN
resolutions" (events.subject_matter `without_invoked_norms`, `norm_nouns` in lang/<xx>/events.yaml). Before,
the UN was the one condemned. A norm that is the stance's own object ("rejected the UN resolution") or a
noun's complement ("welcomed the adoption of resolution 2654 by the Security Council") keeps its owner as
the target. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

pytestmark = pytest.mark.slow

PUBLISHED = "2023-02-14"  # a Tuesday
UN = ("United_Nations", "United_Nations_Security_Council")

INVOKED = [
    ("en", "The Polisario Front on Monday condemned a decision it said violated UN resolutions.", "ACCUSE"),
    (
        "en",
        "Algeria on Monday rejected a plan that it said ran counter to Security Council resolutions.",
        "REJECT",
    ),
    (
        "fr",
        "Le Front Polisario a condamné lundi une décision qu'il juge contraire au droit international et aux "
        "résolutions des Nations unies.",
        "ACCUSE",
    ),
    (
        "es",
        "El Frente Polisario condenó el lunes una decisión que considera contraria a las resoluciones de la ONU.",
        "ACCUSE",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind"), INVOKED, ids=[f"{c[0]}{i}" for i, c in enumerate(INVOKED)])
def test_events_the_owner_of_an_invoked_norm_is_no_target(world_code, lang, text, kind):
    found = real_events(world_code(text, lang, PUBLISHED), kind)
    assert found and not [e for e in found if set(UN) & set(e.recipient)], shown(found)


def test_events_the_one_asked_to_respect_a_norm_stays_the_target(world_code):
    found = real_events(
        world_code("Algeria on Monday urged Morocco to respect UN resolutions.", "en", PUBLISHED), "REQUEST"
    )
    assert [e for e in found if e.recipient == ("Morocco",)], shown(found)


TARGETS = [
    (
        "en",
        "Arab League foreign ministers on Monday declined to adopt a Palestinian draft resolution.",
        "REJECT",
        "Palestine",
    ),
    ("en", "Algeria on Monday rejected the UN resolution.", "REJECT", "United_Nations"),
    ("fr", "L'Algérie a rejeté lundi la résolution de l'ONU.", "REJECT", "United_Nations"),
    ("es", "Argelia rechazó el lunes la resolución de la ONU.", "REJECT", "United_Nations"),
    (
        "en",
        "Morocco welcomed on Monday the Security Council's adoption of resolution 2654.",
        "SUPPORT",
        "United_Nations_Security_Council",
    ),
    (
        "fr",
        "Le Maroc a salué lundi l'adoption de la résolution 2654 par le Conseil de sécurité.",
        "SUPPORT",
        "United_Nations_Security_Council",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "target"), TARGETS, ids=[f"{c[0]}{i}" for i, c in enumerate(TARGETS)]
)
def test_events_a_norm_the_stance_is_about_keeps_its_owner(world_code, lang, text, kind, target):
    found = real_events(world_code(text, lang, PUBLISHED), kind)
    assert [e for e in found if target in e.recipient], shown(found)
