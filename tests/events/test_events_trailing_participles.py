"""A speaker's present participle closing a clause after a comma is the clause subject's act, and whom it
names is its own: "a reçu l'envoyé X, l'exhortant à..." (Bourita exhorted, not the envoy: the French
parser hangs the participle on the last noun; text/trailing_participles.py), "received X on Monday,
accusing Algeria of..." (Algeria is no second visitor: events.gerunds.participle_acts). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

BOURITA, ENVOY = "Nasser_Bourita", "Staffan_de_Mistura"

EXHORTED = [
    (
        "fr",
        "Le ministre Bourita a reçu lundi l'envoyé Staffan de Mistura, l'exhortant à relancer le processus.",
    ),
    (
        "fr",
        "Massad Boulos s'est entretenu lundi avec le président Félix Tshisekedi, appelant Kinshasa à saisir cette chance.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), EXHORTED, ids=["exhortant", "appelant"])
def test_events_the_participle_is_the_subjects_request(world_code, lang, text):
    found = real_events(world_code(text, lang, "2025-10-22"), "REQUEST")
    subject = BOURITA if "Bourita" in text else "Massad_Boulos"
    assert found and all(e.actor == (subject,) for e in found), shown(found)


ACCUSING = [
    ("en", "Bourita received Staffan de Mistura on Monday, accusing Algeria of blocking the process."),
    ("fr", "Bourita a reçu lundi Staffan de Mistura, accusant l'Algérie de bloquer le processus."),
    ("es", "Bourita recibió el lunes a Staffan de Mistura, acusando a Argelia de bloquear el proceso."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), ACCUSING, ids=[a[0] for a in ACCUSING])
def test_events_whom_the_participle_names_is_not_the_meetings(world_code, lang, text):
    found = world_code(text, lang, "2025-10-22")
    met = real_events(found, "CONSULT")
    assert met and all("Algeria" not in e.actor + e.recipient for e in met), shown(found)
    assert [(e.actor, e.recipient) for e in real_events(found, "ACCUSE")] == [((BOURITA,), ("Algeria",))]


@pytest.mark.slow
def test_events_a_participle_describing_the_subject_stays_its_own(world_code):
    """Between the subject and its verb the participle describes the subject, who still receives."""
    found = world_code(
        "Le président Tshisekedi, appelant au calme, a reçu lundi Massad Boulos.", "fr", "2025-10-22"
    )
    assert [e for e in real_events(found, "CONSULT") if "Félix_Tshisekedi" in e.actor + e.recipient], shown(
        found
    )


GERUNDS = [
    "Najib Mikati a salué mardi l'accord, tout en appelant Israël à respecter ses engagements.",
    "Najib Mikati a salué mardi l'accord en appelant Israël à la retenue.",
    "Le Premier ministre libanais a salué la trêve tout en exhortant Israël à se retirer.",
]


@pytest.mark.parametrize("text", GERUNDS, ids=["tout-en-comma", "en", "tout-en"])
def test_events_a_gerund_is_the_subjects_act_not_the_nouns(world_code, text):
    """A gerund ("tout en appelant") the parser hung on the noun before it ("l'accord") is still the
    subject's act: a call made, not a hypothetical one inside an agreement (any verb: a gerund never
    qualifies a noun)."""
    found = world_code(text, "fr", "2024-11-27")
    asked = real_events(found, "REQUEST")
    assert asked and all("Israel" in e.recipient for e in asked), shown(found)
