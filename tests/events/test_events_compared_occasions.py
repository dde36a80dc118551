"""A trigger noun an opener of comparison introduces tells no event: "Contrairement à ses précédentes
visites, le diplomate n'a rencontré ni le roi ni...", "Unlike his previous visits", "A diferencia de sus
visitas anteriores", "خلافاً لزياراته السابقة" (events.comparisons, `comparisons` in
lang/<xx>/events.yaml). Coded, "visites" made two asserted meetings of a sentence saying none took
place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import real_events, shown

ENVOY = "Staffan_de_Mistura"
KING = "Mohammed_VI_of_Morocco"

COMPARED = [
    (
        "fr",
        "Staffan de Mistura a rencontré lundi à Rabat Nasser Bourita. Contrairement à ses précédentes visites, "
        "le diplomate italo-suédois n'a rencontré ni le roi Mohammed VI ni le chef du gouvernement.",
    ),
    (
        "en",
        "Staffan de Mistura met Nasser Bourita in Rabat on Monday. Unlike his previous visits, the envoy did not "
        "meet King Mohammed VI.",
    ),
    (
        "es",
        "Staffan de Mistura se reunió el lunes en Rabat con Nasser Bourita. A diferencia de sus visitas "
        "anteriores, el enviado no se reunió con el rey Mohamed VI.",
    ),
    (
        "ar",
        "التقى ستافان دي ميستورا يوم الاثنين في الرباط ناصر بوريطة. ولم يلتق المبعوث الملك محمد السادس، "
        "خلافاً لزياراته السابقة.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "text"), COMPARED, ids=[c[0] for c in COMPARED])
def test_events_compared_visits_are_no_meeting(world_code, lang, text):
    found = world_code(text, lang, "2025-09-09")
    met = real_events(found, "CONSULT")
    assert [e.recipient for e in met if ENVOY in e.actor + e.recipient] == [("Nasser_Bourita",)], shown(found)
    assert not [e for e in met if KING in e.actor + e.recipient], shown(found)


@pytest.mark.slow
def test_events_a_visit_after_a_comparison_of_its_own_is_kept(world_code):
    """The opener's noun is another word: the visit told after the comma stays an event."""
    text = "Contrairement à Paris, Madrid a reçu lundi Staffan de Mistura."
    found = real_events(world_code(text, "fr", "2025-09-09"), "CONSULT")
    assert [e for e in found if ENVOY in e.actor + e.recipient], shown(found)
