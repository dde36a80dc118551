"""Naming a group a terrorist organisation, or putting it on a terrorist list, is a sanction; taking a
group or a state off such a list eases one (our own sentences, four languages). And a Spanish transfer
is a trip only as a pronominal verb: "se trasladó a Rabat", not "fueron trasladados a Mascate"."""

from __future__ import annotations

import pytest

from tests.events.conftest import ENTRIES, coder_with, real_events, shown

ARMED = [
    {
        "id": "Houthis",
        "kind": "group",
        "name": "Houthis",
        "sector": "REB",
        "names": {"en": ["Houthis"], "fr": ["houthis"], "es": ["hutíes"], "ar": ["الحوثيين", "الحوثيون"]},
    },
    {
        "id": "Cuba",
        "kind": "country",
        "name": "Cuba",
        "country": "CUB",
        "names": {"xx": ["Cuba"], "ar": ["كوبا"]},
    },
]


@pytest.fixture(scope="module")
def code_lists():
    return coder_with([*ENTRIES, *ARMED])


LISTED = [
    ("en", "Russia designated the Houthis as a terrorist organisation on Monday.", "SANCTION", "Houthis"),
    ("en", "Russia put the Houthis back on its list of terrorist organisations.", "SANCTION", "Houthis"),
    (
        "fr",
        "La Russie a réinscrit les houthis sur sa liste des organisations terroristes.",
        "SANCTION",
        "Houthis",
    ),
    ("es", "Rusia designó a los hutíes como organización terrorista el lunes.", "SANCTION", "Houthis"),
    ("ar", "صنفت روسيا الحوثيين منظمة إرهابية.", "SANCTION", "Houthis"),
    ("en", "Russia removed Cuba from its list of state sponsors of terrorism.", "CONCEDE", "Cuba"),
    ("fr", "La Russie a retiré Cuba de sa liste des Etats soutenant le terrorisme.", "CONCEDE", "Cuba"),
    ("es", "Rusia retiró a Cuba de la lista de países patrocinadores del terrorismo.", "CONCEDE", "Cuba"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "text", "kind", "target"), LISTED, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(LISTED)]
)
def test_terrorist_lists(code_lists, lang, text, kind, target):
    events = code_lists(text, lang)
    assert any("Russia" in e.actor and target in e.recipient for e in real_events(events, kind)), shown(
        events
    )


@pytest.mark.slow
def test_a_spanish_transfer_is_a_trip_only_when_pronominal(code):
    moved = code("Los diplomáticos rusos fueron trasladados el lunes a Madrid.", "es")
    assert not real_events(moved, "CONSULT"), shown(moved)
    went = code("Ahmed Attaf se trasladó el lunes a Madrid.", "es")
    assert any("Ahmed_Attaf" in e.actor for e in real_events(went, "CONSULT")), shown(went)
