"""What a title says of its holder takes no part in the holder's meeting: whose the role is ("the personal
envoy of António Guterres for Western Sahara, Staffan de Mistura, met..."), what the holder is in charge of
("l'envoyé spécial chargé du Sahara occidental"), whose envoy the one met is ("met Staffan de Mistura,
the UN Secretary-General's personal envoy"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ENVOY_OF = [
    ("en", "The personal envoy of António Guterres for Western Sahara, Staffan de Mistura, met Ahmed Attaf."),
    (
        "fr",
        "L'envoyé personnel d'António Guterres pour le Sahara occidental, Staffan de Mistura, a reçu Ahmed Attaf.",
    ),
    (
        "es",
        "El enviado personal de António Guterres para el Sáhara Occidental, Staffan de Mistura, recibió a Ahmed Attaf.",
    ),
]


IN_CHARGE_OF = [
    ("en", "Staffan de Mistura met Amar Belani, the Algerian special envoy in charge of Western Sahara."),
    (
        "fr",
        "Staffan de Mistura s'est entretenu avec Amar Belani, l'envoyé spécial algérien chargé du Sahara occidental.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió con Amar Belani, el enviado especial argelino encargado del Sáhara Occidental.",
    ),
]


WHOSE_ENVOY_MET = [
    (
        "en",
        "Antony Blinken met Staffan de Mistura, the UN Secretary-General's personal envoy, in Washington.",
    ),
    ("fr", "Antony Blinken s'est entretenu avec Staffan de Mistura, l'envoyé personnel d'António Guterres."),
    ("es", "Antony Blinken se reunió con Staffan de Mistura, el enviado personal de António Guterres."),
]


# (sentences, who takes part in the meeting, who does not)
CASES = [
    # the role's "of" complement (the linker's apposition, events.titles over English "of")
    *((lang, text, "Staffan_de_Mistura", "António_Guterres") for lang, text in ENVOY_OF),
    # what a title holder is in charge of (events.portfolios: `charges` in lang/*/events.yaml)
    *((lang, text, "Amar_Belani", "Western_Sahara") for lang, text in IN_CHARGE_OF),
    # whose envoy the one met is: a title complement whether its holder acts or is met
    *((lang, text, "Staffan_de_Mistura", "António_Guterres") for lang, text in WHOSE_ENVOY_MET),
]


@pytest.mark.parametrize(
    ("lang", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES]
)
def test_a_title_s_complement_takes_no_part(world_code, lang, text, present, absent):
    meetings = real_events(world_code(text, lang), "CONSULT")
    assert meetings and present in meetings[0].actor + meetings[0].recipient, shown(meetings)
    assert all(absent not in e.actor + e.recipient for e in meetings), shown(meetings)


# The file of a visiting envoy's mandate ("l'envoyé spécial des États-Unis pour le Soudan, X", the name read
# as a conjunct of the title) is no party of the host's meeting with the envoy.
RECEIVED_ENVOY = (
    "Ahmed Attaf a reçu mardi à Alger l'envoyé spécial des États-Unis pour le Soudan, Tom Perriello."
)


@pytest.mark.slow
def test_the_file_of_a_received_envoy_takes_no_part(world_code):
    events = world_code(RECEIVED_ENVOY, "fr")
    met = [e for e in real_events(events, "CONSULT") if "Tom_Perriello" in e.actor + e.recipient]
    assert met and not any("Sudan" in e.actor + e.recipient for e in met), shown(events)
